import { ApiProperty } from "@nestjs/swagger";
import {
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from "class-validator";
import { IsOmittable, SLUG_PATTERN } from "../../common/validators";

export class CategoryDto {
  id!: string;
  name!: string;
  slug!: string;
  @ApiProperty({ type: String, format: "uuid", nullable: true })
  parentId!: string | null;
  /** Order among its siblings, ascending. */
  position!: number;
}

export class CategoryTreeNodeDto extends CategoryDto {
  @ApiProperty({ type: () => [CategoryTreeNodeDto] })
  children!: CategoryTreeNodeDto[];
}

export class CreateCategoryDto {
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  /** Lowercase words joined by hyphens; generated from the name when absent. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(SLUG_PATTERN, { message: "slug must be lowercase words joined by hyphens" })
  slug?: string;

  /** The parent category; absent for a top-level category. */
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  position?: number;
}

export class UpdateCategoryDto {
  @IsOmittable()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @IsOmittable()
  @IsString()
  @MaxLength(200)
  @Matches(SLUG_PATTERN, { message: "slug must be lowercase words joined by hyphens" })
  slug?: string;

  /** The new parent; null moves the category to the top level. */
  @ApiProperty({ type: String, format: "uuid", nullable: true, required: false })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @IsOmittable()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  position?: number;
}
