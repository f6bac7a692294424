import { ExecutionContext, HttpStatus, Injectable } from "@nestjs/common";
import { ThrottlerGuard } from "@nestjs/throttler";
import type { ThrottlerLimitDetail, ThrottlerRequest } from "@nestjs/throttler";
import { DomainError } from "../../common/errors/domain-error";
import { AUTH_RATE_LIMITED } from "./auth-rate-limited.decorator";

export const GLOBAL_THROTTLER = "default";
export const AUTH_THROTTLER = "auth";
export const ACCOUNT_THROTTLER = "account";
/** Set on a request once RateLimitGuard has charged (and let through) its client. */
const CHARGED = Symbol("rate-limit-charged");

/** What both budget guards share: health probes are never throttled, one key per budget. */
abstract class BudgetGuard extends ThrottlerGuard {
  protected override shouldSkip(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<{ url?: string }>();
    return Promise.resolve((request.url ?? "").startsWith("/api/v1/health/"));
  }

  /** One budget per tracker (client or account) and throttler, not one per route. */
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

/**
 * Two budgets per client IP, checked before authentication: one over every route, and a
 * stricter one shared by the routes marked @AuthRateLimited(). `request.ip` honours only the
 * trusted proxies.
 */
@Injectable()
export class RateLimitGuard extends BudgetGuard {
  /**
   * Once per request: a route answered early from a Fastify hook (the catalog's cache hits)
   * runs this guard there, and a miss then goes on through the global guards.
   */
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<{ [CHARGED]?: boolean }>();
    if (request[CHARGED]) return true;
    const allowed = await super.canActivate(context);
    request[CHARGED] = true;
    return allowed;
  }

  protected override handleRequest(props: ThrottlerRequest): Promise<boolean> {
    // The account's budget is AccountRateLimitGuard's, once the caller is known.
    if (props.throttler.name === ACCOUNT_THROTTLER) return Promise.resolve(true);
    if (props.throttler.name === AUTH_THROTTLER) {
      const marked = this.reflector.getAllAndOverride<boolean | undefined>(AUTH_RATE_LIMITED, [
        props.context.getHandler(),
        props.context.getClass(),
      ]);
      if (!marked) return Promise.resolve(true);
    }
    return super.handleRequest(props);
  }
}

/**
 * The budget of an authenticated account, whatever its client IPs, checked after the JWT
 * guard: a stolen token used from many addresses is still bounded by
 * ACCOUNT_RATE_LIMIT_PER_MINUTE.
 */
@Injectable()
export class AccountRateLimitGuard extends BudgetGuard {
  protected override handleRequest(props: ThrottlerRequest): Promise<boolean> {
    if (props.throttler.name !== ACCOUNT_THROTTLER) return Promise.resolve(true);
    const user = props.context.switchToHttp().getRequest<{ user?: { id?: string } }>().user;
    if (!user?.id) return Promise.resolve(true);
    const tracker = `user:${user.id}`;
    return super.handleRequest({ ...props, getTracker: () => Promise.resolve(tracker) });
  }
}
