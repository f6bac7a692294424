#!/usr/bin/env node
// `npm start`: builds only when a source changed since the last build, then runs the server in
// this very process. npm hands SIGTERM and SIGINT to this process, so the signal reaches the
// process that holds the port, and its exit code is npm's.
"use strict";
const { spawn } = require("node:child_process");
const { constants } = require("node:os");
const { join } = require("node:path");
const { buildIsStale } = require("./build-inputs");

function build() {
  return new Promise((resolve) => {
    process.stdout.write("Building (the sources changed since the last build)...\n");
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const child = spawn(npm, ["run", "--silent", "build"], {
      cwd: join(__dirname, ".."),
      stdio: "inherit",
      shell: process.platform === "win32",
    });
    // A stop asked for while building stops the build too.
    const forward = (signal) => child.kill(signal);
    process.on("SIGTERM", forward).on("SIGINT", forward);
    child.on("exit", (code, signal) => {
      process.off("SIGTERM", forward).off("SIGINT", forward);
      resolve(signal ? 128 + (constants.signals[signal] ?? 0) : (code ?? 1));
    });
  });
}

async function main() {
  if (buildIsStale()) {
    const code = await build();
    if (code !== 0) process.exit(code);
  }
  require(join(__dirname, "..", "dist", "src", "main.js"));
}

void main();
