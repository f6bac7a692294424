import { ApiProperty, PartialType } from "@nestjs/swagger";
import { Transform } from "class-transformer";
import {
  IsBoolean,
  IsISO31661Alpha2,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from "class-validator";

const trim = ({ value }: { value: unknown }) => (typeof value === "string" ? value.trim() : value);
const upper = ({ value }: { value: unknown }) =>
  typeof value === "string" ? value.trim().toUpperCase() : value;

export class AddressDto {
  @ApiProperty({ format: "uuid" })
  id!: string;

  @ApiProperty({ maxLength: 200 })
  fullName!: string;

  @ApiProperty({ maxLength: 200 })
  line1!: string;

  @ApiProperty({ type: String, nullable: true, maxLength: 200 })
  line2!: string | null;

  @ApiProperty({ maxLength: 100 })
  city!: string;

  @ApiProperty({ maxLength: 20 })
  postalCode!: string;

  /** ISO 3166-1 alpha-2 country code. */
  @ApiProperty({ example: "DE", pattern: "^[A-Z]{2}$" })
  country!: string;

  @ApiProperty({ type: String, nullable: true, maxLength: 32 })
  phone!: string | null;

  /** At most one address per user is the default. */
  isDefault!: boolean;

  @ApiProperty({ format: "date-time" })
  createdAt!: string;

  @ApiProperty({ format: "date-time" })
  updatedAt!: string;
}

export class CreateAddressDto {
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  fullName!: string;

  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  line1!: string;

  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  @ApiProperty({ type: String, nullable: true, required: false, maxLength: 200 })
  line2?: string | null;

  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  city!: string;

  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(20)
  postalCode!: string;

  /** ISO 3166-1 alpha-2 country code (e.g. DE, US). */
  @Transform(upper)
  @IsString()
  @IsISO31661Alpha2()
  @ApiProperty({ example: "DE", minLength: 2, maxLength: 2 })
  country!: string;

  /** Digits, spaces, dashes, parentheses and a leading +. */
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Matches(/^\+?[0-9 ()-]{4,31}$/, { message: "phone must be a phone number" })
  @ApiProperty({ type: String, nullable: true, required: false, maxLength: 32 })
  phone?: string | null;

  /** Make this the default address (the previous default stops being one). */
  @IsOptional()
  @IsBoolean()
  isDefault?: boolean;
}

export class UpdateAddressDto extends PartialType(CreateAddressDto) {}
