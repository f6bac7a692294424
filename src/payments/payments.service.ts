import { Inject, Injectable, Logger } from "@nestjs/common";
import {
  ConflictError,
  DomainError,
  InvalidTransitionError,
  NotFoundError,
} from "../common/errors/domain-error";
import { registerUniqueConstraint } from "../common/errors/error-mapping";
import type { AppConfig } from "../config/app-config";
import { APP_CONFIG } from "../config/config.module";
import { type AuthUser, isAdmin } from "../common/decorators/current-user.decorator";
import { decodeCursor, encodeCursor } from "../common/pagination/cursor";
import { Page, toPage } from "../common/pagination/page";
import { TransactionHost } from "../database/transaction-host";
import { OutboxService } from "../notifications/outbox.service";
import { OrdersService, REFUND_ORDER_TOPIC } from "../orders/orders.service";
import { Payment } from "./entities/payment.entity";
import {
  PaymentAttemptsExhaustedError,
  PaymentDeclinedError,
  PaymentProviderUnavailableError,
} from "./payment-errors";
import { PaymentFaults } from "./payment-faults";
import {
  ACTIVE_PAYMENT_STATUSES,
  canTransition,
  PaymentStatus,
  UNSETTLED_PAYMENT_STATUSES,
} from "./payment-status";
import { PaymentsRepository } from "./payments.repository";
import {
  PaymentProvider,
  ProviderIntent,
  ProviderIntentStatus,
} from "./providers/payment-provider";
import { ProviderCharge, RefundsService } from "./refunds.service";
import { STORE_CREDIT_METHOD, STORE_CREDIT_PROVIDER } from "./credit/store-credit";
import { StoreCreditService } from "./credit/store-credit.service";

registerUniqueConstraint(
  "uq_payments_one_active_per_order",
  "payment_in_progress",
  "The order already has a payment under way or completed.",
);

export const PAYMENT_SUCCEEDED_TOPIC = "payments.payment_succeeded";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Intents still open at the provider: cancelling them is what abandons them. */
const OPEN_INTENT_STATUSES: readonly ProviderIntentStatus[] = [
  "requires_confirmation",
  "requires_action",
  "processing",
];

/** Which of our statuses a provider report moves a payment to (undefined: no change). */
function targetStatus(intent: ProviderIntent): PaymentStatus | undefined {
  switch (intent.status) {
    case "succeeded":
      return "succeeded";
    case "failed":
      return "failed";
    case "cancelled":
      return "cancelled";
    case "requires_action":
      return "requires_action";
    default:
      return undefined;
  }
}

/**
 * Why a late success cannot pay the order (undefined: it can). `siblings` are the order's
 * payments, locked.
 */
function lateChargeRefusal(
  payment: Payment,
  orderStatus: string,
  siblings: readonly Payment[],
): string | undefined {
  if (orderStatus === "cancelled") return "order_not_payable";
  if (orderStatus !== "pending_payment") return "order_already_paid";
  const other = siblings.find(
    (p) => p.id !== payment.id && ACTIVE_PAYMENT_STATUSES.includes(p.status),
  );
  if (other) return other.status === "succeeded" ? "order_already_paid" : "payment_in_progress";
  return undefined;
}

/** What the card (the provider) is charged: the payment less its store-credit part. */
function cardAmount(payment: Payment): number {
  return payment.amount - payment.creditAmount;
}

export interface PaymentPageQuery {
  limit: number;
  cursor?: string;
}

@Injectable()
export class PaymentsService {
  private readonly logger = new Logger(PaymentsService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tx: TransactionHost,
    private readonly payments: PaymentsRepository,
    private readonly provider: PaymentProvider,
    private readonly orders: OrdersService,
    private readonly outbox: OutboxService,
    private readonly faults: PaymentFaults,
    private readonly refunds: RefundsService,
    private readonly credit: StoreCreditService,
  ) {}

  /**
   * Charges the order. The payment row is written first (the partial unique index lets only
   * one be under way per order), then the provider is called outside any transaction, then
   * the outcome and the order's `paid` status commit together. When the provider's answer is
   * lost, it is asked once where the payment stands; one still unknown stays `processing` for
   * the reconciler (after PAYMENT_UNKNOWN_OUTCOME_RECHECK_SECONDS). After
   * PAYMENT_MAX_FAILURES_PER_ORDER failed payments the order takes no more (card testing).
   * Store credit (all of it with `store_credit`, or first with `useStoreCredit`) is spent in
   * the transaction that writes the payment row, so the same index makes it spent once.
   */
  async pay(
    user: AuthUser,
    orderId: string,
    paymentMethod: string,
    useStoreCredit = false,
  ): Promise<Payment> {
    const creditOnly = paymentMethod === STORE_CREDIT_METHOD;
    const card = creditOnly ? null : this.provider.describePaymentMethod(paymentMethod);
    const payment = await this.tx.run(async () => {
      const order = await this.orders.getOwnedOrder(orderId, user.id);
      if (order.status !== "pending_payment") {
        throw new ConflictError(
          order.status === "cancelled" ? "order_not_payable" : "order_already_paid",
          order.status === "cancelled"
            ? "The order was cancelled and can no longer be paid."
            : "The order has already been paid.",
          { orderStatus: order.status },
        );
      }
      // Only one payment of an order is under way at a time (the partial unique index), so the
      // failures counted here cannot grow behind our back past the bound.
      const maxFailures = this.config.paymentMaxFailuresPerOrder;
      if ((await this.payments.countFailedByOrder(order.id)) >= maxFailures) {
        throw new PaymentAttemptsExhaustedError(maxFailures);
      }
      const total = Number(order.total);
      const creditAmount = creditOnly
        ? total
        : useStoreCredit
          ? Math.min(total, await this.credit.balanceOf(order.userId, order.currency))
          : 0;
      const paidByCredit = creditAmount === total;
      const inserted = await this.payments.insert({
        orderId: order.id,
        userId: order.userId,
        amount: total,
        creditAmount,
        currency: order.currency,
        status: "processing",
        provider: paidByCredit ? STORE_CREDIT_PROVIDER : this.provider.name,
        paymentMethodDescription: paidByCredit
          ? "store credit"
          : `${card?.brand} •••• ${card?.last4}${creditAmount > 0 ? " + store credit" : ""}`,
      });
      if (creditAmount > 0) {
        await this.credit.spend(order.userId, order.currency, creditAmount, {
          reference: `payment:${inserted.id}`,
        });
      }
      if (paidByCredit) await this.recordCreditOnlySuccess(inserted);
      return inserted;
    });
    if (payment.status === "succeeded") return payment;

    let intent: ProviderIntent | undefined;
    try {
      intent = await this.chargeAtProvider(payment, paymentMethod);
    } catch (error) {
      // A refusal is a definite answer; anything else (network error, timeout, 5xx) leaves
      // the outcome unknown, and the customer waiting: ask the provider once where it stands.
      if (error instanceof DomainError) throw error;
      this.logger.warn(
        { err: error, paymentId: payment.id },
        "Payment provider call failed with an unknown outcome; asking the provider",
      );
    }
    let settled: Payment;
    if (intent) {
      if (intent.status === "succeeded") this.faults.hit("after_provider_success");
      settled = (await this.applyIntentReport(intent)) ?? payment;
    } else {
      settled = await this.recheck(payment);
      if (settled.status === "cancelled") throw new PaymentProviderUnavailableError(payment.id);
    }
    if (settled.status === "failed") {
      throw new PaymentDeclinedError(settled.failureCode ?? "payment_failed", settled.id);
    }
    return settled;
  }

  /** A payment wholly in store credit: settled at once, no provider involved. */
  private async recordCreditOnlySuccess(payment: Payment): Promise<void> {
    payment.status = "succeeded";
    await this.payments.save(payment);
    await this.payments.recordSucceededCharge({
      paymentId: payment.id,
      amount: payment.amount,
      currency: payment.currency,
      provider: STORE_CREDIT_PROVIDER,
      providerReference: null,
    });
    await this.markOrderPaid(payment);
  }

  /** Gives back the store credit a payment spent, when the payment did not complete. */
  private async releaseCredit(payment: Payment): Promise<void> {
    if (payment.creditAmount <= 0) return;
    await this.credit.issue(payment.userId, payment.currency, payment.creditAmount, "released", {
      reference: `payment:${payment.id}`,
    });
  }

  private async chargeAtProvider(payment: Payment, paymentMethod: string): Promise<ProviderIntent> {
    const created = await this.provider.createIntent({
      merchantReference: payment.id,
      amount: cardAmount(payment),
      currency: payment.currency,
    });
    await this.tx.run(() => this.payments.setProviderReference(payment.id, created.reference));
    this.faults.hit("before_provider_confirm");
    const intent = await this.provider.confirm(created.reference, paymentMethod);
    this.faults.hit("after_provider_confirm");
    return intent;
  }

  /** The payment as the provider now says it stands; still `processing` when it cannot say. */
  private async recheck(payment: Payment): Promise<Payment> {
    try {
      const current = (await this.payments.findById(payment.id)) ?? payment;
      if (!UNSETTLED_PAYMENT_STATUSES.includes(current.status)) return current;
      return await this.settleWithProvider(current, false);
    } catch (error) {
      this.logger.warn(
        { err: error, paymentId: payment.id },
        "Could not learn the payment's outcome; the reconciler will settle it",
      );
      return (await this.payments.findById(payment.id).catch(() => null)) ?? payment;
    }
  }

  /**
   * Asks the provider where an unsettled payment stands and applies the answer. An intent never
   * confirmed is cancelled (nothing was charged; the order is freed), and so is one still open
   * when `abandon` (the cancellation reports a success that came meanwhile).
   */
  async settleWithProvider(payment: Payment, abandon: boolean): Promise<Payment> {
    this.faults.hit("before_provider_retrieve");
    let intent: ProviderIntent = payment.providerReference
      ? await this.provider.retrieve(payment.providerReference)
      : // No reference saved yet: creating again is idempotent on our id and finds the intent.
        await this.provider.createIntent({
          merchantReference: payment.id,
          amount: cardAmount(payment),
          currency: payment.currency,
        });
    if (
      intent.status === "requires_confirmation" ||
      (abandon && OPEN_INTENT_STATUSES.includes(intent.status))
    ) {
      intent = await this.provider.cancel(intent.reference);
    }
    return (await this.applyIntentReport(intent)) ?? payment;
  }

  /**
   * Applies what the provider says about an intent (from the synchronous call, a webhook or the
   * reconciler). Moves only forward through the state machine, so duplicates and late,
   * out-of-order reports change nothing. A reported success is money taken: it pays the order
   * (even after we recorded the payment failed or cancelled) or is refunded in full.
   */
  applyIntentReport(intent: ProviderIntent): Promise<Payment | null> {
    return this.tx.run(async () => {
      const payment =
        (await this.payments.findByProviderReferenceForUpdate(
          this.provider.name,
          intent.reference,
        )) ??
        (UUID.test(intent.merchantReference)
          ? await this.payments.findForUpdate(intent.merchantReference)
          : null);
      if (!payment || payment.provider !== this.provider.name) {
        this.logger.warn({ intent: intent.reference }, "Provider report for an unknown payment");
        return null;
      }
      if (payment.providerReference === null) payment.providerReference = intent.reference;
      if (payment.providerReference !== intent.reference) {
        this.logger.error(
          { paymentId: payment.id, intent: intent.reference },
          "Provider report names another intent than the payment's",
        );
        return payment;
      }
      const target = targetStatus(intent);
      if (!target || target === payment.status || !canTransition(payment.status, target)) {
        return payment;
      }
      payment.paymentMethodDescription =
        intent.paymentMethodDescription ?? payment.paymentMethodDescription;
      switch (target) {
        case "succeeded":
          return this.recordSuccess(payment, intent);
        case "failed":
          payment.status = "failed";
          payment.failureCode = intent.failureCode ?? "payment_failed";
          payment.nextActionUrl = null;
          await this.payments.save(payment);
          await this.recordFailedCharge(payment, intent);
          await this.releaseCredit(payment);
          return payment;
        case "cancelled":
          payment.status = "cancelled";
          payment.nextActionUrl = null;
          await this.payments.save(payment);
          await this.releaseCredit(payment);
          return payment;
        case "requires_action":
          payment.status = "requires_action";
          payment.nextActionUrl = intent.nextActionUrl;
          await this.payments.save(payment);
          return payment;
        default:
          return payment;
      }
    });
  }

  /**
   * A success pays the order through one path, whether on time or late (after we recorded the
   * payment failed or cancelled). It is refused, and the charge refunded in full, when the
   * amount or currency is wrong, or, late, when the order is no longer waiting for this payment.
   */
  private async recordSuccess(payment: Payment, intent: ProviderIntent): Promise<Payment> {
    const late = !UNSETTLED_PAYMENT_STATUSES.includes(payment.status);
    // A late charge is decided once: further reports of it (duplicates, the reconciler) find it
    // in the ledger. Locking the order's payments decides one late charge of an order at a time.
    if (late && (await this.payments.hasSucceededCharge(payment.id))) return payment;
    const siblings = late ? await this.payments.lockByOrder(payment.orderId) : [];
    const order = await this.orders.getOrder(payment.orderId);
    const charge: ProviderCharge = {
      amount: intent.capturedAmount > 0 ? intent.capturedAmount : intent.amount,
      currency: intent.currency,
    };
    const mismatch =
      charge.amount !== cardAmount(payment) ||
      intent.amount !== cardAmount(payment) ||
      charge.currency !== payment.currency ||
      Number(order.total) !== payment.amount ||
      order.currency !== payment.currency;
    if (mismatch) {
      // Money was taken for the wrong amount: never a paid order; give it back.
      this.logger.error(
        {
          paymentId: payment.id,
          orderId: order.id,
          reported: charge,
          expected: { amount: Number(order.total), currency: order.currency },
        },
        "Provider reported a payment whose amount or currency does not match the order; refunding it",
      );
      if (!late) {
        payment.status = "failed";
        payment.failureCode = "amount_mismatch";
        payment.nextActionUrl = null;
        await this.payments.save(payment);
        await this.releaseCredit(payment);
      }
      return this.refuseCharge(payment, intent, charge, "amount_mismatch");
    }
    // A late success of a split payment: its store credit was given back when it failed.
    const refusal = late
      ? payment.creditAmount > 0
        ? "store_credit_released"
        : lateChargeRefusal(payment, order.status, siblings)
      : undefined;
    if (refusal) {
      this.logger.warn(
        { paymentId: payment.id, orderId: order.id, paymentStatus: payment.status, refusal },
        "Provider reported a late success for a payment the order cannot take; refunding it in full",
      );
      return this.refuseCharge(payment, intent, charge, refusal);
    }
    if (late) {
      this.logger.warn(
        { paymentId: payment.id, orderId: order.id, paymentStatus: payment.status },
        "Provider reported a late success for a payment recorded as not paid; accepting it",
      );
    }
    payment.status = "succeeded";
    payment.failureCode = null;
    payment.nextActionUrl = null;
    await this.payments.save(payment);
    await this.payments.recordSucceededCharge(this.chargeRow(payment, intent));
    await this.markOrderPaid(payment);
    return payment;
  }

  /** Records the provider's charge and refunds it in full; the payment keeps its status. */
  private async refuseCharge(
    payment: Payment,
    intent: ProviderIntent,
    charge: ProviderCharge,
    reason: string,
  ): Promise<Payment> {
    await this.payments.recordSucceededCharge({ ...this.chargeRow(payment, intent), ...charge });
    await this.refunds.refundUnacceptedCharge(payment, charge, reason);
    return payment;
  }

  /** Marks the order paid (same transaction) and tells the world through the outbox. */
  async markOrderPaid(payment: Payment): Promise<void> {
    try {
      await this.orders.markPaid(payment.orderId, { actorId: null, note: `Payment ${payment.id}` });
    } catch (error) {
      if (!(error instanceof InvalidTransitionError)) throw error;
      // The order was cancelled while the customer paid: give the money back.
      this.logger.warn(
        { paymentId: payment.id, orderId: payment.orderId },
        "Payment succeeded for an order that can no longer be paid; refunding it",
      );
      await this.outbox.enqueue({
        topic: REFUND_ORDER_TOPIC,
        payload: { orderId: payment.orderId, reason: "order_not_payable" },
      });
      return;
    }
    await this.outbox.enqueue({
      topic: PAYMENT_SUCCEEDED_TOPIC,
      payload: {
        paymentId: payment.id,
        orderId: payment.orderId,
        amount: payment.amount,
        currency: payment.currency,
      },
    });
  }

  private chargeRow(payment: Payment, intent: ProviderIntent) {
    return {
      paymentId: payment.id,
      type: "charge" as const,
      amount: cardAmount(payment),
      currency: payment.currency,
      provider: payment.provider,
      providerReference: intent.reference,
    };
  }

  private recordFailedCharge(payment: Payment, intent: ProviderIntent): Promise<void> {
    return this.payments.recordTransaction({
      ...this.chargeRow(payment, intent),
      status: "failed",
    });
  }

  /** The owner's or an admin's view of one payment; 404 for anyone else. */
  async getVisible(user: AuthUser, paymentId: string): Promise<Payment> {
    const payment = await this.payments.findById(paymentId);
    if (!payment || (payment.userId !== user.id && !isAdmin(user))) {
      throw new NotFoundError("Payment");
    }
    return payment;
  }

  async listForOrder(
    user: AuthUser,
    orderId: string,
    query: PaymentPageQuery,
  ): Promise<Page<Payment>> {
    if (isAdmin(user)) await this.orders.getOrder(orderId);
    else await this.orders.getOwnedOrder(orderId, user.id);
    const scope = `order-payments:${orderId}`;
    let after: { createdAt: string; id: string } | undefined;
    if (query.cursor) {
      const [createdAt, id] = decodeCursor(scope, query.cursor, ["timestamp", "uuid"]);
      after = { createdAt, id };
    }
    const rows = await this.payments.listByOrder(orderId, query.limit + 1, after);
    return toPage(
      rows,
      query.limit,
      (row) => row,
      (row) => encodeCursor(scope, [row.createdAt.toISOString(), row.id]),
    );
  }
}
