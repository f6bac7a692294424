import { ApiProperty, PickType } from "@nestjs/swagger";
import { IsInt, IsString, Matches, Max, Min } from "class-validator";
import { IsOmittable } from "../../products/common/validators";
import { CODE_PATTERN, CODE_SCHEMA, CodedCreateDto } from "./coded.dto";

export class TaxCategoryDto {
  @ApiProperty({ example: "reduced" })
  code!: string;

  @ApiProperty({ example: "Reduced rate" })
  name!: string;
}

export class CreateTaxCategoryDto extends CodedCreateDto {}

export class UpdateTaxCategoryDto extends PickType(CreateTaxCategoryDto, ["name"] as const) {}

export class TaxRateDto {
  @ApiProperty({ format: "uuid" })
  id!: string;

  @ApiProperty({ example: "eu" })
  region!: string;

  /** ISO 3166-1 alpha-2; null: every country of the region without a rate of its own. */
  @ApiProperty({ type: String, nullable: true, example: "DE" })
  country!: string | null;

  /** A state or province (ISO 3166-2 suffix, e.g. `CA` for US-CA); null: the whole country. */
  @ApiProperty({ type: String, nullable: true, example: null })
  subdivision!: string | null;

  @ApiProperty({ example: "reduced" })
  category!: string;

  /** Basis points, an integer: 700 is 7 %. */
  @ApiProperty({ type: "integer", format: "int32", example: 700, minimum: 0, maximum: 10000 })
  rate!: number;
}

export class CreateTaxRateDto {
  /** The region's code. */
  @IsString()
  @Matches(CODE_PATTERN, { message: "region must be a region code" })
  @ApiProperty({ example: "eu", ...CODE_SCHEMA })
  region!: string;

  /** Absent: the rate of the whole region. */
  @IsOmittable()
  @IsString()
  @Matches(/^[A-Z]{2}$/, { message: "country must be an ISO 3166-1 alpha-2 code such as DE" })
  @ApiProperty({ required: false, example: "DE", pattern: "^[A-Z]{2}$", maxLength: 2 })
  country?: string;

  /** Needs `country`; absent: the whole country. */
  @IsOmittable()
  @IsString()
  @Matches(/^[A-Z0-9]{1,3}$/, {
    message: "subdivision must be 1 to 3 upper-case letters or digits",
  })
  @ApiProperty({ required: false, example: "CA", pattern: "^[A-Z0-9]{1,3}$", maxLength: 3 })
  subdivision?: string;

  /** The tax category's code. */
  @IsString()
  @Matches(CODE_PATTERN, { message: "category must be a tax category code" })
  @ApiProperty({ example: "reduced", ...CODE_SCHEMA })
  category!: string;

  /** Basis points, an integer from 0 to 10000: 700 is 7 %. */
  @IsInt()
  @Min(0)
  @Max(10000)
  @ApiProperty({ type: "integer", format: "int32", example: 700, minimum: 0, maximum: 10000 })
  rate!: number;
}

export class UpdateTaxRateDto extends PickType(CreateTaxRateDto, ["rate"] as const) {}

export class TaxRateListQueryDto {
  /** Only this region's rates. */
  @IsOmittable()
  @IsString()
  @Matches(CODE_PATTERN, { message: "region must be a region code" })
  @ApiProperty({ required: false, example: "eu", ...CODE_SCHEMA })
  region?: string;
}
