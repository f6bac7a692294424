import { ApiProperty } from "@nestjs/swagger";
import { Transform } from "class-transformer";
import { IsEmail, IsString, Matches, MaxLength, MinLength } from "class-validator";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "../password-policy/password-policy";

const normaliseEmail = ({ value }: { value: unknown }) =>
  typeof value === "string" ? value.trim().toLowerCase() : value;
const trim = ({ value }: { value: unknown }) => (typeof value === "string" ? value.trim() : value);

export class RegisterDto {
  /** Stored trimmed and lower-case; must be unique. */
  @Transform(normaliseEmail)
  @IsEmail()
  @MaxLength(254)
  // No `format: email`: surrounding spaces are accepted on the wire and trimmed.
  @ApiProperty({ maxLength: 254, example: "ada@example.com" })
  email!: string;

  /** 12 to 128 characters, not a common password. */
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  @ApiProperty({
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
    format: "password",
  })
  password!: string;

  /** Display name. */
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @Matches(/\S/, { message: "name must not be blank" })
  @ApiProperty({ maxLength: 200, example: "Ada Lovelace" })
  name!: string;
}

export class LoginDto {
  @Transform(normaliseEmail)
  @IsString()
  @MinLength(1)
  @MaxLength(254)
  @ApiProperty({ maxLength: 254 })
  email!: string;

  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  @ApiProperty({ maxLength: PASSWORD_MAX_LENGTH, format: "password" })
  password!: string;
}

export class RefreshTokenDto {
  /** The refresh token from the last login or refresh; each one works once. */
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @ApiProperty({ maxLength: 200 })
  refreshToken!: string;
}

export class TokenPairDto {
  /** Short-lived JWT for the Authorization header. */
  @ApiProperty({ maxLength: 2048 })
  accessToken!: string;

  /** Opaque, single-use; exchange it at /auth/refresh for a new pair. */
  @ApiProperty({ maxLength: 200 })
  refreshToken!: string;

  @ApiProperty({ enum: ["Bearer"] })
  tokenType!: "Bearer";

  /** Seconds until the access token expires. */
  @ApiProperty({ example: 900, minimum: 1, maximum: 3600 })
  expiresIn!: number;
}

export class ForgotPasswordDto {
  @Transform(normaliseEmail)
  @IsString()
  @MinLength(1)
  @MaxLength(254)
  @ApiProperty({ maxLength: 254 })
  email!: string;
}

export class ResetPasswordDto {
  /** The token from the reset email (valid 30 minutes, once). */
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @ApiProperty({ maxLength: 200 })
  token!: string;

  /** The new password: 12 to 128 characters, not a common password. */
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  @ApiProperty({
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
    format: "password",
  })
  password!: string;
}

export class ChangePasswordDto {
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  @ApiProperty({ maxLength: PASSWORD_MAX_LENGTH, format: "password" })
  currentPassword!: string;

  /** 12 to 128 characters, not a common password. */
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  @ApiProperty({
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
    format: "password",
  })
  newPassword!: string;
}
