#!/usr/bin/env node
// Runs the @nestjs/swagger CLI plugin (introspectComments, classValidatorShim) over src/ and
// writes src/metadata.ts, which app.setup.ts loads. The plugin then serves every runtime
// (tsc build, Jest with SWC) the same way, and the generated file is reviewed like code.
//
// This is the same work as @nestjs/cli's PluginMetadataGenerator, done with the TypeScript
// compiler API directly: the CLI (and its webpack and Angular devkit, which need a newer Node than
// ours) is not needed to build. tsc reports type errors afterwards, so none are computed here.
"use strict";
const { writeFileSync } = require("node:fs");
const path = require("node:path");
const ts = require("typescript");
const { ReadonlyVisitor } = require("@nestjs/swagger/plugin");

const root = path.resolve(__dirname, "..");
const f = ts.factory;

function createProgram(tsconfigPath) {
  const parsed = ts.getParsedCommandLineOfConfigFile(tsconfigPath, undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
    },
  });
  return ts.createProgram(parsed.fileNames, parsed.options);
}

// Our module resolution (node16/nodenext) needs explicit extensions in dynamic imports.
const withJsExtension = (specifier) =>
  /^\.\.?\//.test(specifier) && !/\.(m?js|c?js|m?ts|c?ts|json|node)$/i.test(specifier)
    ? `${specifier}.js`
    : specifier;

function rewriteImports(node) {
  const visit = (child) => {
    if (
      ts.isCallExpression(child) &&
      child.expression.kind === ts.SyntaxKind.ImportKeyword &&
      child.arguments.length > 0 &&
      ts.isStringLiteralLike(child.arguments[0])
    ) {
      const rewritten = withJsExtension(child.arguments[0].text);
      return f.updateCallExpression(child, child.expression, child.typeArguments, [
        f.createStringLiteral(rewritten),
        ...child.arguments.slice(1),
      ]);
    }
    return ts.visitEachChild(child, visit, undefined);
  };
  return visit(node);
}

function property(name, meta) {
  if (Array.isArray(meta)) {
    return f.createPropertyAssignment(
      f.createStringLiteral(name),
      f.createArrayLiteralExpression(
        meta.map(([importExpr, entries]) =>
          f.createArrayLiteralExpression([rewriteImports(importExpr), objectOf(entries)]),
        ),
      ),
    );
  }
  return f.createPropertyAssignment(
    f.createStringLiteral(name),
    ts.isObjectLiteralExpression(meta) ? meta : objectOf(meta),
  );
}

const objectOf = (meta) =>
  f.createObjectLiteralExpression(Object.keys(meta).map((key) => property(key, meta[key])));

function print(metadata, typeImports, file) {
  const imports = f.createVariableStatement(
    undefined,
    f.createVariableDeclarationList(
      [
        f.createVariableDeclaration(
          f.createIdentifier("t"),
          undefined,
          undefined,
          f.createObjectLiteralExpression(
            Object.entries(typeImports).map(([name, target]) =>
              f.createPropertyAssignment(
                f.createComputedPropertyName(f.createStringLiteral(name)),
                f.createIdentifier(
                  target.replace(
                    /import\((['"])(.*?)\1\)/g,
                    (_m, q, s) => `import(${q}${withJsExtension(s)}${q})`,
                  ),
                ),
              ),
            ),
            true,
          ),
        ),
      ],
      ts.NodeFlags.Const |
        ts.NodeFlags.AwaitContext |
        ts.NodeFlags.ContextFlags |
        ts.NodeFlags.TypeExcludesFlags,
    ),
  );
  const body = f.createExportAssignment(
    undefined,
    undefined,
    f.createArrowFunction(
      [f.createToken(ts.SyntaxKind.AsyncKeyword)],
      undefined,
      [],
      undefined,
      f.createToken(ts.SyntaxKind.EqualsGreaterThanToken),
      f.createBlock([imports, f.createReturnStatement(objectOf(metadata))], true),
    ),
  );
  const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed });
  const sourceFile = ts.createSourceFile(
    "file.ts",
    "",
    ts.ScriptTarget.Latest,
    false,
    ts.ScriptKind.TS,
  );
  writeFileSync(
    file,
    `/* eslint-disable */\n${printer.printNode(ts.EmitHint.Unspecified, body, sourceFile)}`,
  );
}

const visitor = new ReadonlyVisitor({
  introspectComments: true,
  classValidatorShim: true,
  dtoFileNameSuffix: [".dto.ts", ".entity.ts"],
  controllerFileNameSuffix: [".controller.ts"],
  pathToSource: path.join(root, "src"),
});
const program = createProgram(path.join(root, "tsconfig.build.json"));
for (const sourceFile of program.getSourceFiles()) {
  if (!sourceFile.isDeclarationFile) visitor.visit(program, sourceFile);
}
print(
  { [visitor.key]: visitor.collect() },
  visitor.typeImports,
  path.join(root, "src", "metadata.ts"),
);
