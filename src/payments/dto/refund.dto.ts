import { ApiProperty } from "@nestjs/swagger";
import { REFUND_STATUSES, type RefundStatus } from "../payment-status";

export class RefundDto {
  id: string;

  paymentId: string;

  /** Integer minor units. */
  amount: number;

  /** The part of `amount` given back as store credit; the provider refunds the rest. */
  @ApiProperty({ type: "integer", example: 0, minimum: 0 })
  creditAmount: number;

  currency: string;

  @ApiProperty({ enum: REFUND_STATUSES })
  status: RefundStatus;

  @ApiProperty({ type: String, nullable: true })
  reason: string | null;

  @ApiProperty({ type: String, nullable: true })
  failureCode: string | null;

  createdAt: Date;
}
