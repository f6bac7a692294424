import type { FastifyInstance } from "fastify";
import type { Metrics } from "./metrics";

const KNOWN_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/**
 * Times every request by its route template (`/api/v1/products/:id`), never the raw URL, so
 * no id or query string reaches a label; requests that match no route count as `unmatched`.
 */
export function recordHttpMetrics(fastify: FastifyInstance, metrics: Metrics): void {
  fastify.addHook("onResponse", (request, reply, done) => {
    metrics.httpRequestDuration.observe(
      {
        method: KNOWN_METHODS.has(request.method) ? request.method : "OTHER",
        route: request.routeOptions.url ?? "unmatched",
        status_code: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
    done();
  });
}
