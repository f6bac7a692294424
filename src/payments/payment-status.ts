import { InvalidTransitionError } from "../common/errors/domain-error";

export const PAYMENT_STATUSES = [
  "requires_action",
  "processing",
  "succeeded",
  "failed",
  "cancelled",
] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** A payment in one of these holds the order: no second payment may start (partial unique index). */
export const ACTIVE_PAYMENT_STATUSES: readonly PaymentStatus[] = [
  "requires_action",
  "processing",
  "succeeded",
];

/**
 * The one table of allowed payment transitions. A failed or cancelled payment can still become
 * succeeded: the provider may report a charge after we gave up on it (a late success), and
 * money taken must be either honoured or refunded (PaymentsService.recordSuccess decides).
 */
const TRANSITIONS: Record<PaymentStatus, readonly PaymentStatus[]> = {
  processing: ["requires_action", "succeeded", "failed", "cancelled"],
  requires_action: ["processing", "succeeded", "failed", "cancelled"],
  succeeded: [],
  failed: ["succeeded"],
  cancelled: ["succeeded"],
};

/** Statuses in which the payment waits for the provider or the customer (not yet settled). */
export const UNSETTLED_PAYMENT_STATUSES: readonly PaymentStatus[] = [
  "processing",
  "requires_action",
];

export function canTransition(from: PaymentStatus, to: PaymentStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function assertTransition(from: PaymentStatus, to: PaymentStatus): void {
  if (!canTransition(from, to)) throw new InvalidTransitionError("Payment", from, to);
}

export function isTerminal(status: PaymentStatus): boolean {
  return TRANSITIONS[status].length === 0;
}

export const REFUND_STATUSES = ["pending", "succeeded", "failed"] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];

export const TRANSACTION_TYPES = ["charge", "refund"] as const;
export type TransactionType = (typeof TRANSACTION_TYPES)[number];
export const TRANSACTION_STATUSES = ["pending", "succeeded", "failed"] as const;
export type TransactionStatus = (typeof TRANSACTION_STATUSES)[number];
