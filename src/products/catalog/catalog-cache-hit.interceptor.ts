import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from "@nestjs/common";
import type { FastifyReply, FastifyRequest } from "fastify";
import { Observable, of } from "rxjs";
import { CatalogCache } from "../catalog-cache";

/**
 * The cache key of a public catalog read: its URL exactly as requested. An entry exists only
 * once that URL has passed validation and loaded, so a hit can be answered before the pipes.
 */
export function catalogUrlKey(request: Pick<FastifyRequest, "url">): string {
  return `url:${request.url}`;
}

/**
 * Answers a cached public catalog read before validation and the service run: the stored
 * body and its ETag (or a 304), as stored. Guards (rate limit, optional sign-in) have run;
 * signed-in callers take the full path, since an admin's read differs.
 */
@Injectable()
export class CatalogCacheHitInterceptor implements NestInterceptor {
  constructor(private readonly cache: CatalogCache) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest & { user?: unknown }>();
    if (request.method !== "GET" || request.user) return next.handle();
    const hit = await this.cache.peekBody(catalogUrlKey(request));
    if (!hit) return next.handle();
    await hit.send(http.getResponse<FastifyReply>(), request.headers["if-none-match"]);
    return of(undefined);
  }
}
