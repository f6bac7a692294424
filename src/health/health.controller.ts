import { Controller, Get, HttpStatus } from "@nestjs/common";
import {
  ApiExtension,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from "@nestjs/swagger";
import {
  HealthCheckService,
  HealthIndicatorFunction,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from "@nestjs/terminus";
import { DomainError } from "../common/errors/domain-error";
import { ApiProblems } from "../common/openapi/api-problems.decorator";
import { Public } from "../common/decorators/public.decorator";
import { RedisService } from "../redis/redis.service";
import { HealthCheckDetailDto, HealthDto } from "./health.dto";
import { ShutdownState } from "./shutdown-state";

@ApiTags("health")
@ApiExtension("x-unthrottled", true)
@ApiExtraModels(HealthCheckDetailDto)
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

  /** Liveness: the process is up and its event loop answers. */
  @ApiOperation({ summary: "Liveness probe" })
  @Get("live")
  live(): HealthDto {
    return { status: "ok", checks: {} };
  }

  /** Readiness: the database (and Redis, when configured) answer; 503 while not, or while shutting down. */
  @ApiOperation({ summary: "Readiness probe" })
  @ApiOkResponse({ type: HealthDto })
  @ApiProblems(503)
  @Get("ready")
  async ready(): Promise<HealthDto> {
    if (this.shutdown.isDraining) {
      throw new DomainError(
        HttpStatus.SERVICE_UNAVAILABLE,
        "shutting_down",
        "The instance is shutting down.",
      );
    }
    const checks: HealthIndicatorFunction[] = [
      () => this.database.pingCheck("database", { timeout: 2000 }),
    ];
    if (this.redis.enabled) {
      checks.push(() =>
        this.indicators
          .check("redis")
          .attempt(() => this.redis.ping())
          .withTimeout(2000),
      );
    }
    const result = await this.health.check(checks);
    return {
      status: result.status,
      checks: result.details as Record<string, HealthCheckDetailDto>,
    };
  }
}
