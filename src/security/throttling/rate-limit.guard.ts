import { ExecutionContext, HttpStatus, Injectable } from "@nestjs/common";
import { ThrottlerGuard } from "@nestjs/throttler";
import type { ThrottlerLimitDetail, ThrottlerRequest } from "@nestjs/throttler";
import {
  THROTTLER_BLOCK_DURATION,
  THROTTLER_KEY_GENERATOR,
  THROTTLER_LIMIT,
  THROTTLER_SKIP,
  THROTTLER_TRACKER,
  THROTTLER_TTL,
} from "@nestjs/throttler/dist/throttler.constants";
import { DomainError } from "../../common/errors/domain-error";
import { AUTH_RATE_LIMITED } from "./auth-rate-limited.decorator";

export const GLOBAL_THROTTLER = "default";
export const AUTH_THROTTLER = "auth";
export const ACCOUNT_THROTTLER = "account";
/** Set on a request once RateLimitGuard has charged (and let through) its client. */
const CHARGED = Symbol("rate-limit-charged");

/** A budget as ThrottlerGuard resolves it for one route, less the request. */
type RouteBudget = Omit<ThrottlerRequest, "context">;
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- handlers and classes
type Target = Function;

function isHealthProbe(context: ExecutionContext): boolean {
  const request = context.switchToHttp().getRequest<{ url?: string }>();
  return (request.url ?? "").startsWith("/api/v1/health/");
}

/** What both budget guards share: health probes are never throttled, one key per budget. */
abstract class BudgetGuard extends ThrottlerGuard {
  protected override shouldSkip(context: ExecutionContext): Promise<boolean> {
    return Promise.resolve(isHealthProbe(context));
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
    const allowed = await this.charge(context);
    request[CHARGED] = true;
    return allowed;
  }

  /** The budgets of each route, by class and handler: route metadata never changes. */
  private readonly routeBudgets = new WeakMap<Target, WeakMap<Target, RouteBudget[] | null>>();

  /**
   * ThrottlerGuard.canActivate with the route's budgets resolved once per route (its reflector
   * reads and option merging cost more than the count itself on a cache hit). A route whose
   * limits are computed per request (a function) takes ThrottlerGuard's own path every time.
   */
  private async charge(context: ExecutionContext): Promise<boolean> {
    if (isHealthProbe(context)) return true;
    const budgets = this.budgetsOf(context);
    if (!budgets) return super.canActivate(context);
    for (const budget of budgets) await super.handleRequest({ context, ...budget });
    return true;
  }

  private budgetsOf(context: ExecutionContext): RouteBudget[] | null {
    const handler = context.getHandler();
    const classRef = context.getClass();
    let byHandler = this.routeBudgets.get(classRef);
    if (!byHandler) this.routeBudgets.set(classRef, (byHandler = new WeakMap()));
    let budgets = byHandler.get(handler);
    if (budgets === undefined) byHandler.set(handler, (budgets = this.resolveBudgets(context)));
    return budgets;
  }

  /** What ThrottlerGuard.canActivate and handleRequest below work out for a route, or null. */
  private resolveBudgets(context: ExecutionContext): RouteBudget[] | null {
    const targets = [context.getHandler(), context.getClass()];
    const meta = <T>(key: string, throttler: string) =>
      this.reflector.getAllAndOverride<T | undefined>(key + throttler, targets);
    const budgets: RouteBudget[] = [];
    for (const throttler of this.throttlers) {
      const name = throttler.name ?? GLOBAL_THROTTLER;
      if (meta<boolean>(THROTTLER_SKIP, name)) continue;
      if (throttler.skipIf ?? this.commonOptions.skipIf) return null;
      if (!this.appliesTo(name, targets)) continue;
      const limit = meta<unknown>(THROTTLER_LIMIT, name) ?? throttler.limit;
      const ttl = meta<unknown>(THROTTLER_TTL, name) ?? throttler.ttl;
      const blockDuration =
        meta<unknown>(THROTTLER_BLOCK_DURATION, name) ?? throttler.blockDuration ?? ttl;
      const getTracker =
        meta<RouteBudget["getTracker"]>(THROTTLER_TRACKER, name) ??
        throttler.getTracker ??
        this.commonOptions.getTracker;
      const generateKey =
        meta<RouteBudget["generateKey"]>(THROTTLER_KEY_GENERATOR, name) ??
        throttler.generateKey ??
        this.commonOptions.generateKey;
      if (
        typeof limit !== "number" ||
        typeof ttl !== "number" ||
        typeof blockDuration !== "number" ||
        !getTracker ||
        !generateKey
      ) {
        return null;
      }
      budgets.push({ throttler, limit, ttl, blockDuration, getTracker, generateKey });
    }
    return budgets;
  }

  /**
   * The account's budget is AccountRateLimitGuard's, once the caller is known; the auth budget
   * applies only to the routes marked @AuthRateLimited().
   */
  private appliesTo(throttler: string, targets: Target[]): boolean {
    if (throttler === ACCOUNT_THROTTLER) return false;
    if (throttler === AUTH_THROTTLER) {
      return (
        this.reflector.getAllAndOverride<boolean | undefined>(AUTH_RATE_LIMITED, targets) === true
      );
    }
    return true;
  }

  protected override handleRequest(props: ThrottlerRequest): Promise<boolean> {
    const targets = [props.context.getHandler(), props.context.getClass()];
    if (!this.appliesTo(props.throttler.name ?? GLOBAL_THROTTLER, targets)) {
      return Promise.resolve(true);
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
