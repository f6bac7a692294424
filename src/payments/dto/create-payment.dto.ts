import { IsBoolean, IsOptional, IsString, Matches, MaxLength } from "class-validator";

export class CreatePaymentDto {
  /**
   * A payment-method token from the provider's client-side library (the sandbox takes Stripe's
   * test tokens, e.g. `pm_card_visa`), or `store_credit` to pay the whole order with the
   * customer's store credit. Never a card number.
   * @example "pm_card_visa"
   */
  @IsString()
  @MaxLength(100)
  @Matches(/^[A-Za-z0-9_]+$/, { message: "paymentMethod must be a payment-method token" })
  paymentMethod: string;

  /**
   * With a card `paymentMethod`: spend the customer's store credit first (up to the order's
   * total) and charge the card only for the rest. Ignored with `store_credit`.
   * @example false
   */
  @IsOptional()
  @IsBoolean()
  useStoreCredit?: boolean;
}
