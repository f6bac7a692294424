import { applyDecorators } from "@nestjs/common";
import { ApiProperty } from "@nestjs/swagger";
import { Transform } from "class-transformer";
import { IsOptional, IsString, Matches, MaxLength, MinLength } from "class-validator";

export const CODE_PATTERN = /^[a-z0-9][a-z0-9_-]{0,39}$/;
export const CODE_SCHEMA = {
  type: "string" as const,
  maxLength: 40,
  pattern: "^[a-z0-9][a-z0-9_-]{0,39}$",
};

/** An optional `region` (query) parameter: a region's code, as GET /regions lists them. */
export function IsOptionalRegionCode(): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    IsString(),
    Matches(CODE_PATTERN, { message: "region must be a region code" }),
    ApiProperty({ required: false, example: "uk", ...CODE_SCHEMA }),
  );
}

const trim = ({ value }: { value: unknown }) => (typeof value === "string" ? value.trim() : value);

/** What a region or a tax category is created with: a stable code and a name. */
export class CodedCreateDto {
  /** Lower-case letters, digits, `-` and `_`; the stable identifier, never changed. */
  @IsString()
  @Matches(CODE_PATTERN, { message: "code must be 1 to 40 lower-case letters, digits, - or _" })
  @ApiProperty({ example: "eu", ...CODE_SCHEMA })
  code!: string;

  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;
}
