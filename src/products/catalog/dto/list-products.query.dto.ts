import { ApiProperty } from "@nestjs/swagger";
import { Transform, Type } from "class-transformer";
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from "class-validator";
import { PageQueryDto } from "../../../common/pagination/page";
import { PRODUCT_SORTS, type ProductSort } from "./product.dto";
import { IsOptionalRegionCode } from "../../../regions/dto/coded.dto";

/** The `region` of a catalog read. */
export class CatalogRegionQueryDto {
  /**
   * A region's code (GET /regions): prices, price ranges and `currency` in that region's
   * currency, and `purchasable` says what is sold there. Without it, the default region's view
   * (the variants' own prices). An unknown code is a 404 `region_not_found`.
   */
  @IsOptionalRegionCode()
  region?: string;
}

export class ListProductsQueryDto extends PageQueryDto {
  /**
   * A region's code (GET /regions): the list in that region's currency. Only products with an
   * active variant priced in it are listed, and the price filters and sorts use those prices.
   * Without it, the default region's view. An unknown code is a 404 `region_not_found`.
   */
  @IsOptionalRegionCode()
  region?: string;

  /** Full-text search over name and description (web-search syntax: words, "phrases", -not). */
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  q?: string;

  /** Only products in this category or any of its sub-categories. */
  @IsOptional()
  @IsUUID()
  categoryId?: string;

  /** Products with an active variant priced at least this (minor units of the list's currency). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(2_000_000_000)
  minPrice?: number;

  /** Products with an active variant priced at most this (minor units of the list's currency). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(2_000_000_000)
  maxPrice?: number;

  /** `true`: only products with an active variant in stock. */
  @ApiProperty({ enum: ["true", "false"], required: false })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === "true" ? true : value === "false" ? false : value,
  )
  @IsIn([true, false], { message: "inStock must be true or false" })
  inStock?: boolean;

  /** `relevance` (needs `q`; the default with `q`; ranks the first 200 matches found), `price`/`-price` (lowest active variant price, in the list's currency), `name`, `-createdAt` (newest first; the default without `q`). */
  @ApiProperty({ enum: PRODUCT_SORTS, required: false })
  @IsOptional()
  @IsIn(PRODUCT_SORTS)
  sort?: ProductSort;
}
