import { ApiProperty, OmitType, PartialType } from "@nestjs/swagger";
import { Transform, Type } from "class-transformer";
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from "class-validator";
import { IsOptionalRegionCode } from "../../../regions/dto/coded.dto";

const trim = ({ value }: { value: unknown }) => (typeof value === "string" ? value.trim() : value);
const MAX_AMOUNT = 100_000_000;

/** The method's price in a region other than the default one, in that region's currency. */
export class ShippingRegionPriceDto {
  /** The region's code. */
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9_-]{0,39}$/, { message: "region must be a region code" })
  @ApiProperty({ example: "uk", pattern: "^[a-z0-9][a-z0-9_-]{0,39}$", maxLength: 40 })
  region!: string;

  /** Minor units of the region's currency. */
  @IsInt()
  @Min(0)
  @Max(MAX_AMOUNT)
  @ApiProperty({ example: 450, minimum: 0 })
  price!: number;

  /** Free from this subtotal (the region's currency) on; null or absent: never free. */
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(0)
  @Max(MAX_AMOUNT)
  @ApiProperty({ type: Number, nullable: true, required: false, minimum: 0 })
  freeOver?: number | null;
}

export class ShippingMethodDto {
  @ApiProperty({ example: "standard" })
  code!: string;

  @ApiProperty({ example: "Standard delivery" })
  name!: string;

  /**
   * Price in minor units of `currency`: the default region's, or with `region` that region's
   * (`regionPrices`).
   */
  @ApiProperty({ example: 500, minimum: 0 })
  price!: number;

  /** Shipping is free when the cart subtotal (in `currency`) reaches this; null: never free. */
  @ApiProperty({ type: Number, nullable: true, example: 5000, minimum: 0 })
  freeOver!: number | null;

  /** ISO 4217: the currency of `price` and `freeOver` (the default region's, or `region`'s). */
  @ApiProperty({ example: "USD", pattern: "^[A-Z]{3}$" })
  currency!: string;

  @ApiProperty({ example: 5, minimum: 0 })
  estimatedDays!: number;

  /** Inactive methods are hidden from customers and cannot be chosen. */
  active!: boolean;

  /**
   * Its prices in regions other than the default one (`price` and `freeOver` apply there); a
   * region not listed does not offer the method.
   */
  @ApiProperty({ type: [ShippingRegionPriceDto] })
  regionPrices!: ShippingRegionPriceDto[];
}

export class ListShippingMethodsQueryDto {
  /**
   * A region's code: only the methods offered there, with their price and threshold in its
   * currency, cheapest first. An unknown code is a 404 `region_not_found`.
   */
  @IsOptionalRegionCode()
  region?: string;
}

export class CreateShippingMethodDto {
  /** Lower-case letters, digits, `-` and `_`; the method's stable identifier. */
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9_-]{0,39}$/, {
    message: "code must be 1 to 40 lower-case letters, digits, - or _",
  })
  @ApiProperty({ example: "next-day", pattern: "^[a-z0-9][a-z0-9_-]{0,39}$", maxLength: 40 })
  code!: string;

  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  /** Minor units of the store currency. */
  @IsInt()
  @Min(0)
  @Max(MAX_AMOUNT)
  price!: number;

  /** Free shipping from this subtotal on; null or absent: never free. */
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(0)
  @Max(MAX_AMOUNT)
  @ApiProperty({ type: Number, nullable: true, required: false, minimum: 0 })
  freeOver?: number | null;

  @IsInt()
  @Min(0)
  @Max(365)
  estimatedDays!: number;

  @IsOptional()
  @IsBoolean()
  active?: boolean;

  /** Prices in regions other than the default one; on update, the list replaces them. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ShippingRegionPriceDto)
  regionPrices?: ShippingRegionPriceDto[];
}

export class UpdateShippingMethodDto extends PartialType(
  OmitType(CreateShippingMethodDto, ["code"] as const),
) {}

export class SetCartShippingMethodDto {
  /** The code of an active shipping method. */
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  code!: string;
}
