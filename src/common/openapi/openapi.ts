import type { INestApplication } from "@nestjs/common";
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from "@nestjs/swagger";
import { problemResponse } from "./api-problems.decorator";
import { exactlyOneOfGroups } from "./exactly-one-of.decorator";
import { documentValidationConstraints } from "./validation-constraints";

type Operation = {
  security?: Record<string, string[]>[];
  responses: Record<string, unknown>;
  parameters?: unknown[];
  requestBody?: unknown;
  tags?: string[];
  "x-public"?: boolean;
  "x-unthrottled"?: boolean;
  "x-roles"?: string[];
};

const METHODS = ["get", "put", "post", "patch", "delete", "head", "options"] as const;

/** Headers every response may carry, documented once and referenced. */
const COMMON_HEADERS = {
  "X-Request-Id": {
    description: "The request id (echoed from the request when sane, generated otherwise).",
    schema: { type: "string", maxLength: 128 },
  },
  "Idempotent-Replayed": {
    description:
      "`true` when this response is the saved response of an earlier request with the same " +
      "Idempotency-Key, replayed instead of acting again.",
    schema: { type: "string", enum: ["true"] },
  },
  ETag: {
    description:
      "A strong validator that changes whenever the body would; send it back in If-None-Match.",
    schema: { type: "string", maxLength: 512 },
  },
  "Retry-After": {
    description: "Seconds to wait before retrying.",
    schema: { type: "integer", format: "int32", minimum: 0, maximum: 86400 },
  },
  "X-RateLimit-Limit": {
    description:
      "Requests allowed per window for this client (authentication routes: -auth suffix).",
    schema: { type: "integer", format: "int32", minimum: 0, maximum: 1000000000 },
  },
  "X-RateLimit-Remaining": {
    description: "Requests left in the current window.",
    schema: { type: "integer", format: "int32", minimum: 0, maximum: 1000000000 },
  },
  "X-RateLimit-Reset": {
    description: "Seconds until the current window resets.",
    schema: { type: "integer", format: "int32", minimum: 0, maximum: 86400 },
  },
};

const RATE_LIMIT_HEADERS = {
  "X-RateLimit-Limit": { $ref: "#/components/headers/X-RateLimit-Limit" },
  "X-RateLimit-Remaining": { $ref: "#/components/headers/X-RateLimit-Remaining" },
  "X-RateLimit-Reset": { $ref: "#/components/headers/X-RateLimit-Reset" },
};
const RETRY_AFTER_HEADER = { "Retry-After": { $ref: "#/components/headers/Retry-After" } };
const REQUEST_ID_HEADER = { "X-Request-Id": { $ref: "#/components/headers/X-Request-Id" } };
const REPLAYED_HEADER = {
  "Idempotent-Replayed": { $ref: "#/components/headers/Idempotent-Replayed" },
};
const ETAG_HEADER = { ETag: { $ref: "#/components/headers/ETag" } };

type ResponseObject = { description?: string; headers?: Record<string, unknown> };
type Parameter = { name?: string; in?: string };
type Schema = Record<string, unknown>;

const hasHeaderParameter = (operation: Operation, name: string) =>
  (operation.parameters as Parameter[] | undefined)?.some(
    (parameter) => parameter.in === "header" && parameter.name?.toLowerCase() === name,
  ) ?? false;

/**
 * Swagger joins the descriptions of two decorators for one status ("Conflict\n\nConflict", e.g.
 * `@Idempotent()`'s 409 beside the route's own): keep each paragraph once.
 */
const dedupeParagraphs = (text: string) => [...new Set(text.split("\n\n"))].join("\n\n");

/**
 * TSDoc reaches the document through the plugin (`introspectComments`) as one summary; its
 * first sentence is the summary and the whole comment the description, so that operation
 * docs are written once, above the handler.
 */
function splitSummary(operation: { summary?: string; description?: string }): void {
  const text = operation.summary?.trim();
  if (!text || operation.description) return;
  const firstSentence = /^[\s\S]*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
  operation.summary = firstSentence.replace(/\s+/g, " ").replace(/\.$/, "");
  operation.description = text.replace(/\n/g, " ");
}

/**
 * Walks every schema in the document: a `number` without a format is an integer (money is in
 * minor units, counts are whole; a fraction must say `format: "double"`), int32 when its
 * bounds fit, int64 otherwise.
 */
function integersByDefault(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(integersByDefault);
  if (node === null || typeof node !== "object") return;
  const schema = node as Schema;
  if (schema.type === "number" && schema.format === undefined) schema.type = "integer";
  if (schema.type === "integer" && schema.format === undefined) {
    const INT32 = 2 ** 31 - 1;
    const bounded =
      typeof schema.minimum === "number" &&
      typeof schema.maximum === "number" &&
      schema.minimum >= -INT32 - 1 &&
      schema.maximum <= INT32;
    schema.format = bounded ? "int32" : "int64";
  }
  Object.values(schema).forEach(integersByDefault);
}

/**
 * Closes every object schema of the components: the server sends, and accepts
 * (`forbidNonWhitelisted`), no field the schema does not name. Either/or bodies
 * (`@ExactlyOneOf`) get their `oneOf`.
 */
function closeSchemas(schemas: Record<string, Schema>): void {
  for (const [name, schema] of Object.entries(schemas)) {
    if (schema.type !== "object" && !schema.properties) continue;
    if (schema.additionalProperties === undefined) schema.additionalProperties = false;
    const groups = exactlyOneOfGroups(name);
    if (groups.length === 1) {
      schema.oneOf = groups[0].map((field) => ({ required: [field] }));
    } else if (groups.length > 1) {
      schema.allOf = groups.map((fields) => ({
        oneOf: fields.map((field) => ({ required: [field] })),
      }));
    }
  }
}

/**
 * Adds what every operation shares, from the route metadata: its security (bearer unless
 * `@Public()`), 401/403 where the guards can refuse, 429 (rate limits), 500 and 503.
 */
export function finalizeDocument(document: OpenAPIObject): OpenAPIObject {
  document.components = document.components ?? {};
  document.components.headers = { ...(document.components.headers ?? {}), ...COMMON_HEADERS };
  const tags = new Set<string>();
  for (const pathItem of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = (pathItem as Record<string, Operation | undefined>)[method];
      if (!operation) continue;
      const responses = operation.responses;
      const add = (status: number, description?: string) => {
        responses[String(status)] =
          responses[String(status)] ?? problemResponse(status, description);
      };
      if (operation["x-public"]) {
        operation.security = [];
      } else {
        operation.security = [{ bearer: [] }];
        add(401, "Missing, invalid or expired access token");
      }
      delete operation["x-public"];
      if (operation["x-roles"]?.length)
        add(403, `Requires role: ${operation["x-roles"].join(" or ")}`);
      // The JSON body parser reads a body on any write, whether or not the route takes one.
      const readsBody = Boolean(operation.requestBody) || ["post", "put", "patch"].includes(method);
      if (readsBody || operation.parameters?.length) add(400, "Invalid request");
      if (operation.parameters?.length) add(414, "The URI is longer than the server reads");
      if (readsBody) {
        add(413, "The body is larger than BODY_LIMIT_BYTES");
        add(415, "The body is not application/json");
      }
      // Health probes are never throttled (a load balancer must always reach them).
      const throttled = !operation["x-unthrottled"];
      delete operation["x-unthrottled"];
      if (throttled) add(429, "Rate limit exceeded");
      add(500, "Unexpected error (details are in the server log under the request id)");
      add(503, "A dependency (the database) is unavailable; retry after Retry-After");
      const idempotent = hasHeaderParameter(operation, "idempotency-key");
      const conditional = hasHeaderParameter(operation, "if-none-match");
      for (const [status, response] of Object.entries(responses) as [string, ResponseObject][]) {
        if (response.description) response.description = dedupeParagraphs(response.description);
        const retryAfter = status === "429" || status === "503" ? RETRY_AFTER_HEADER : {};
        const rateLimit = throttled && /^[24]/.test(status) ? RATE_LIMIT_HEADERS : {};
        const replayed = idempotent ? REPLAYED_HEADER : {};
        const etag = conditional && (status === "200" || status === "304") ? ETAG_HEADER : {};
        response.headers = {
          ...(response.headers ?? {}),
          ...REQUEST_ID_HEADER,
          ...retryAfter,
          ...rateLimit,
          ...replayed,
          ...etag,
        };
      }
      splitSummary(operation as { summary?: string; description?: string });
      for (const tag of operation.tags ?? []) tags.add(tag);
    }
  }
  document.tags = [...tags].sort().map((name) => ({ name }));
  closeSchemas((document.components.schemas ?? {}) as Record<string, Schema>);
  integersByDefault(document);
  // A public API: every server in the document is meant for outside clients.
  document.servers = (document.servers ?? []).map((server) => ({ ...server, "x-internal": false }));
  return document;
}

export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle("Storefront API")
    .setDescription(
      "Storefront is an open-source commerce backend. All routes live under `/api/v1`. " +
        "Errors are RFC 9457 `application/problem+json` documents with a stable `code`. " +
        "Money is integer minor units with an ISO 4217 `currency`. " +
        "Lists take `limit` (1-100) and an opaque `cursor`, and answer `{ data, nextCursor }`.",
    )
    .setVersion("1.0.0")
    .setLicense("MIT", "https://opensource.org/licenses/MIT")
    .addServer(
      "/",
      "This server: the same document describes local, staging and production deployments",
    )
    .addBearerAuth(
      {
        type: "http",
        scheme: "bearer",
        bearerFormat: "JWT",
        description:
          "Access token from POST /api/v1/auth/login. JWTs follow RFC8725 (JSON Web Token Best " +
          "Current Practices): HS256 only, `exp`, `iss`, `aud` and token type always checked.",
      },
      "bearer",
    )
    .build();
  documentValidationConstraints();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controllerKey, methodKey) =>
      `${controllerKey.replace(/Controller$/, "")}_${methodKey}`,
  });
  return finalizeDocument(document);
}
