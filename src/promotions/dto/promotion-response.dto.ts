import { ApiProperty } from "@nestjs/swagger";
import { PROMOTION_STATUSES, type PromotionStatus } from "../entities/promotion.entity";
import { PromotionActionViewDto, PromotionConditionsViewDto } from "./promotion-parts";

export class PromotionDto {
  @ApiProperty({ format: "uuid" })
  id!: string;

  name!: string;

  /** Upper-case; null for an automatic promotion. */
  @ApiProperty({ type: String, nullable: true })
  code!: string | null;

  @ApiProperty({ enum: PROMOTION_STATUSES })
  status!: PromotionStatus;

  @ApiProperty({ format: "date-time" })
  startsAt!: string;

  @ApiProperty({ type: String, format: "date-time", nullable: true })
  endsAt!: string | null;

  @ApiProperty({ type: Number, nullable: true })
  usageLimit!: number | null;

  @ApiProperty({ type: Number, nullable: true })
  usageLimitPerCustomer!: number | null;

  /** Live redemptions counted against `usageLimit`; null while there is no limit (see the redemptions list). */
  @ApiProperty({ type: Number, nullable: true })
  used!: number | null;

  /** ISO 4217: the currency of its amounts, the only one whose carts it applies to; null: any. */
  @ApiProperty({ type: String, nullable: true })
  currency!: string | null;

  combinable!: boolean;

  releaseOnCancel!: boolean;

  @ApiProperty({ type: PromotionConditionsViewDto })
  conditions!: PromotionConditionsViewDto;

  @ApiProperty({ type: PromotionActionViewDto })
  action!: PromotionActionViewDto;

  @ApiProperty({ format: "date-time" })
  createdAt!: string;

  @ApiProperty({ format: "date-time" })
  updatedAt!: string;
}

export class PromotionRedemptionDto {
  @ApiProperty({ format: "uuid" })
  id!: string;

  @ApiProperty({ format: "uuid" })
  promotionId!: string;

  @ApiProperty({ format: "uuid" })
  orderId!: string;

  @ApiProperty({ format: "uuid" })
  userId!: string;

  /** Taken off the order's items (minor units). */
  discount!: number;

  /** Taken off its shipping (minor units). */
  shippingDiscount!: number;

  /** When a cancellation or full refund gave it back; null while it counts. */
  @ApiProperty({ type: String, format: "date-time", nullable: true })
  releasedAt!: string | null;

  @ApiProperty({ format: "date-time" })
  createdAt!: string;
}

export const CART_PROMOTION_REASONS = [
  "promotion_inactive",
  "promotion_expired",
  "promotion_exhausted",
  "promotion_limit_reached",
  "promotion_condition_not_met",
  "promotion_not_combinable",
] as const;
export type CartPromotionReason = (typeof CART_PROMOTION_REASONS)[number];

/** A promotion on the cart: applied (with what it takes off) or, for an entered code, why not. */
export class CartPromotionDto {
  @ApiProperty({ format: "uuid" })
  promotionId!: string;

  name!: string;

  /** The code the customer entered; null for an automatic promotion. */
  @ApiProperty({ type: String, nullable: true })
  code!: string | null;

  /** False when the code does not apply now; `reason` says why. */
  applied!: boolean;

  /** Taken off the items (minor units). */
  discount!: number;

  /** Taken off the shipping (minor units). */
  shippingDiscount!: number;

  /** Why it does not apply; null when it does. Checkout refuses with this code (but `promotion_not_combinable`: a better offer won). */
  @ApiProperty({ type: String, enum: [...CART_PROMOTION_REASONS, null], nullable: true })
  reason!: CartPromotionReason | null;
}

/** A promotion as the order used it, snapshotted at checkout. */
export class OrderPromotionDto {
  @ApiProperty({ format: "uuid" })
  promotionId!: string;

  @ApiProperty({ type: String, nullable: true })
  code!: string | null;

  name!: string;

  discount!: number;

  shippingDiscount!: number;
}
