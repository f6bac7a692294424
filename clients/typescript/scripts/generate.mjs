/* global console */
// Regenerates src/generated/ from the root openapi.json: the types of every path, operation and
// schema (openapi-typescript), and the problem codes the spec's error examples name, so the
// client's error union follows the spec instead of a hand-kept list.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const here = dirname(fileURLToPath(import.meta.url));
const specPath = join(here, "../../../openapi.json");
const outDir = join(here, "../src/generated");
const banner =
  "// Generated from openapi.json by scripts/generate.mjs (npm run client:generate). Do not edit.\n";

const spec = JSON.parse(readFileSync(specPath, "utf8"));

// The client sends an Idempotency-Key itself where an operation declares one (src/client.ts),
// so a caller may pass their own (to retry with the same key) but need not.
const idempotent = [];
for (const [path, item] of Object.entries(spec.paths)) {
  for (const [method, operation] of Object.entries(item)) {
    for (const parameter of operation.parameters ?? []) {
      if (parameter.in === "header" && parameter.name === "Idempotency-Key") {
        parameter.required = false;
        idempotent.push(`${method.toUpperCase()} ${path}`);
      }
    }
  }
}
const ast = await openapiTS(spec);
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, "schema.ts"), banner + astToString(ast));

/** code -> { status, schema, fields }: the fields an example of that code carries beyond RFC 9457's. */
const standard = new Set(["type", "title", "status", "detail", "instance", "code", "requestId"]);
const problems = {};
for (const [path, item] of Object.entries(spec.paths)) {
  for (const [method, operation] of Object.entries(item)) {
    for (const [status, response] of Object.entries(operation.responses ?? {})) {
      const content = response.content?.["application/problem+json"];
      if (!content) continue;
      const schema = content.schema?.$ref?.split("/").pop();
      const examples = [
        content.example,
        ...Object.values(content.examples ?? {}).map((e) => e.value),
      ];
      for (const example of examples.filter((e) => e && typeof e.code === "string")) {
        const seen = problems[example.code];
        if (seen && (seen.status !== Number(status) || seen.schema !== schema)) {
          throw new Error(
            `${method.toUpperCase()} ${path}: problem ${example.code} is ${status}/${schema} here, ` +
              `${seen.status}/${seen.schema} elsewhere`,
          );
        }
        const fields = Object.keys(example).filter((key) => !standard.has(key));
        problems[example.code] = {
          status: Number(status),
          schema,
          fields: [...new Set([...(seen?.fields ?? []), ...fields])].sort(),
        };
      }
    }
  }
}
const sorted = Object.fromEntries(Object.entries(problems).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(
  join(outDir, "operations.ts"),
  banner +
    "/** Each problem code the spec's examples name: its status, schema and the extension fields it carries. */\n" +
    `export const problemCodes = ${JSON.stringify(sorted, null, 2)} as const;\n\n` +
    "/** The operations that declare an Idempotency-Key header, as `METHOD /path`. */\n" +
    `export const idempotentOperations: ReadonlySet<string> = new Set(${JSON.stringify(idempotent.sort(), null, 2)});\n`,
);
console.log(
  `Generated ${Object.keys(spec.paths).length} paths and ${Object.keys(sorted).length} problem codes`,
);
