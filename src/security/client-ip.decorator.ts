import { ExecutionContext, createParamDecorator } from "@nestjs/common";

/**
 * The client IP. Fastify derives `request.ip` from X-Forwarded-For only when the peer is one of
 * TRUSTED_PROXIES (its trustProxy option), so a client cannot spoof it.
 */
export const ClientIp = createParamDecorator((_data: unknown, ctx: ExecutionContext): string => {
  const request = ctx.switchToHttp().getRequest<{ ip?: string }>();
  return request.ip ?? "unknown";
});
