import type { FastifyInstance } from "fastify";
import type { Logger as Pino } from "pino";
import { redactUrl } from "./logger-options";
import { requestContext } from "./request-context";

const HEALTH_PREFIX = "/api/v1/health";

/**
 * Puts each request's id in its async context (so every line logged while serving it carries the
 * id) and writes one line per finished request: warn for 4xx and 503, error for other 5xx,
 * health probes skipped.
 */
export function registerRequestLogging(fastify: FastifyInstance, logger: Pino): void {
  fastify.addHook("onRequest", (request, _reply, done) => {
    requestContext.run({ requestId: request.id }, done);
  });
  fastify.addHook("onResponse", (request, reply, done) => {
    const status = reply.statusCode;
    // A 503 is a dependency being unavailable or a drain, reported as such, not a bug of ours.
    const level = status >= 500 && status !== 503 ? "error" : status >= 400 ? "warn" : "info";
    if (logger.isLevelEnabled(level) && !request.url.startsWith(HEALTH_PREFIX)) {
      logger[level](
        {
          requestId: request.id,
          req: { method: request.method, url: redactUrl(request.url), remoteAddress: request.ip },
          res: { statusCode: status },
          responseTimeMs: Math.round(reply.elapsedTime * 10) / 10,
        },
        "request completed",
      );
    }
    done();
  });
}
