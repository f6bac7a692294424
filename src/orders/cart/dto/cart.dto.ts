import { ApiProperty } from "@nestjs/swagger";
import { IsInt, IsUUID, Max, Min } from "class-validator";
import { CartPromotionDto } from "../../../promotions/dto/promotion-response.dto";

export const MAX_LINE_QUANTITY = 99;
/** Lines one cart may hold (each add re-prices them all; checkout locks them all). */
export const MAX_CART_LINES = 100;

export class CartItemDto {
  @ApiProperty({ format: "uuid" })
  id!: string;

  @ApiProperty({ format: "uuid" })
  variantId!: string;

  @ApiProperty({ format: "uuid" })
  productId!: string;

  productName!: string;

  variantName!: string;

  sku!: string;

  /** The variant's current price (minor units); carts never freeze prices. */
  unitPrice!: number;

  @ApiProperty({ minimum: 1, maximum: MAX_LINE_QUANTITY })
  quantity!: number;

  /** unitPrice × quantity. */
  lineTotal!: number;

  /** This line's share of the promotions' discounts (minor units). */
  discount!: number;

  /** False when the variant was archived or has less stock than the quantity: checkout would refuse it. */
  available!: boolean;
}

/** Everything of a cart but its shipping method (see CartDto in cart-response.ts). */
export class CartFieldsDto {
  @ApiProperty({ format: "uuid" })
  id!: string;

  @ApiProperty({ type: [CartItemDto] })
  items!: CartItemDto[];

  /** Units in the cart (sum of quantities). */
  itemCount!: number;

  /** Sum of the line totals, minor units. */
  subtotal!: number;

  /** Taken off the items by promotions: the sum of the lines' discounts. */
  discount!: number;

  /**
   * The chosen method's price, 0 when the subtotal (before discounts) reaches its `freeOver`
   * or none is chosen, less any free-shipping promotion.
   */
  shipping!: number;

  /** Store rate on subtotal − discount + shipping, rounded half-up once. */
  tax!: number;

  /** subtotal − discount + shipping + tax. */
  total!: number;

  /** Promotions applied (automatic ones and codes), then entered codes that do not apply. */
  @ApiProperty({ type: [CartPromotionDto] })
  promotions!: CartPromotionDto[];

  @ApiProperty({ example: "USD" })
  currency!: string;
}

export class AddCartItemDto {
  @IsUUID()
  @ApiProperty({ format: "uuid" })
  variantId!: string;

  /** 1 to 99; added to the line when the variant is already in the cart. */
  @IsInt()
  @Min(1)
  @Max(MAX_LINE_QUANTITY)
  quantity!: number;
}

export class UpdateCartItemDto {
  /** The line's new quantity, 1 to 99. */
  @IsInt()
  @Min(1)
  @Max(MAX_LINE_QUANTITY)
  quantity!: number;
}
