import { ApiProperty, OmitType } from "@nestjs/swagger";
import { TaxLineDto } from "../cart/dto/cart.dto";
import { Type } from "class-transformer";
import {
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateNested,
  IsObject,
} from "class-validator";
import { ExactlyOneOf } from "../../common/openapi/exactly-one-of.decorator";
import { PageQueryDto } from "../../common/pagination/page";
import { OrderPromotionDto } from "../../promotions/dto/promotion-response.dto";
import { CreateAddressDto } from "../../users/dto/address.dto";
import { ORDER_STATUSES, OrderStatus } from "../order-status";

export class OrderItemDto {
  /** The order line's id (what a return names as `orderItemId`). */
  @ApiProperty({ format: "uuid" })
  id!: string;

  @ApiProperty({ format: "uuid" })
  variantId!: string;

  @ApiProperty({ format: "uuid" })
  productId!: string;

  /** Names, SKU and price as they were when the order was placed. */
  productName!: string;

  variantName!: string;

  sku!: string;

  unitPrice!: number;

  quantity!: number;

  lineTotal!: number;

  /** This line's share of the promotions' discounts: lineTotal − discount is what was paid before tax. */
  discount!: number;

  /** This line's tax (included in lineTotal when the order is tax-inclusive); null on orders placed before per-line tax. */
  @ApiProperty({ type: "integer", nullable: true, example: 319 })
  tax!: number | null;
}

export class ShippingAddressDto {
  fullName!: string;

  line1!: string;

  @ApiProperty({ type: String, nullable: true })
  line2!: string | null;

  city!: string;

  postalCode!: string;

  @ApiProperty({ example: "DE", pattern: "^[A-Z]{2}$" })
  country!: string;

  @ApiProperty({ type: String, nullable: true })
  phone!: string | null;
}

export class OrderShippingMethodDto {
  code!: string;

  name!: string;
}

/** Everything of an order but its shipping method (see OrderDto in order-response.ts). */
export class OrderFieldsDto {
  @ApiProperty({ format: "uuid" })
  id!: string;

  /** Human-readable and unique, e.g. SF-001234. */
  @ApiProperty({ example: "SF-001234" })
  number!: string;

  @ApiProperty({ format: "uuid" })
  userId!: string;

  @ApiProperty({ enum: ORDER_STATUSES })
  status!: OrderStatus;

  @ApiProperty({ type: [OrderItemDto] })
  items!: OrderItemDto[];

  subtotal!: number;

  /** Taken off the items by promotions: the sum of the lines' discounts. */
  discount!: number;

  /** Charged for shipping, after any free-shipping promotion. */
  shipping!: number;

  /** The lines' and shipping's tax, each rounded half-up (common/money/tax.ts). */
  tax!: number;

  /** The part of `tax` on shipping; null on orders placed before per-line tax. */
  @ApiProperty({ type: "integer", nullable: true, example: 80 })
  shippingTax!: number | null;

  /** `tax` per rate and category; empty on orders placed before regions. */
  @ApiProperty({ type: [TaxLineDto] })
  taxLines!: TaxLineDto[];

  /** subtotal − discount + shipping, plus tax unless the prices included it (`taxInclusive`). */
  total!: number;

  /** The region it was bought in; null for orders placed before regions. */
  @ApiProperty({ type: String, nullable: true, example: "eu" })
  region!: string | null;

  /** The prices included tax (it was extracted, not added). */
  taxInclusive!: boolean;

  /** The promotions the order used, as they were at checkout. */
  @ApiProperty({ type: [OrderPromotionDto] })
  promotions!: OrderPromotionDto[];

  @ApiProperty({ example: "USD" })
  currency!: string;

  @ApiProperty({ type: ShippingAddressDto })
  shippingAddress!: ShippingAddressDto;

  @ApiProperty({ type: String, nullable: true })
  carrier!: string | null;

  @ApiProperty({ type: String, nullable: true })
  trackingNumber!: string | null;

  @ApiProperty({ format: "date-time" })
  createdAt!: string;

  @ApiProperty({ format: "date-time" })
  updatedAt!: string;
}

export class OrderStatusChangeDto {
  // OpenAPI 3.0: a nullable enum must list null among its values.
  @ApiProperty({ type: String, enum: [...ORDER_STATUSES, null], nullable: true })
  from!: OrderStatus | null;

  @ApiProperty({ enum: ORDER_STATUSES })
  to!: OrderStatus;

  @ApiProperty({ type: String, format: "uuid", nullable: true })
  actorId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  note!: string | null;

  @ApiProperty({ format: "date-time" })
  at!: string;
}

/** An address given inline at checkout, validated like an address-book entry. */
export class ShippingAddressInputDto extends OmitType(CreateAddressDto, ["isDefault"] as const) {}

@ExactlyOneOf("shippingAddressId", "shippingAddress")
export class PlaceOrderDto {
  /** One of the caller's saved addresses; or give `shippingAddress` instead (not both). */
  @IsOptional()
  @IsUUID()
  @ApiProperty({ format: "uuid", required: false })
  shippingAddressId?: string;

  /** An address for this order only; or give `shippingAddressId` instead. */
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ShippingAddressInputDto)
  @ApiProperty({ type: ShippingAddressInputDto, required: false })
  shippingAddress?: ShippingAddressInputDto;
}

export class OrderListQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(ORDER_STATUSES)
  @ApiProperty({ enum: ORDER_STATUSES, required: false })
  status?: OrderStatus;

  /** Admins only: the orders of one customer. */
  @IsOptional()
  @IsUUID()
  @ApiProperty({ format: "uuid", required: false })
  userId?: string;

  /** Placed at or after this instant (ISO 8601). */
  @IsOptional()
  @IsISO8601({ strict: true })
  @ApiProperty({ format: "date-time", required: false })
  from?: string;

  /** Placed before this instant (ISO 8601). */
  @IsOptional()
  @IsISO8601({ strict: true })
  @ApiProperty({ format: "date-time", required: false })
  to?: string;
}

export class ShipOrderDto {
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  carrier?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  trackingNumber?: string;
}

export class CancelOrderDto {
  /** Why the order is cancelled (kept in the order history). */
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}
