import { ApiProperty } from "@nestjs/swagger";
import { Type } from "class-transformer";
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from "class-validator";
import { PageQueryDto } from "../../../common/pagination/page";
import { RETURN_STATUSES, type ReturnStatus } from "../return-status";

export class ReturnItemRequestDto {
  /** A line of the order (`items[].id` of the order). */
  @ApiProperty({ format: "uuid" })
  @IsUUID()
  orderItemId!: string;

  /**
   * Units of the line to send back.
   * @example 1
   */
  @ApiProperty({ type: "integer", minimum: 1, maximum: 1000, example: 1 })
  @IsInt()
  @Min(1)
  @Max(1000)
  quantity!: number;

  /**
   * Why (free text, shown to the shop).
   * @example "Too small"
   */
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason!: string;
}

export class CreateReturnDto {
  /** The delivered lines to send back, each at most once. */
  @ApiProperty({ type: [ReturnItemRequestDto], minItems: 1, maxItems: 100 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ReturnItemRequestDto)
  items!: ReturnItemRequestDto[];
}

export class ReceiveReturnItemDto {
  @ApiProperty({ format: "uuid" })
  @IsUUID()
  returnItemId!: string;

  /** Whether this line's units go back into stock. */
  @IsBoolean()
  restock!: boolean;
}

export class ReceiveReturnDto {
  /**
   * Whether the returned units go back into stock (default true), for every line not named
   * in `items`.
   * @example true
   */
  @IsOptional()
  @IsBoolean()
  restock?: boolean;

  /** Per-line choices, overriding `restock`. */
  @ApiProperty({ type: [ReceiveReturnItemDto], required: false, maxItems: 100 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ReceiveReturnItemDto)
  items?: ReceiveReturnItemDto[];
}

export const SETTLEMENT_METHODS = ["refund", "store_credit"] as const;
export type SettlementMethod = (typeof SETTLEMENT_METHODS)[number];

export class SettleReturnDto {
  /**
   * `refund`: to the order's original payment; `store_credit`: to the customer's balance.
   * @example "refund"
   */
  @ApiProperty({ enum: SETTLEMENT_METHODS, example: "refund" })
  @IsIn(SETTLEMENT_METHODS)
  method!: SettlementMethod;
}

export class ReturnListQueryDto extends PageQueryDto {
  @ApiProperty({ enum: RETURN_STATUSES, required: false })
  @IsOptional()
  @IsIn(RETURN_STATUSES)
  status?: ReturnStatus;
}

export class ReturnItemDto {
  @ApiProperty({ format: "uuid" })
  id!: string;

  @ApiProperty({ format: "uuid" })
  orderItemId!: string;

  /** @example 1 */
  @ApiProperty({ type: "integer", example: 1 })
  quantity!: number;

  /** @example "Too small" */
  reason!: string;

  /** Whether the units went back into stock when the return was received. */
  restocked!: boolean;
}

export class ReturnStatusChangeDto {
  // OpenAPI 3.0: a nullable enum must list null among its values.
  @ApiProperty({
    type: String,
    enum: [...RETURN_STATUSES, null],
    nullable: true,
    example: "requested",
  })
  from!: ReturnStatus | null;

  @ApiProperty({ enum: RETURN_STATUSES, example: "approved" })
  to!: ReturnStatus;

  @ApiProperty({ type: String, format: "uuid", nullable: true })
  actorId!: string | null;

  /** @example "2026-12-04T17:00:00.000Z" */
  at!: string;
}

/** A return of delivered lines, with its items and status history. */
export class ReturnDto {
  @ApiProperty({ format: "uuid" })
  id!: string;

  @ApiProperty({ format: "uuid" })
  orderId!: string;

  @ApiProperty({ format: "uuid" })
  userId!: string;

  @ApiProperty({ enum: RETURN_STATUSES, example: "requested" })
  status!: ReturnStatus;

  /** @example "USD" */
  currency!: string;

  /** What went back (refunded or credited), in minor units; null until settled. */
  @ApiProperty({ type: "integer", nullable: true, example: null })
  settledAmount!: number | null;

  /** The refund to the original payment, when settled that way. */
  @ApiProperty({ type: String, format: "uuid", nullable: true, example: null })
  refundId!: string | null;

  @ApiProperty({ type: [ReturnItemDto] })
  items!: ReturnItemDto[];

  @ApiProperty({ type: [ReturnStatusChangeDto] })
  history!: ReturnStatusChangeDto[];

  /** @example "2026-12-04T17:00:00.000Z" */
  createdAt!: string;

  /** @example "2026-12-04T17:00:00.000Z" */
  updatedAt!: string;
}
