// What `npm run build` reads, and the stamp it leaves in dist/ when it has finished: `npm start`
// compares the two to skip a build that is already current.
"use strict";
const { existsSync, readdirSync, statSync } = require("node:fs");
const { join } = require("node:path");

const ROOT = join(__dirname, "..");
const BUILD_STAMP = join(ROOT, "dist", ".build-stamp");
const INPUT_DIRS = ["src", "migrations", "bench", "scripts"];
const INPUT_FILES = ["package.json", "package-lock.json", "tsconfig.json", "tsconfig.build.json"];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    // bench/results is written by benchmark runs, not compiled.
    if (path.endsWith("bench") && entry === "results") continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** Whether a source file changed after the last finished build (or there was none). */
function buildIsStale() {
  if (!existsSync(BUILD_STAMP)) return true;
  const built = statSync(BUILD_STAMP).mtimeMs;
  const inputs = [...INPUT_DIRS, ...INPUT_FILES].map((p) => newestMtime(join(ROOT, p)));
  return Math.max(...inputs) > built;
}

module.exports = { BUILD_STAMP, buildIsStale };
