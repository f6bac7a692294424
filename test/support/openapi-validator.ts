import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv, { ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import type { Response } from "supertest";

interface OpenApiDoc {
  paths: Record<string, Record<string, { responses: Record<string, ResponseSpec> }>>;
  components: { schemas: Record<string, unknown> };
}
interface ResponseSpec {
  content?: Record<string, { schema?: unknown }>;
}

const document = JSON.parse(
  readFileSync(join(__dirname, "../../openapi.json"), "utf8"),
) as OpenApiDoc;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ components: normalizeNullable(document.components) }, "openapi.json");

const routes = Object.keys(document.paths).map((template) => ({
  template,
  pattern: new RegExp(`^${template.replace(/\{[^/]+\}/g, "[^/]+")}$`),
}));
const validators = new Map<string, ValidateFunction>();

/**
 * OpenAPI 3.0's `nullable: true` only works beside a `type`; next to `$ref`/`allOf` (how the
 * swagger plugin writes `Dto | null`) Ajv ignores it. Rewrite those as "that schema or null".
 */
function normalizeNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(normalizeNullable);
  if (node === null || typeof node !== "object") return node;
  const entries = Object.entries(node as Record<string, unknown>).map(
    ([k, v]) => [k, normalizeNullable(v)] as const,
  );
  const schema = Object.fromEntries(entries) as Record<string, unknown>;
  if (schema.nullable === true && schema.type === undefined) {
    const { nullable: _nullable, ...rest } = schema;
    return { anyOf: [rest, { type: "null" }] };
  }
  return schema;
}

function rewriteRefs(schema: unknown): unknown {
  return JSON.parse(
    JSON.stringify(schema).replace(/"#\/components\//g, '"openapi.json#/components/'),
  ) as unknown;
}

/**
 * Asserts that a response is one the committed openapi.json documents: the route, the method,
 * the status, the content type and the body schema. Every e2e request goes through it.
 */
export function assertMatchesOpenApi(res: Response): void {
  const request = (res as unknown as { req: { method: string; path: string } }).req;
  const method = request.method.toLowerCase();
  const path = request.path.split("?")[0];
  if (!path.startsWith("/api/")) return;
  const route = routes.find((r) => r.pattern.test(path) && document.paths[r.template][method]);
  if (!route) {
    // Unknown routes are documented by the 404 problem contract itself.
    if (res.status === 404 || res.status === 405) return;
    throw new Error(`${method.toUpperCase()} ${path} is not documented in openapi.json`);
  }
  const operation = document.paths[route.template][method];
  const spec = operation.responses[String(res.status)];
  if (!spec) {
    throw new Error(
      `${method.toUpperCase()} ${route.template} answered ${res.status}, which openapi.json does not document ` +
        `(documented: ${Object.keys(operation.responses).join(", ")})`,
    );
  }
  if (res.status === 204 || res.status === 304 || !spec.content) return;
  const contentType = String(res.headers["content-type"] ?? "").split(";")[0];
  const media = spec.content[contentType];
  if (!media) {
    throw new Error(
      `${method.toUpperCase()} ${route.template} ${res.status} sent ${contentType}, documented: ${Object.keys(spec.content).join(", ")}`,
    );
  }
  if (!media.schema) return;
  const key = `${method} ${route.template} ${res.status} ${contentType}`;
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile(rewriteRefs(normalizeNullable(media.schema)) as object);
    validators.set(key, validate);
  }
  if (!validate(res.body)) {
    throw new Error(
      `${method.toUpperCase()} ${route.template} ${res.status} body does not match openapi.json: ` +
        `${ajv.errorsText(validate.errors)}\n${JSON.stringify(res.body).slice(0, 500)}`,
    );
  }
}
