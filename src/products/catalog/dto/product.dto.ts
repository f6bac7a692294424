import { ApiExtraModels, ApiProperty, ApiPropertyOptional } from "@nestjs/swagger";
import { nullableRef } from "../../../orders/dto/nullable-ref";
import { Type } from "class-transformer";
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  IsUrl,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from "class-validator";
import {
  IsOmittable,
  IsStringRecord,
  MAX_RECORD_KEYS,
  SLUG_PATTERN,
} from "../../common/validators";
import { PRODUCT_STATUSES, type ProductStatus } from "../../entities/product.entity";
import { CreateVariantDto, VariantDto } from "./variant.dto";

const SLUG_MESSAGE = "slug must be lowercase words joined by hyphens";
const URL_OPTIONS = { protocols: ["http", "https"], require_protocol: true };
/**
 * isURL lets through characters RFC 3986 forbids (`"`, `<`, spaces...), which `format: uri`
 * refuses: only URI characters are accepted, so the app and its spec agree (percent-encode).
 */
const URI_CHARACTERS = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/;
const URI_CHARACTERS_MESSAGE =
  "each value in images must be a URL of URI characters only (percent-encode others)";

export class PriceRangeDto {
  /** The lowest price of the active variants sold in the currency, minor units. */
  min!: number;
  /** The highest price of the active variants sold in the currency, minor units. */
  max!: number;
}

@ApiExtraModels(PriceRangeDto)
export class ProductDto {
  id!: string;
  name!: string;
  slug!: string;
  description!: string;
  @ApiProperty({ type: String, format: "uuid", nullable: true })
  categoryId!: string | null;
  @ApiProperty({ enum: PRODUCT_STATUSES })
  status!: ProductStatus;
  /** Image URLs, the first is the main one. */
  images!: string[];
  /** Free key/value pairs, e.g. `{ "material": "cotton" }`. */
  @ApiProperty({
    type: "object",
    additionalProperties: { type: "string" },
    maxProperties: MAX_RECORD_KEYS,
  })
  attributes!: Record<string, string>;
  /**
   * Over the active variants priced in `currency`; null when there is none (the product is
   * not sold in that currency: `purchasable` is false).
   */
  @ApiProperty({ ...nullableRef(PriceRangeDto) })
  priceRange!: PriceRangeDto | null;
  /**
   * ISO 4217: the currency of every price in this product, the requested region's (`region`
   * query), else the default region's (the variants' own currency).
   */
  currency!: string;
  /** Whether any active variant priced in `currency` has stock. */
  inStock!: boolean;
  /**
   * Whether it can be bought in the region of this response: active, with an active variant
   * priced in `currency` (each variant says so for itself). A region's lists show only
   * products for which this is true; reading one that is not, by id or slug, shows it false.
   */
  purchasable!: boolean;
  /** The product's tax category code; on admin writes and an admin's read, not on customers'. */
  @ApiPropertyOptional({ example: "standard" })
  taxCategory?: string;
  /**
   * The active variants (all of them for an admin's single-product read), cheapest first;
   * those not priced in `currency` last, with `price: null` and `purchasable: false`.
   */
  variants!: VariantDto[];
  createdAt!: Date;
  updatedAt!: Date;
}

export class CreateProductDto {
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name!: string;

  /** Lowercase words joined by hyphens; generated from the name when absent. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(SLUG_PATTERN, { message: SLUG_MESSAGE })
  slug?: string;

  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  description?: string;

  @IsOptional()
  @IsUUID()
  categoryId?: string;

  /** Default `draft`: not visible to customers until `active`. */
  @IsOptional()
  @IsIn(PRODUCT_STATUSES)
  status?: ProductStatus;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUrl(URL_OPTIONS, { each: true })
  @Matches(URI_CHARACTERS, { each: true, message: URI_CHARACTERS_MESSAGE })
  @MaxLength(2048, { each: true })
  images?: string[];

  @ApiPropertyOptional({
    type: "object",
    additionalProperties: { type: "string" },
    maxProperties: MAX_RECORD_KEYS,
  })
  @IsOptional()
  @IsStringRecord()
  attributes?: Record<string, string>;

  /** The product's tax category code (default `standard`; `standard`, `reduced`, `zero` or one admins made). */
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9_-]{0,39}$/, { message: "taxCategory must be a tax category code" })
  @ApiProperty({
    example: "reduced",
    required: false,
    pattern: "^[a-z0-9][a-z0-9_-]{0,39}$",
    maxLength: 40,
  })
  taxCategory?: string;

  /** One or more variants, created with the product. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CreateVariantDto)
  variants!: CreateVariantDto[];
}

export class UpdateProductDto {
  @IsOmittable()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name?: string;

  @IsOmittable()
  @IsString()
  @MaxLength(200)
  @Matches(SLUG_PATTERN, { message: SLUG_MESSAGE })
  slug?: string;

  @IsOmittable()
  @IsString()
  @MaxLength(20_000)
  description?: string;

  /** null removes the product from its category. */
  @ApiProperty({ type: String, format: "uuid", nullable: true, required: false })
  @IsOptional()
  @IsUUID()
  categoryId?: string | null;

  @IsOmittable()
  @IsIn(PRODUCT_STATUSES)
  status?: ProductStatus;

  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUrl(URL_OPTIONS, { each: true })
  @Matches(URI_CHARACTERS, { each: true, message: URI_CHARACTERS_MESSAGE })
  @MaxLength(2048, { each: true })
  images?: string[];

  @ApiPropertyOptional({
    type: "object",
    additionalProperties: { type: "string" },
    maxProperties: MAX_RECORD_KEYS,
  })
  @IsOmittable()
  @IsStringRecord()
  attributes?: Record<string, string>;

  /** The product's tax category code (`standard`, `reduced`, `zero` or one admins made). */
  @IsOmittable()
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9_-]{0,39}$/, { message: "taxCategory must be a tax category code" })
  @ApiProperty({
    example: "reduced",
    required: false,
    pattern: "^[a-z0-9][a-z0-9_-]{0,39}$",
    maxLength: 40,
  })
  taxCategory?: string;
}

export const PRODUCT_SORTS = ["relevance", "price", "-price", "name", "-createdAt"] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];
