import { ApiProperty } from "@nestjs/swagger";

export class HealthCheckDetailDto {
  /** `up` or `down`. */
  status!: string;
}

export class HealthDto {
  /** `ok` when every checked dependency is up; `degraded` when Redis is down (the instance still serves). */
  status!: string;

  /** One entry per checked dependency (`database`, and `redis` when configured). */
  @ApiProperty({
    type: "object",
    additionalProperties: { $ref: "#/components/schemas/HealthCheckDetailDto" },
  })
  checks!: Record<string, HealthCheckDetailDto>;
}
