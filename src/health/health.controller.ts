import { Controller, Get } from "@nestjs/common";
import { ApiExtension, ApiExtraModels, ApiOkResponse, ApiTags } from "@nestjs/swagger";
import {
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from "@nestjs/terminus";
import { ApiProblems } from "../common/openapi/api-problems.decorator";
import { Public } from "../common/decorators/public.decorator";
import { RedisService } from "../redis/redis.service";
import { HealthCheckStatusDto } from "../common/openapi/problem.dto";
import { HealthDto } from "./health.dto";
import { ShutdownState, ShuttingDownError } from "./shutdown-state";

/**
 * Probes may arrive in floods (every load balancer, every second, or an attacker): readiness
 * answers from one shared check per second, so the database and Redis see at most one ping
 * each per second per instance. Concurrent probes share the check in flight.
 */
const READINESS_CACHE_MS = 1000;

@ApiTags("health")
@ApiExtension("x-unthrottled", true)
@ApiExtraModels(HealthCheckStatusDto)
@Public()
@Controller("health")
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly redis: RedisService,
    private readonly shutdown: ShutdownState,
  ) {}

  /** The last readiness check (in flight or settled) and when it stops being reused. */
  private readiness?: Promise<HealthDto>;
  private readinessExpiresAt = 0;

  /** Liveness: the process is up and its event loop answers. */
  @Get("live")
  live(): HealthDto {
    return { status: "ok", checks: {} };
  }

  /**
   * Readiness: whether this instance can serve. 503 while the database does not answer or while
   * shutting down. Redis loss is `degraded`, not 503: every request still succeeds on in-process
   * fallbacks, and pulling every instance out of the balancer would turn it into an outage.
   * The result is reused for up to a second.
   */
  @ApiOkResponse({ type: HealthDto })
  @ApiProblems(503)
  @Get("ready")
  async ready(): Promise<HealthDto> {
    if (this.shutdown.isDraining) throw new ShuttingDownError();
    if (!this.readiness || Date.now() >= this.readinessExpiresAt) {
      const check = this.checkDependencies();
      this.readiness = check;
      // Reused while in flight, then for READINESS_CACHE_MS after it settles.
      this.readinessExpiresAt = Number.POSITIVE_INFINITY;
      const settle = () => {
        if (this.readiness === check) this.readinessExpiresAt = Date.now() + READINESS_CACHE_MS;
      };
      check.then(settle, settle);
    }
    return this.readiness;
  }

  private async checkDependencies(): Promise<HealthDto> {
    const redis = this.redis.enabled ? this.redisCheck() : undefined;
    const result = await this.health.check([
      () => this.database.pingCheck("database", { timeout: 2000 }),
    ]);
    const checks = result.details as Record<string, HealthCheckStatusDto>;
    if (!redis) return { status: "ok", checks };
    checks.redis = await redis;
    return { status: checks.redis.status === "up" ? "ok" : "degraded", checks };
  }

  private async redisCheck(): Promise<HealthCheckStatusDto> {
    // A failed attempt resolves as `down` (it does not throw), so the database check decides 503.
    const result = await this.indicators
      .check("redis")
      .attempt(() => this.redis.ping())
      .withTimeout(2000);
    return { status: result.redis.status === "up" ? "up" : "down" };
  }
}
