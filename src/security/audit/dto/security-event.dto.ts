import { ApiProperty } from "@nestjs/swagger";
import { IsIn, IsOptional, IsUUID } from "class-validator";
import { PageQueryDto } from "../../../common/pagination/page";
import { SECURITY_EVENT_TYPES, SecurityEventType } from "../../entities/security-event.entity";

export class SecurityEventQueryDto extends PageQueryDto {
  /** Only events of this type. */
  @IsOptional()
  @IsIn(SECURITY_EVENT_TYPES)
  @ApiProperty({ enum: SECURITY_EVENT_TYPES, required: false })
  type?: SecurityEventType;

  /** Only events about this user. */
  @IsOptional()
  @IsUUID()
  userId?: string;
}

export class SecurityEventDto {
  /** @example "3f1c9a3e-8a3b-4c47-9a55-6d0f7b1b2c11" */
  @ApiProperty({ format: "uuid" })
  id!: string;

  @ApiProperty({ enum: SECURITY_EVENT_TYPES })
  type!: SecurityEventType;

  /** The account concerned, when known. */
  @ApiProperty({ type: String, format: "uuid", nullable: true })
  userId!: string | null;

  /** The client IP (as seen through the trusted proxies). */
  @ApiProperty({ type: String, nullable: true, maxLength: 64 })
  ip!: string | null;

  /** Event-specific context (never secrets). */
  @ApiProperty({ type: "object", additionalProperties: true })
  details!: Record<string, unknown>;

  @ApiProperty({ format: "date-time" })
  createdAt!: string;
}
