#!/usr/bin/env node
// Runs the @nestjs/swagger CLI plugin (introspectComments, classValidatorShim) over src/ and
// writes src/metadata.ts, which app.setup.ts loads. The plugin then serves every runtime
// (tsc build, Jest with SWC) the same way, and the generated file is reviewed like code.
"use strict";
const path = require("node:path");
const {
  PluginMetadataGenerator,
} = require("@nestjs/cli/lib/compiler/plugins/plugin-metadata-generator.js");
const { ReadonlyVisitor } = require("@nestjs/swagger/plugin");

const root = path.resolve(__dirname, "..");
new PluginMetadataGenerator().generate({
  visitors: [
    new ReadonlyVisitor({
      introspectComments: true,
      classValidatorShim: true,
      dtoFileNameSuffix: [".dto.ts", ".entity.ts"],
      controllerFileNameSuffix: [".controller.ts"],
      pathToSource: path.join(root, "src"),
    }),
  ],
  outputDir: path.join(root, "src"),
  filename: "metadata.ts",
  tsconfigPath: "tsconfig.build.json",
  watch: false,
  printDiagnostics: true,
});
