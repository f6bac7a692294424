import { ApiProperty } from "@nestjs/swagger";
import { PAYMENT_STATUSES, type PaymentStatus } from "../payment-status";

export class PaymentNextActionDto {
  /** What the customer must do. */
  @ApiProperty({ enum: ["redirect_to_url"] })
  type: "redirect_to_url";

  /** Where the customer completes authentication (3-D Secure). */
  url: string;
}

export class PaymentDto {
  /** @example "7f1c1a9e-3d0b-4b8e-9d55-0c6f2f1b8a10" */
  id: string;

  orderId: string;

  /** Integer minor units. @example 2599 */
  amount: number;

  /**
   * The part of `amount` paid with store credit; the card paid the rest.
   * @example 0
   */
  @ApiProperty({ type: "integer", example: 0, minimum: 0 })
  creditAmount: number;

  /** ISO 4217. @example "USD" */
  currency: string;

  @ApiProperty({ enum: PAYMENT_STATUSES })
  status: PaymentStatus;

  /** Why the payment failed (`card_declined`, `insufficient_funds`, ...); null otherwise. */
  @ApiProperty({ type: String, nullable: true })
  failureCode: string | null;

  /** Present while the payment is `requires_action`. */
  // Inline, not a $ref: OpenAPI 3.0 ignores `nullable` beside a $ref.
  @ApiProperty({
    type: "object",
    nullable: true,
    required: ["type", "url"],
    properties: {
      type: {
        type: "string",
        enum: ["redirect_to_url"],
        description: "What the customer must do.",
      },
      url: {
        type: "string",
        description: "Where the customer completes authentication (3-D Secure).",
      },
    },
  })
  nextAction: PaymentNextActionDto | null;

  /** Brand and last four digits, e.g. "visa •••• 4242". */
  @ApiProperty({ type: String, nullable: true })
  paymentMethodDescription: string | null;

  /** Integer minor units refunded or being refunded. */
  refundedAmount: number;

  createdAt: Date;

  updatedAt: Date;
}
