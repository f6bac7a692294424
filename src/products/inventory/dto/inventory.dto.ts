import { ApiProperty } from "@nestjs/swagger";
import { Type } from "class-transformer";
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
  NotEquals,
} from "class-validator";
import { PageQueryDto } from "../../../common/pagination/page";
import {
  STOCK_MOVEMENT_REASONS,
  type StockMovementReason,
} from "../../entities/stock-movement.entity";

export const ADJUSTMENT_REASONS = ["restock", "adjustment", "return"] as const;
export type AdjustmentReason = (typeof ADJUSTMENT_REASONS)[number];

// Named bounds: the Swagger plugin silently drops a property whose decorator argument is a
// negative expression such as `-1_000_000_000`.
const MAX_ADJUSTMENT = 1_000_000_000;
const MIN_ADJUSTMENT = -MAX_ADJUSTMENT;

export class CreateStockAdjustmentDto {
  @IsUUID()
  variantId!: string;

  /** Units to add (positive) or remove (negative); never zero. */
  @IsInt()
  @NotEquals(0)
  @Min(MIN_ADJUSTMENT)
  @Max(MAX_ADJUSTMENT)
  delta!: number;

  /** `restock` and `return` add stock; `adjustment` corrects it either way. */
  @ApiProperty({ enum: ADJUSTMENT_REASONS })
  @IsIn(ADJUSTMENT_REASONS)
  reason!: AdjustmentReason;

  /** Free text, e.g. a delivery note or stock-take id. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  reference?: string;
}

export class StockMovementDto {
  id!: string;
  variantId!: string;
  /** Units added (positive) or removed (negative). */
  delta!: number;
  @ApiProperty({ enum: STOCK_MOVEMENT_REASONS })
  reason!: StockMovementReason;
  @ApiProperty({ type: String, nullable: true })
  reference!: string | null;
  @ApiProperty({ type: String, format: "uuid", nullable: true })
  actorId!: string | null;
  createdAt!: Date;
}

export class StockAdjustmentResultDto {
  movement!: StockMovementDto;
  /** The variant's stock after the adjustment. */
  stock!: number;
}

export class ListMovementsQueryDto extends PageQueryDto {
  @IsUUID()
  variantId!: string;
}

export class LowStockQueryDto extends PageQueryDto {
  /** Lists active variants whose stock is at or below this. Default 5. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  threshold?: number;
}

export class LowStockItemDto {
  variantId!: string;
  productId!: string;
  productName!: string;
  sku!: string;
  variantName!: string;
  stock!: number;
}
