import { Type } from "class-transformer";
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from "class-validator";

import { MAX_TOTAL_MINOR_UNITS } from "../../common/money/money";
export class RefundItemDto {
  /** A variant on the order. */
  @IsUUID()
  variantId: string;

  /** Units of it to refund, up to the quantity bought. */
  @IsInt()
  @Min(1)
  @Max(99)
  quantity: number;
}

export class CreateRefundDto {
  /** Integer minor units; omit (and `items`) to refund everything not yet refunded. @example 500 */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_TOTAL_MINOR_UNITS)
  amount?: number;

  /**
   * Instead of `amount`: order lines to refund. Each gives back what was paid for those units:
   * the line total less its promotion discount, with its share of the tax.
   */
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => RefundItemDto)
  items?: RefundItemDto[];

  /** Why the money goes back (kept for finance). */
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}
