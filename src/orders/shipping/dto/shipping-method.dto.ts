import { ApiProperty, OmitType, PartialType } from "@nestjs/swagger";
import { Transform } from "class-transformer";
import {
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
} from "class-validator";

const trim = ({ value }: { value: unknown }) => (typeof value === "string" ? value.trim() : value);
const MAX_AMOUNT = 100_000_000;

export class ShippingMethodDto {
  @ApiProperty({ example: "standard" })
  code!: string;

  @ApiProperty({ example: "Standard delivery" })
  name!: string;

  /** Price in minor units of the store currency. */
  @ApiProperty({ example: 500, minimum: 0 })
  price!: number;

  /** Shipping is free when the cart subtotal reaches this amount; null: never free. */
  @ApiProperty({ type: Number, nullable: true, example: 5000, minimum: 0 })
  freeOver!: number | null;

  @ApiProperty({ example: 5, minimum: 0 })
  estimatedDays!: number;

  /** Inactive methods are hidden from customers and cannot be chosen. */
  active!: boolean;
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
