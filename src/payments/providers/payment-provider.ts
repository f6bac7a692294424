import { HttpStatus } from "@nestjs/common";
import { DomainError } from "../../common/errors/domain-error";
import { PAYMENT_STATUSES } from "../payment-status";

/** What a provider reports about one payment intent. */
/** A provider's intent has our payment's statuses, and one before it is confirmed. */
export const PROVIDER_INTENT_STATUSES = ["requires_confirmation", ...PAYMENT_STATUSES] as const;
export type ProviderIntentStatus = (typeof PROVIDER_INTENT_STATUSES)[number];

export type ProviderRefundStatus = "pending" | "succeeded" | "failed";

export interface ProviderRefund {
  reference: string;
  /** Our refund id, as given to `refund`. */
  merchantReference: string;
  amount: number;
  currency: string;
  status: ProviderRefundStatus;
  failureCode: string | null;
}

export interface ProviderIntent {
  reference: string;
  /** Our payment id, as given to `createIntent`. */
  merchantReference: string;
  amount: number;
  currency: string;
  status: ProviderIntentStatus;
  failureCode: string | null;
  /** Where the customer completes authentication, when `status` is `requires_action`. */
  nextActionUrl: string | null;
  /** A display description such as "visa •••• 4242"; never a card number or token. */
  paymentMethodDescription: string | null;
  /** Amount captured so far (0 until the payment succeeds). */
  capturedAmount: number;
  refunds: ProviderRefund[];
}

/** One verified event from the provider, normalized. */
export interface ProviderEvent {
  id: string;
  type: string;
  /** The intent's state as the provider saw it when it emitted the event. */
  intent?: ProviderIntent;
  /** The refund concerned, for refund events. */
  refund?: ProviderRefund;
}

export interface CreateIntentInput {
  /** Our payment id; the provider treats it as an idempotency key. */
  merchantReference: string;
  amount: number;
  currency: string;
}

export interface RefundInput {
  intentReference: string;
  /** Our refund id; the provider treats it as an idempotency key. */
  merchantReference: string;
  amount: number;
}

export interface PaymentMethodSummary {
  brand: string;
  last4: string;
}

/** The request was wrong for the provider (unknown payment method, ...): a 400, nothing charged. */
export class InvalidPaymentMethodError extends DomainError {
  constructor() {
    super(
      HttpStatus.BAD_REQUEST,
      "invalid_payment_method",
      "The payment method is not one the payment provider accepts.",
    );
  }
}

/** The webhook's signature is missing, wrong or stale, or its body is not an event. */
export class InvalidWebhookError extends DomainError {
  constructor(detail = "The webhook signature is missing, invalid or too old.") {
    super(HttpStatus.BAD_REQUEST, "invalid_webhook_signature", detail);
  }
}

/**
 * The payment provider port. The app depends on this abstract class only; the implementation is
 * chosen by PAYMENT_PROVIDER. Calls are made outside our database transactions, as they would
 * be to a remote service. A definite refusal is thrown as a DomainError (nothing happened); any
 * other error (network error, timeout, 5xx) means the call may or may not have taken effect,
 * and the caller asks again with `retrieve`.
 */
export abstract class PaymentProvider {
  abstract readonly name: string;

  /** Checks a payment method before anything is recorded; throws InvalidPaymentMethodError. */
  abstract describePaymentMethod(paymentMethod: string): PaymentMethodSummary;

  /** Creates an intent (idempotent on `merchantReference`). */
  abstract createIntent(input: CreateIntentInput): Promise<ProviderIntent>;

  /** Confirms the intent with a payment method; captures automatically on success. */
  abstract confirm(intentReference: string, paymentMethod: string): Promise<ProviderIntent>;

  /** Captures an authorized intent (for manual capture); a no-op once captured. */
  abstract capture(intentReference: string): Promise<ProviderIntent>;

  /** Refunds part or all of a captured intent (idempotent on `merchantReference`). */
  abstract refund(input: RefundInput): Promise<ProviderRefund>;

  /** Cancels an intent that has not succeeded; reports the intent as it now stands. */
  abstract cancel(intentReference: string): Promise<ProviderIntent>;

  /** Asks the provider for the intent's current state (and its refunds). */
  abstract retrieve(intentReference: string): Promise<ProviderIntent>;

  /**
   * Verifies the signature over the raw body and parses the event; throws InvalidWebhookError
   * before looking at the content when the signature does not hold.
   */
  abstract parseWebhook(rawBody: Buffer, headers: Record<string, unknown>): ProviderEvent;
}
