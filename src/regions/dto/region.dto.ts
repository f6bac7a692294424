import { ApiProperty, OmitType, PartialType } from "@nestjs/swagger";
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  Matches,
  registerDecorator,
} from "class-validator";
import { isIsoCurrency } from "../../common/money/currencies";
import { IsOmittable } from "../../products/common/validators";
import { CodedCreateDto } from "./coded.dto";

const COUNTRY_PATTERN = /^[A-Z]{2}$/;

/** An active ISO 4217 code, upper case (the table in common/money/currencies). */
export function IsIsoCurrency(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: "isIsoCurrency",
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: "$property must be an ISO 4217 currency code such as EUR" },
      validator: {
        validate: (value: unknown) => typeof value === "string" && isIsoCurrency(value),
      },
    });
  };
}

export class RegionDto {
  @ApiProperty({ example: "eu" })
  code!: string;

  @ApiProperty({ example: "European Union" })
  name!: string;

  /** ISO 4217: what prices, carts, orders and payments of this region are in. */
  @ApiProperty({ example: "EUR", pattern: "^[A-Z]{3}$" })
  currency!: string;

  /** Shelf prices include tax (it is extracted at checkout) rather than having it added. */
  taxInclusive!: boolean;

  /** ISO 3166-1 alpha-2 codes of the countries in this region, sorted. */
  @ApiProperty({ example: ["DE", "FR"], type: [String] })
  countries!: string[];

  /** The region of carts for which nothing chose another. */
  isDefault!: boolean;
}

export class CreateRegionDto extends CodedCreateDto {
  @IsIsoCurrency()
  @ApiProperty({ example: "EUR", pattern: "^[A-Z]{3}$", minLength: 3, maxLength: 3 })
  currency!: string;

  /** Default false: tax is added to shelf prices. */
  @IsOmittable()
  @IsBoolean()
  taxInclusive?: boolean;

  /** ISO 3166-1 alpha-2 codes; a country already in another region is a 409. Default none. */
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(250)
  @ArrayUnique()
  @Matches(COUNTRY_PATTERN, {
    each: true,
    message: "each country must be an ISO 3166-1 alpha-2 code such as DE",
  })
  @ApiProperty({
    example: ["DE", "FR"],
    required: false,
    type: "array",
    items: { type: "string", pattern: "^[A-Z]{2}$", minLength: 2, maxLength: 2 },
    maxItems: 250,
    uniqueItems: true,
  })
  countries?: string[];

  /** Makes this the default region (the previous default stops being it). Default false. */
  @IsOmittable()
  @IsBoolean()
  isDefault?: boolean;
}

/** Changes what is given; `countries` replaces the region's whole set. */
export class UpdateRegionDto extends PartialType(OmitType(CreateRegionDto, ["code"] as const)) {}
