import { HttpStatus } from "@nestjs/common";
import { ConflictError, DomainError } from "../common/errors/domain-error";

/** The provider declined the card: 402 with the provider's code; the payment is recorded failed. */
export class PaymentDeclinedError extends DomainError {
  constructor(code: string, paymentId: string) {
    super(HttpStatus.PAYMENT_REQUIRED, code, "The payment was declined.", { paymentId });
  }
}

export class RefundExceedsCapturedError extends ConflictError {
  constructor() {
    super("refund_exceeds_captured", "The refund would take the refunds past the amount captured.");
  }
}

/** Raised by the fault-injection hook (tests only). */
export class InjectedFaultError extends Error {}
