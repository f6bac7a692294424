import { Logger, Type } from "@nestjs/common";
import { ExecutionContextHost } from "@nestjs/core/helpers/execution-context-host";
import type { NestFastifyApplication } from "@nestjs/platform-fastify";
import type { FastifyReply, FastifyRequest } from "fastify";
import { sendProblem } from "../../common/errors/problem-details.filter";
import { RateLimitGuard } from "../../security/throttling/rate-limit.guard";
import { CatalogCache } from "../catalog-cache";
import { ProductsController } from "./products.controller";

/**
 * The cache key of a public catalog read: its URL exactly as requested (path and the whole
 * query, so every parameter a read depends on, present or future, is part of the key). An
 * entry exists only once that URL has passed validation and loaded.
 */
export function catalogUrlKey(request: Pick<FastifyRequest, "url">): string {
  return `url:${request.url}`;
}

/**
 * The cached reads answered early, by route template. `anonymousOnly`: the route shows more
 * to a signed-in caller (an admin sees drafts), so a request carrying a token takes the full
 * path, where it is checked and served its own view.
 */
const CACHED_READS = new Map<string, { handler: string; anonymousOnly: boolean }>([
  ["/api/v1/products", { handler: "list", anonymousOnly: false }],
  ["/api/v1/products/:id", { handler: "get", anonymousOnly: true }],
]);

/**
 * Answers cache hits of the public catalog reads from a Fastify preHandler, before Nest's
 * guards, pipes, interceptors and handler: the stored body with its stored ETag (or a 304).
 * These routes are @Public() and role-free, so of the global guards only the client's rate
 * limit applies to an anonymous caller; it is run here, the same guard with the same route
 * metadata, so a hit spends the same budget and is refused the same way. A miss goes on to the
 * full pipeline (validation, then the service, which stores the entry).
 */
export function registerCatalogCacheHits(app: NestFastifyApplication): void {
  const cache = app.get(CatalogCache);
  const rateLimit = app.get(RateLimitGuard);
  const logger = new Logger("CatalogCacheHits");
  const controller = ProductsController as Type<unknown>;
  app
    .getHttpAdapter()
    .getInstance()
    .addHook("preHandler", async (request: FastifyRequest, reply: FastifyReply) => {
      if (request.method !== "GET") return;
      const read = CACHED_READS.get(request.routeOptions.url ?? "");
      if (!read || (read.anonymousOnly && request.headers.authorization !== undefined)) return;
      const handler = (ProductsController.prototype as unknown as Record<string, () => unknown>)[
        read.handler
      ];
      const context = new ExecutionContextHost([request, reply], controller, handler);
      try {
        await rateLimit.canActivate(context);
      } catch (error) {
        sendProblem(error, request, reply, logger);
        return reply;
      }
      const hit = await cache.peekBody(catalogUrlKey(request));
      if (!hit) return;
      hit.write(reply, request.headers["if-none-match"]);
      return reply;
    });
}
