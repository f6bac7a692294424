import { ApiProperty } from "@nestjs/swagger";
import { IsInt, IsOptional, IsString, IsUUID, Matches, Max, Min } from "class-validator";
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

  /**
   * The variant's current price in the cart's currency (minor units); carts never freeze
   * prices. 0 when `priced` is false.
   */
  unitPrice!: number;

  @ApiProperty({ minimum: 1, maximum: MAX_LINE_QUANTITY })
  quantity!: number;

  /** unitPrice × quantity. */
  lineTotal!: number;

  /** This line's share of the promotions' discounts (minor units). */
  discount!: number;

  /** This line's tax (extracted in tax-inclusive regions, added in the others). */
  tax!: number;

  /** False when the variant has no price in the cart's currency: left out of the totals, and checkout refuses it. */
  priced!: boolean;

  /** False when the variant was archived, has less stock than the quantity or no price in the cart's currency: checkout would refuse it. */
  available!: boolean;
}

/** One tax rate's share of the cart or order. */
export class TaxLineDto {
  /** Basis points: 1900 is 19 %. */
  @ApiProperty({ example: 1900, type: "integer" })
  rate!: number;

  /** The tax category (`standard`, `reduced`, `shipping`, ...). */
  @ApiProperty({ example: "standard" })
  category!: string;

  /** Minor units of the currency. */
  @ApiProperty({ example: 319, type: "integer" })
  amount!: number;
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

  /**
   * The lines' and shipping's tax, each rounded half-up on its own (common/money/tax.ts):
   * included in the prices in tax-inclusive regions, added to them in the others.
   */
  tax!: number;

  /** The part of `tax` on shipping. */
  shippingTax!: number;

  /** `tax` per rate and category; sums to `tax`. */
  @ApiProperty({ type: [TaxLineDto] })
  taxLines!: TaxLineDto[];

  /** subtotal − discount + shipping, plus tax unless the region's prices include it. */
  total!: number;

  /** The cart's region (the default one until the customer chooses, PUT /cart/region). */
  @ApiProperty({ example: "default" })
  region!: string;

  /** The shipping country chosen with the region (ISO 3166-1 alpha-2), or null. */
  @ApiProperty({ type: String, nullable: true, example: "DE" })
  country!: string | null;

  /** Prices include tax (tax is extracted, not added). */
  taxInclusive!: boolean;

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

export class SetCartRegionDto {
  /** A region's code; with `country` alone, the country's region. */
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9_-]{0,39}$/, { message: "region must be a region code" })
  @ApiProperty({
    required: false,
    example: "eu",
    pattern: "^[a-z0-9][a-z0-9_-]{0,39}$",
    maxLength: 40,
  })
  region?: string;

  /** The shipping country (ISO 3166-1 alpha-2): picks its region and its own tax rates. */
  @IsOptional()
  @IsString()
  @Matches(/^[A-Z]{2}$/, { message: "country must be an ISO 3166-1 alpha-2 code such as DE" })
  @ApiProperty({
    required: false,
    example: "DE",
    pattern: "^[A-Z]{2}$",
    minLength: 2,
    maxLength: 2,
  })
  country?: string;
}
