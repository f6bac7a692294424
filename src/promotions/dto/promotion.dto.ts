import { ApiProperty, PartialType } from "@nestjs/swagger";
import { Transform, Type } from "class-transformer";
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
  IsObject,
} from "class-validator";
import { PageQueryDto } from "../../common/pagination/page";
import { IsIsoCurrency } from "../../regions/dto/region.dto";
import { IsOmittable } from "../../products/common/validators";
import { PROMOTION_STATUSES, type PromotionStatus } from "../entities/promotion.entity";
import { PROMOTION_ACTION_TYPES, type PromotionActionType } from "../promotion-rules";

const MAX_AMOUNT = 100_000_000;
const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const trim = ({ value }: { value: unknown }) => (typeof value === "string" ? value.trim() : value);

const PERCENT_ACTIONS: PromotionActionType[] = ["percentage_off_order", "percentage_off_items"];
const AMOUNT_ACTIONS: PromotionActionType[] = ["fixed_off_order", "fixed_off_unit"];
export const TARGETED_ACTIONS: PromotionActionType[] = [
  "percentage_off_items",
  "fixed_off_unit",
  "buy_x_get_y",
];

/** Cart lines matching any of the ids; all lists empty (or absent) means every line. */
export class PromotionTargetDto {
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID("all", { each: true })
  @ApiProperty({ type: [String], format: "uuid", required: false })
  productIds?: string[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID("all", { each: true })
  @ApiProperty({ type: [String], format: "uuid", required: false })
  variantIds?: string[];

  /** Products whose own category is one of these (sub-categories are not included). */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID("all", { each: true })
  @ApiProperty({ type: [String], format: "uuid", required: false })
  categoryIds?: string[];
}

export class ContainsConditionDto extends PromotionTargetDto {
  /** Matching units the cart must hold, at least 1 (the default). */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(999)
  minQuantity?: number;
}

/** All given conditions must hold. */
export class PromotionConditionsDto {
  /** The cart's subtotal before discounts is at least this (minor units). */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_AMOUNT)
  @ApiProperty({ type: Number, nullable: true, required: false })
  minSubtotal?: number | null;

  /** The cart holds matching items. */
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ContainsConditionDto)
  @ApiProperty({ type: ContainsConditionDto, nullable: true, required: false })
  contains?: ContainsConditionDto | null;

  /** The customer is signed in. */
  @IsOptional()
  @IsBoolean()
  signedIn?: boolean;

  /** The customer has placed no order yet (cancelled orders do not count). */
  @IsOptional()
  @IsBoolean()
  firstOrder?: boolean;
}

/** What the promotion takes off; which fields are needed depends on `type`. */
export class PromotionActionDto {
  @IsIn(PROMOTION_ACTION_TYPES)
  @ApiProperty({ enum: PROMOTION_ACTION_TYPES })
  type!: PromotionActionType;

  /** For `percentage_off_order` and `percentage_off_items`: 1 to 100. */
  @ValidateIf((o: PromotionActionDto) => PERCENT_ACTIONS.includes(o.type))
  @IsInt()
  @Min(1)
  @Max(100)
  @ApiProperty({ type: Number, nullable: true, required: false, minimum: 1, maximum: 100 })
  percentOff?: number | null;

  /** For `fixed_off_order` (off the order) and `fixed_off_unit` (off each matching unit), minor units. */
  @ValidateIf((o: PromotionActionDto) => AMOUNT_ACTIONS.includes(o.type))
  @IsInt()
  @Min(1)
  @Max(MAX_AMOUNT)
  @ApiProperty({ type: Number, nullable: true, required: false, minimum: 1 })
  amountOff?: number | null;

  /** For `percentage_off_items`, `fixed_off_unit` and `buy_x_get_y`: the lines it applies to. */
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PromotionTargetDto)
  @ApiProperty({ type: PromotionTargetDto, nullable: true, required: false })
  target?: PromotionTargetDto | null;

  /** For `buy_x_get_y`: units to buy. */
  @ValidateIf((o: PromotionActionDto) => o.type === "buy_x_get_y")
  @IsInt()
  @Min(1)
  @Max(99)
  @ApiProperty({ type: Number, nullable: true, required: false, minimum: 1 })
  buyQuantity?: number | null;

  /** For `buy_x_get_y`: units then free (the cheapest matching ones). */
  @ValidateIf((o: PromotionActionDto) => o.type === "buy_x_get_y")
  @IsInt()
  @Min(1)
  @Max(99)
  @ApiProperty({ type: Number, nullable: true, required: false, minimum: 1 })
  getQuantity?: number | null;
}

export class CreatePromotionDto {
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  /** Letters, digits, `-`, `_`; matched case-insensitively. Leave out for an automatic promotion. */
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @Matches(CODE_PATTERN, { message: "code must be 1 to 64 letters, digits, - or _" })
  @ApiProperty({
    type: String,
    nullable: true,
    required: false,
    example: "WELCOME10",
    pattern: CODE_PATTERN.source,
  })
  code?: string | null;

  /** `draft` (the default) until it should run. */
  @IsOmittable()
  @IsIn(PROMOTION_STATUSES)
  @ApiProperty({ enum: PROMOTION_STATUSES, required: false })
  status?: PromotionStatus;

  /** When it starts (ISO 8601); now when left out. */
  @IsOmittable()
  @IsISO8601({ strict: true })
  @ApiProperty({ format: "date-time", required: false })
  startsAt?: string;

  /** When it ends (ISO 8601, exclusive); null or absent: never. */
  @IsOptional()
  @IsISO8601({ strict: true })
  @ApiProperty({ type: String, format: "date-time", nullable: true, required: false })
  endsAt?: string | null;

  /** Redemptions in all; null or absent: unlimited. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_AMOUNT)
  @ApiProperty({ type: Number, nullable: true, required: false, minimum: 1 })
  usageLimit?: number | null;

  /** Redemptions per customer, 1 to 100; null or absent: unlimited. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  @ApiProperty({ type: Number, nullable: true, required: false, minimum: 1, maximum: 100 })
  usageLimitPerCustomer?: number | null;

  /**
   * ISO 4217: the currency of its amounts (`conditions.minSubtotal`, `action.amountOff`); it
   * applies only to carts in that currency (elsewhere: `promotion_condition_not_met` with
   * `condition: "currency"`). Null or absent: the default region's currency for a promotion
   * with amounts; none (any currency) for one without, unless one is given to limit it.
   */
  @IsOptional()
  @IsIsoCurrency()
  @ApiProperty({
    type: String,
    nullable: true,
    required: false,
    example: "EUR",
    pattern: "^[A-Z]{3}$",
    minLength: 3,
    maxLength: 3,
  })
  currency?: string | null;

  /** Whether it stacks with other promotions (true by default). */
  @IsOmittable()
  @IsBoolean()
  combinable?: boolean;

  /** Whether cancelling or fully refunding an order gives the redemption back (true by default). */
  @IsOmittable()
  @IsBoolean()
  releaseOnCancel?: boolean;

  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => PromotionConditionsDto)
  @ApiProperty({ type: PromotionConditionsDto, required: false })
  conditions?: PromotionConditionsDto;

  @IsObject()
  @ValidateNested()
  @Type(() => PromotionActionDto)
  @ApiProperty({ type: PromotionActionDto })
  action!: PromotionActionDto;
}

/** Any field of a promotion; null clears `code`, `endsAt` and the limits. */
export class UpdatePromotionDto extends PartialType(CreatePromotionDto) {}

export class PromotionListQueryDto extends PageQueryDto {}

export class ApplyPromotionCodeDto {
  /** The code, in any case. */
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  code!: string;
}
