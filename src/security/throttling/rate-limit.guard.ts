import { ExecutionContext, HttpStatus, Injectable } from "@nestjs/common";
import { ThrottlerGuard } from "@nestjs/throttler";
import type { ThrottlerLimitDetail, ThrottlerRequest } from "@nestjs/throttler";
import { DomainError } from "../../common/errors/domain-error";
import { AUTH_RATE_LIMITED } from "./auth-rate-limited.decorator";

export const GLOBAL_THROTTLER = "default";
export const AUTH_THROTTLER = "auth";

/**
 * Two budgets per client IP: one over every route, and a stricter one shared by the routes
 * marked @AuthRateLimited(). `request.ip` honours only the trusted proxies. Health probes are
 * never throttled.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override shouldSkip(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<{ url?: string }>();
    return Promise.resolve((request.url ?? "").startsWith("/api/v1/health/"));
  }

  protected override handleRequest(props: ThrottlerRequest): Promise<boolean> {
    if (props.throttler.name === AUTH_THROTTLER) {
      const marked = this.reflector.getAllAndOverride<boolean | undefined>(AUTH_RATE_LIMITED, [
        props.context.getHandler(),
        props.context.getClass(),
      ]);
      if (!marked) return Promise.resolve(true);
    }
    return super.handleRequest(props);
  }

  /** One budget per client and throttler, not one per route. */
  protected override generateKey(
    _context: ExecutionContext,
    tracker: string,
    name: string,
  ): string {
    return `${name}:${tracker}`;
  }

  protected override throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const seconds = Math.max(1, detail.timeToBlockExpire);
    throw new DomainError(
      HttpStatus.TOO_MANY_REQUESTS,
      "rate_limited",
      `Too many requests; retry in ${seconds} seconds.`,
      {},
      { "retry-after": String(seconds) },
    );
  }
}
