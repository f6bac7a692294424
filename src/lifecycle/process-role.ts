import { HttpStatus, Logger } from "@nestjs/common";
import type { FastifyInstance } from "fastify";
import type { AppConfig } from "../config/app-config";
import { DomainError } from "../common/errors/domain-error";
import { sendProblem } from "../common/errors/problem-details.filter";

const HEALTH_PREFIX = "/api/v1/health/";

/**
 * A worker process runs the background jobs and answers only its health routes: anything else
 * is a 404, so a worker put behind the load balancer by mistake takes no API traffic.
 */
export function applyProcessRole(fastify: FastifyInstance, config: Pick<AppConfig, "role">): void {
  if (config.role !== "worker") return;
  const logger = new Logger("ProcessRole");
  fastify.addHook("onRequest", async (request, reply) => {
    if (request.url.startsWith(HEALTH_PREFIX)) return;
    const error = new DomainError(
      HttpStatus.NOT_FOUND,
      "not_found",
      "This process is a background worker (ROLE=worker); it serves only /api/v1/health.",
    );
    sendProblem(error, request, reply, logger);
    return reply;
  });
}
