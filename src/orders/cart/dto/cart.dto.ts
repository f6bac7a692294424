import { ApiProperty } from "@nestjs/swagger";
import { IsInt, IsUUID, Max, Min } from "class-validator";

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

  /** The chosen method's price, 0 when the subtotal reaches its `freeOver` or none is chosen. */
  shipping!: number;

  /** Store rate on subtotal + shipping, rounded half-up once. */
  tax!: number;

  total!: number;

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
