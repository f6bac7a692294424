import { ApiProperty, ApiPropertyOptional } from "@nestjs/swagger";
import { Type } from "class-transformer";
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
  ValidateNested,
} from "class-validator";
import { IsIsoCurrency } from "../../../regions/dto/region.dto";
import { IsOmittable, IsStringRecord, MAX_RECORD_KEYS } from "../../common/validators";

const MAX_MONEY = 2_000_000_000;
const MAX_STOCK = 1_000_000_000;
const SKU_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const SKU_MESSAGE = "sku may contain letters, digits, '.', '_' and '-'";

/** A variant's price in another currency than its own (what regions in that currency charge). */
export class VariantPriceDto {
  @IsIsoCurrency()
  @ApiProperty({ example: "GBP", pattern: "^[A-Z]{3}$", minLength: 3, maxLength: 3 })
  currency!: string;

  /** Minor units of `currency` (ISO 4217 exponent: JPY 0 decimals, EUR 2, BHD 3). */
  @IsInt()
  @Min(0)
  @Max(MAX_MONEY)
  amount!: number;
}

export class VariantDto {
  id!: string;
  productId!: string;
  sku!: string;
  name!: string;
  /** The choices that tell this variant apart, e.g. `{ "size": "M", "color": "red" }`. */
  @ApiProperty({
    type: "object",
    additionalProperties: { type: "string" },
    maxProperties: MAX_RECORD_KEYS,
  })
  options!: Record<string, string>;
  /**
   * Minor units of `currency` (1999 = 19.99); null when the variant has no price in that
   * currency: it is not sold in that region (`purchasable` is false).
   */
  @ApiProperty({ type: Number, nullable: true, example: 1999 })
  price!: number | null;
  /** ISO 4217: the requested region's currency in catalog reads, else the store's. */
  currency!: string;
  /**
   * Its prices in other currencies (a region in a currency not listed cannot sell it). Given on
   * admin writes of variants and products and an admin's read; customers' reads leave it out.
   */
  @ApiPropertyOptional({ type: [VariantPriceDto] })
  prices?: VariantPriceDto[];
  stock!: number;
  @ApiProperty({ type: Number, nullable: true })
  weightGrams!: number | null;
  active!: boolean;
  /** Whether it can be bought in the region of this response: active and priced in `currency`. */
  purchasable!: boolean;
}

export class CreateVariantDto {
  /** Unique across the catalog. */
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @Matches(SKU_PATTERN, { message: SKU_MESSAGE })
  sku!: string;

  /** Defaults to the option values joined ("M / red"), or the SKU. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name?: string;

  @ApiPropertyOptional({
    type: "object",
    additionalProperties: { type: "string" },
    maxProperties: MAX_RECORD_KEYS,
  })
  @IsOptional()
  @IsStringRecord()
  options?: Record<string, string>;

  /** Minor units of the store currency, 0 or more. */
  @IsInt()
  @Min(0)
  @Max(MAX_MONEY)
  price!: number;

  /**
   * Prices in other currencies than the store's (one per currency; not the store's own, which
   * is `price`). On update, the list replaces the variant's other prices.
   */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => VariantPriceDto)
  prices?: VariantPriceDto[];

  /** Initial stock, recorded in the ledger as a restock. Default 0. */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_STOCK)
  stock?: number;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  weightGrams?: number;

  /** Default true. */
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

/** Stock is not changed here: use POST /inventory/adjustments, which writes the ledger. */
export class UpdateVariantDto {
  @IsOmittable()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @Matches(SKU_PATTERN, { message: SKU_MESSAGE })
  sku?: string;

  @IsOmittable()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name?: string;

  @ApiPropertyOptional({
    type: "object",
    additionalProperties: { type: "string" },
    maxProperties: MAX_RECORD_KEYS,
  })
  @IsOmittable()
  @IsStringRecord()
  options?: Record<string, string>;

  @IsOmittable()
  @IsInt()
  @Min(0)
  @Max(MAX_MONEY)
  price?: number;

  @ApiProperty({ type: Number, nullable: true, required: false })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  weightGrams?: number | null;

  /**
   * Prices in other currencies than the store's (one per currency; not the store's own, which
   * is `price`). On update, the list replaces the variant's other prices.
   */
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => VariantPriceDto)
  prices?: VariantPriceDto[];

  @IsOmittable()
  @IsBoolean()
  active?: boolean;
}
