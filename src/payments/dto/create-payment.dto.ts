import { IsString, Matches, MaxLength } from "class-validator";

export class CreatePaymentDto {
  /**
   * A payment-method token from the provider's client-side library (the sandbox takes Stripe's
   * test tokens, e.g. `pm_card_visa`). Never a card number.
   * @example "pm_card_visa"
   */
  @IsString()
  @MaxLength(100)
  @Matches(/^[A-Za-z0-9_]+$/, { message: "paymentMethod must be a payment-method token" })
  paymentMethod: string;
}
