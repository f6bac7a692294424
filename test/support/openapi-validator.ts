import { appendFileSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import Ajv, { ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import type { Response } from "supertest";

type Json = Record<string, unknown>;
interface ParameterSpec {
  name: string;
  in: "query" | "path" | "header" | "cookie";
  required?: boolean;
  schema?: Json;
}
interface OperationSpec {
  parameters?: ParameterSpec[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: Json }> };
  responses: Record<string, ResponseSpec>;
}
interface ResponseSpec {
  content?: Record<string, { schema?: unknown }>;
}
interface OpenApiDoc {
  paths: Record<string, Record<string, OperationSpec>>;
  components: { schemas: Record<string, unknown> };
}

export const openApiDocument = JSON.parse(
  readFileSync(join(__dirname, "../../openapi.json"), "utf8"),
) as OpenApiDoc;
const document = openApiDocument;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ components: normalizeNullable(document.components) }, "openapi.json");

const routes = Object.keys(document.paths).map((template) => ({
  template,
  pattern: new RegExp(`^${template.replace(/\{[^/]+\}/g, "([^/]+)")}$`),
  names: [...template.matchAll(/\{([^/]+)\}/g)].map((m) => m[1]),
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

function validatorFor(key: string, schema: unknown): ValidateFunction {
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile(rewriteRefs(normalizeNullable(schema)) as object);
    validators.set(key, validate);
  }
  return validate;
}

const decodeOrKeep = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // bad percent-encoding: the parameter's schema judges the raw text
  }
};

/** The documented operation a request addresses, with its path parameters. */
export function findOperation(
  method: string,
  path: string,
): { template: string; operation: OperationSpec; pathParams: Record<string, string> } | undefined {
  for (const route of routes) {
    const operation = document.paths[route.template][method];
    const match = route.pattern.exec(path);
    if (!operation || !match) continue;
    const pathParams = Object.fromEntries(
      route.names.map((name, i) => [name, decodeOrKeep(match[i + 1])]),
    );
    return { template: route.template, operation, pathParams };
  }
  return undefined;
}

/** Query and path values arrive as strings: read them as their schema's type says. */
function coerce(value: string, schema: Json | undefined): unknown {
  if (schema?.type === "integer" || schema?.type === "number") {
    return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  }
  if (schema?.type === "boolean")
    return value === "true" ? true : value === "false" ? false : value;
  return value;
}

export interface OutgoingRequest {
  method: string;
  url: string;
  query: Record<string, string>;
  /** The request headers; names in any case. */
  headers: Record<string, string>;
  body: unknown;
  hasBody: boolean;
}

/**
 * What is wrong with a request according to openapi.json: path, query and header parameters,
 * and the JSON body. Empty when the request is one the spec allows.
 */
export function requestViolations(request: OutgoingRequest): string[] {
  const url = new URL(request.url, "http://test");
  const found = findOperation(request.method, url.pathname);
  if (!found) return [`${request.method.toUpperCase()} ${url.pathname} is not in openapi.json`];
  const { template, operation, pathParams } = found;
  const query: Record<string, string> = {
    ...Object.fromEntries(url.searchParams),
    ...request.query,
  };
  const headers = Object.fromEntries(
    Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), value]),
  );
  const problems: string[] = [];
  const parameters = operation.parameters ?? [];
  const valueOf = (parameter: ParameterSpec): string | undefined => {
    if (parameter.in === "path") return pathParams[parameter.name];
    if (parameter.in === "query") return query[parameter.name];
    if (parameter.in === "header") return headers[parameter.name.toLowerCase()];
    return undefined;
  };
  for (const parameter of parameters.filter((p) => p.in !== "cookie")) {
    const raw = valueOf(parameter);
    if (raw === undefined) {
      if (parameter.required) problems.push(`missing ${parameter.in} parameter ${parameter.name}`);
      continue;
    }
    if (!parameter.schema) continue;
    const validate = validatorFor(
      `${request.method} ${template} param ${parameter.name}`,
      parameter.schema,
    );
    if (!validate(coerce(String(raw), parameter.schema))) {
      problems.push(
        `${parameter.in} parameter ${parameter.name}: ${ajv.errorsText(validate.errors)}`,
      );
    }
  }
  const known = new Set(parameters.filter((p) => p.in === "query").map((p) => p.name));
  for (const name of Object.keys(query)) {
    if (!known.has(name)) problems.push(`query parameter ${name} is not documented`);
  }
  const bodySpec = operation.requestBody;
  if (!request.hasBody) {
    if (bodySpec?.required) problems.push("the body is required");
  } else if (bodySpec) {
    const schema = bodySpec.content["application/json"]?.schema;
    let body = request.body;
    if (typeof body === "string") {
      try {
        body = JSON.parse(body) as unknown;
      } catch {
        problems.push("the body is not JSON");
        return problems;
      }
    }
    if (schema) {
      const validate = validatorFor(`${request.method} ${template} body`, schema);
      if (!validate(body)) problems.push(`body: ${ajv.errorsText(validate.errors)}`);
    }
  }
  return problems;
}

/**
 * What the e2e run saw, per operation and status, appended to a file that the global teardown
 * reads to tell which documented operations and statuses no test exercised.
 */
const seen = new Set<string>();
function recordSeen(line: Json): void {
  const file = process.env.STOREFRONT_CONTRACT_SEEN;
  const key = JSON.stringify(line);
  if (!file || seen.has(key)) return;
  seen.add(key);
  appendFileSync(file, `${key}\n`);
}

/** The test file and test sending the current request, to point at an unmarked request. */
function currentTest(): string {
  const state = (globalThis as { expect?: { getState(): Json } }).expect?.getState();
  const file = typeof state?.testPath === "string" ? relative(process.cwd(), state.testPath) : "";
  return `${file} › ${typeof state?.currentTestName === "string" ? state.currentTestName : ""}`;
}

export interface ContractCheck {
  /** Why this request breaks the spec on purpose; absent for requests meant to be valid. */
  offContract?: string;
  /** What requestViolations said before the request was sent. */
  violations: string[];
}

/**
 * Asserts that a response is one the committed openapi.json documents: the route, the method,
 * the status, the content type and the body schema; and that a request the spec does not allow
 * was refused (a 4xx), not served: otherwise the spec is stricter than the app, i.e. untrue; and
 * that it was sent through `offContract("why")`, on purpose.
 */
export function assertMatchesOpenApi(res: Response, check: ContractCheck): void {
  const request = (res as unknown as { req: { method: string; path: string } }).req;
  assertExchangeMatchesOpenApi(
    {
      method: request.method,
      path: request.path,
      status: res.status,
      contentType: String(res.headers["content-type"] ?? ""),
      body: res.body,
    },
    check,
  );
}

/** One request and its answer, from any HTTP client (supertest, fetch). */
export interface Exchange {
  method: string;
  /** The request path; a query string is ignored. */
  path: string;
  status: number;
  contentType: string;
  /** The parsed JSON body, when there is one. */
  body: unknown;
}

/** assertMatchesOpenApi for an exchange made by any client (e.g. the typed client's fetch). */
export function assertExchangeMatchesOpenApi(res: Exchange, check: ContractCheck): void {
  const method = res.method.toLowerCase();
  const path = res.path.split("?")[0];
  const found = findOperation(method, path);
  if (!found) {
    throw new Error(
      `${method.toUpperCase()} ${path} is not documented in openapi.json ` +
        "(use t.nonApi for routes outside the contract, with a comment saying why)",
    );
  }
  const { template, operation } = found;
  recordSeen({
    operation: `${method.toUpperCase()} ${template}`,
    status: res.status,
    offContract: check.offContract ?? (check.violations.length > 0 ? "unmarked" : undefined),
    ...(check.violations.length > 0 && !check.offContract
      ? { where: currentTest(), violation: check.violations[0] }
      : {}),
  });
  if (check.violations.length > 0 && res.status < 400) {
    throw new Error(
      `${method.toUpperCase()} ${template} answered ${res.status} to a request openapi.json does not ` +
        `allow: the spec is stricter than the app.\n${check.violations.join("\n")}`,
    );
  }
  // A request that breaks the spec must say so: otherwise a test may believe it exercised a
  // documented case while it only hit the validation of a malformed one.
  if (check.violations.length > 0 && !check.offContract) {
    throw new Error(
      `${method.toUpperCase()} ${template}: the request breaks openapi.json; if on purpose, send it ` +
        `with t.api.offContract("why").\n${check.violations.join("\n")}`,
    );
  }
  const spec = operation.responses[String(res.status)];
  if (!spec) {
    throw new Error(
      `${method.toUpperCase()} ${template} answered ${res.status}, which openapi.json does not document ` +
        `(documented: ${Object.keys(operation.responses).join(", ")})`,
    );
  }
  if (res.status === 204 || res.status === 304 || !spec.content) return;
  const contentType = res.contentType.split(";")[0];
  const media = spec.content[contentType];
  if (!media) {
    throw new Error(
      `${method.toUpperCase()} ${template} ${res.status} sent ${contentType}, documented: ${Object.keys(spec.content).join(", ")}`,
    );
  }
  if (!media.schema) return;
  const validate = validatorFor(`${method} ${template} ${res.status} ${contentType}`, media.schema);
  if (!validate(res.body)) {
    throw new Error(
      `${method.toUpperCase()} ${template} ${res.status} body does not match openapi.json: ` +
        `${ajv.errorsText(validate.errors)}\n${JSON.stringify(res.body).slice(0, 500)}`,
    );
  }
}
