import { ApiProperty } from "@nestjs/swagger";
import { HealthCheckStatusDto } from "../common/openapi/problem.dto";

export class HealthDto {
  /** `ok` when every checked dependency is up; `degraded` when Redis is down (the instance still serves). */
  @ApiProperty({ enum: ["ok", "degraded"] })
  status!: "ok" | "degraded";

  /** One entry per checked dependency (`database`, and `redis` when configured). */
  @ApiProperty({
    type: "object",
    additionalProperties: { $ref: "#/components/schemas/HealthCheckStatusDto" },
    // `database`, and `redis` when configured.
    maxProperties: 2,
  })
  checks!: Record<string, HealthCheckStatusDto>;
}
