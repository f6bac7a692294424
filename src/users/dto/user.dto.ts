import { ApiProperty } from "@nestjs/swagger";
import { Transform } from "class-transformer";
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from "class-validator";
import { ROLES, Role } from "../../common/decorators/roles.decorator";
import { PageQueryDto } from "../../common/pagination/page";

const trim = ({ value }: { value: unknown }) => (typeof value === "string" ? value.trim() : value);

/** A user as the user (and everyone else) sees it: never a hash, never a token. */
export class UserDto {
  @ApiProperty({ format: "uuid" })
  id!: string;

  /** Normalised: trimmed and lower-case. */
  @ApiProperty({ format: "email", maxLength: 254 })
  email!: string;

  @ApiProperty({ maxLength: 200 })
  name!: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  roles!: Role[];

  @ApiProperty({ format: "date-time" })
  createdAt!: string;
}

/** What an administrator sees of an account. */
export class AdminUserDto extends UserDto {
  /** A disabled user cannot log in and every token they hold stops working. */
  disabled!: boolean;

  @ApiProperty({ format: "date-time" })
  updatedAt!: string;
}

export class UpdateProfileDto {
  /** Display name, 1 to 200 characters. */
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @Matches(/\S/, { message: "name must not be blank" })
  name!: string;
}

export class AdminUserQueryDto extends PageQueryDto {
  /** Only users whose email contains this text (case-insensitive). */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === "string" ? value.trim().toLowerCase() : value,
  )
  @IsString()
  @MinLength(1)
  @MaxLength(254)
  email?: string;
}

export class AdminUpdateUserDto {
  /** The complete new set of roles (at least one). */
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  @ApiProperty({ enum: ROLES, isArray: true, required: false, minItems: 1, maxItems: ROLES.length })
  roles?: Role[];

  /** Disabling revokes every session of the user at once. */
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;
}
