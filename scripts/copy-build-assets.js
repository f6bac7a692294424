// Copies the non-TypeScript files the compiled app reads at run time into dist/, so that a
// deploy of dist/ (with node_modules) is complete, then stamps the build as finished.
const { cpSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");
const { BUILD_STAMP } = require("./build-inputs");

const ROOT = join(__dirname, "..");
const ASSETS = ["src/security/password-policy/common-passwords.txt"];

for (const asset of ASSETS) {
  cpSync(join(ROOT, asset), join(ROOT, "dist", asset));
}
writeFileSync(BUILD_STAMP, `${new Date().toISOString()}\n`);
