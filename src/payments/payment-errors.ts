import { HttpStatus } from "@nestjs/common";
import { ConflictError, DomainError } from "../common/errors/domain-error";

/** The provider declined the card: 402 with the provider's code; the payment is recorded failed. */
export class PaymentDeclinedError extends DomainError {
  constructor(code: string, paymentId: string) {
    super(HttpStatus.PAYMENT_REQUIRED, code, "The payment was declined.", { paymentId });
  }
}

/**
 * The provider could not be reached and, asked again, showed the payment was never confirmed;
 * it is cancelled there and here, so nothing was charged and the order may be paid again.
 */
export class PaymentProviderUnavailableError extends DomainError {
  constructor(paymentId: string) {
    super(
      HttpStatus.BAD_GATEWAY,
      "payment_provider_unavailable",
      "The payment provider could not be reached. Nothing was charged; the order can be paid again.",
      { paymentId },
    );
  }
}

/** Card testing: the order has been declined too often to take another attempt. */
export class PaymentAttemptsExhaustedError extends ConflictError {
  constructor(maxFailures: number) {
    super(
      "payment_attempts_exhausted",
      `The order has had ${maxFailures} failed payments and takes no more; place a new order.`,
      { maxFailures },
    );
  }
}

export class RefundExceedsCapturedError extends ConflictError {
  constructor() {
    super("refund_exceeds_captured", "The refund would take the refunds past the amount captured.");
  }
}

/** Raised by the fault-injection hook (tests only). */
export class InjectedFaultError extends Error {}
