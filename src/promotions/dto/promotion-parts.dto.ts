import { ApiProperty } from "@nestjs/swagger";
import { PROMOTION_ACTION_TYPES, type PromotionActionType } from "../promotion-rules";

export class PromotionTargetViewDto {
  @ApiProperty({ type: [String], format: "uuid" })
  productIds!: string[];

  @ApiProperty({ type: [String], format: "uuid" })
  variantIds!: string[];

  @ApiProperty({ type: [String], format: "uuid" })
  categoryIds!: string[];
}

export class ContainsConditionViewDto extends PromotionTargetViewDto {
  minQuantity!: number;
}

/** The conditions but `contains` (see PromotionConditionsViewDto in promotion-parts.ts). */
export class PromotionConditionsFieldsDto {
  @ApiProperty({ type: Number, nullable: true })
  minSubtotal!: number | null;

  signedIn!: boolean;

  firstOrder!: boolean;
}

/** The action but `target` (see PromotionActionViewDto in promotion-parts.ts). */
export class PromotionActionFieldsDto {
  @ApiProperty({ enum: PROMOTION_ACTION_TYPES })
  type!: PromotionActionType;

  @ApiProperty({ type: Number, nullable: true })
  percentOff!: number | null;

  @ApiProperty({ type: Number, nullable: true })
  amountOff!: number | null;

  @ApiProperty({ type: Number, nullable: true })
  buyQuantity!: number | null;

  @ApiProperty({ type: Number, nullable: true })
  getQuantity!: number | null;
}
