// @ts-check
"use strict";
/**
 * NestJS 12 ships ESM-only packages. Node 20 loads them from our CommonJS build through
 * require(esm), but Jest's module sandbox cannot (it needs Node >= 24.9), so under Jest every
 * package that declares "type": "module" is transpiled to CommonJS by SWC like our own code.
 */
const fs = require("node:fs");
const path = require("node:path");

function findEsmPackages(dir, found = new Set()) {
  if (!fs.existsSync(dir)) return found;
  for (const name of fs.readdirSync(dir)) {
    if (name.startsWith(".")) continue;
    const pkgDir = path.join(dir, name);
    if (name.startsWith("@")) {
      findEsmPackages(pkgDir, found);
      continue;
    }
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, "package.json"), "utf8"));
      if (pkg.type === "module") found.add(pkg.name);
    } catch {
      /* not a package */
    }
    findEsmPackages(path.join(pkgDir, "node_modules"), found);
  }
  return found;
}

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const esmPackages = [...findEsmPackages(path.join(__dirname, "node_modules"))].map(escapeRegExp);

const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: "es2023",
      keepClassNames: true,
    },
    module: { type: "commonjs" },
    sourceMaps: "inline",
  },
];

module.exports = {
  rootDir: __dirname,
  testEnvironment: "node",
  moduleFileExtensions: ["ts", "js", "mjs", "cjs", "json"],
  // PGlite's CommonJS build loads Node built-ins with import(), which Jest's sandbox refuses
  // without --experimental-vm-modules; SWC rewrites those into require() as well.
  transform: { "^.+\\.(t|j|mj|cj)s$": swc },
  // Generated metadata and NodeNext-style imports name the compiled .js file.
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join("|")})/)`],
  globalSetup: "<rootDir>/test/support/global-setup.ts",
  globalTeardown: "<rootDir>/test/support/global-teardown.ts",
  setupFilesAfterEnv: ["<rootDir>/test/support/record-test-file.ts"],
  testTimeout: 60000,
  maxWorkers: 2,
  testMatch: ["<rootDir>/src/**/*.spec.ts", "<rootDir>/test/**/*.e2e-spec.ts"],
};
