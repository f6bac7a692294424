import { IsInt, IsOptional, IsString, MaxLength, Min } from "class-validator";

export class CreateRefundDto {
  /** Integer minor units; omit to refund everything not yet refunded. @example 500 */
  @IsOptional()
  @IsInt()
  @Min(1)
  amount?: number;

  /** Why the money goes back (kept for finance). */
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}
