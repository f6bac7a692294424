import type { INestApplication } from "@nestjs/common";
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from "@nestjs/swagger";
import { problemResponse } from "./api-problems.decorator";

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

type ResponseObject = { headers?: Record<string, unknown> };

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
      if (operation.requestBody || operation.parameters?.length) add(400, "Invalid request");
      if (operation.requestBody) {
        add(413, "The body is larger than BODY_LIMIT_BYTES");
        add(415, "The body is not application/json");
      }
      // Health probes are never throttled (a load balancer must always reach them).
      const throttled = !operation["x-unthrottled"];
      delete operation["x-unthrottled"];
      if (throttled) add(429, "Rate limit exceeded");
      add(500, "Unexpected error (details are in the server log under the request id)");
      add(503, "A dependency (the database) is unavailable; retry after Retry-After");
      for (const [status, response] of Object.entries(responses) as [string, ResponseObject][]) {
        const retryAfter = status === "429" || status === "503" ? RETRY_AFTER_HEADER : {};
        const rateLimit = throttled && /^[24]/.test(status) ? RATE_LIMIT_HEADERS : {};
        response.headers = { ...(response.headers ?? {}), ...retryAfter, ...rateLimit };
        if (Object.keys(response.headers).length === 0) delete response.headers;
      }
      for (const tag of operation.tags ?? []) tags.add(tag);
    }
  }
  document.tags = [...tags].sort().map((name) => ({ name }));
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
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controllerKey, methodKey) =>
      `${controllerKey.replace(/Controller$/, "")}_${methodKey}`,
  });
  return finalizeDocument(document);
}
