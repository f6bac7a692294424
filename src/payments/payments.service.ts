import { HttpStatus, Injectable, Logger } from "@nestjs/common";
import {
  ConflictError,
  DomainError,
  InvalidTransitionError,
  NotFoundError,
} from "../common/errors/domain-error";
import { registerUniqueConstraint } from "../common/errors/error-mapping";
import type { AuthUser } from "../common/decorators/current-user.decorator";
import { decodeCursor, encodeCursor } from "../common/pagination/cursor";
import { Page, toPage } from "../common/pagination/page";
import { TransactionHost } from "../database/transaction-host";
import { OutboxService } from "../notifications/outbox.service";
import { OrdersService, REFUND_ORDER_TOPIC } from "../orders/orders.service";
import { Payment } from "./entities/payment.entity";
import { PaymentDeclinedError } from "./payment-errors";
import { PaymentFaults } from "./payment-faults";
import { canTransition, PaymentStatus } from "./payment-status";
import { PaymentsRepository } from "./payments.repository";
import { PaymentProvider, ProviderIntent } from "./providers/payment-provider";

registerUniqueConstraint(
  "uq_payments_one_active_per_order",
  "payment_in_progress",
  "The order already has a payment under way or completed.",
);

export const PAYMENT_SUCCEEDED_TOPIC = "payments.payment_succeeded";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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

export interface PaymentPageQuery {
  limit: number;
  cursor?: string;
}

@Injectable()
export class PaymentsService {
  private readonly logger = new Logger(PaymentsService.name);

  constructor(
    private readonly tx: TransactionHost,
    private readonly payments: PaymentsRepository,
    private readonly provider: PaymentProvider,
    private readonly orders: OrdersService,
    private readonly outbox: OutboxService,
    private readonly faults: PaymentFaults,
  ) {}

  /**
   * Charges the order. The payment row is written first (the partial unique index lets only
   * one be under way per order), then the provider is called outside any transaction, then
   * the outcome and the order's `paid` status commit together.
   */
  async pay(user: AuthUser, orderId: string, paymentMethod: string): Promise<Payment> {
    const card = this.provider.describePaymentMethod(paymentMethod);
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
      return this.payments.insert({
        orderId: order.id,
        userId: order.userId,
        amount: Number(order.total),
        currency: order.currency,
        status: "processing",
        provider: this.provider.name,
        paymentMethodDescription: `${card.brand} •••• ${card.last4}`,
      });
    });

    const created = await this.provider.createIntent({
      merchantReference: payment.id,
      amount: payment.amount,
      currency: payment.currency,
    });
    await this.tx.run(() => this.payments.setProviderReference(payment.id, created.reference));
    const intent = await this.provider.confirm(created.reference, paymentMethod);
    if (intent.status === "succeeded") this.faults.hit("after_provider_success");

    const settled = (await this.applyIntentReport(intent)) ?? payment;
    if (settled.status === "failed") {
      throw new PaymentDeclinedError(settled.failureCode ?? "payment_failed", settled.id);
    }
    return settled;
  }

  /**
   * Applies what the provider says about an intent (from the synchronous call, a webhook or the
   * reconciler). Moves only forward through the state machine, so duplicates and late,
   * out-of-order reports change nothing. A success whose amount or currency differs from the
   * payment's or the order's is recorded as a failure, never a paid order.
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
          await this.recordCharge(payment, intent, "failed");
          return payment;
        case "cancelled":
          payment.status = "cancelled";
          payment.nextActionUrl = null;
          await this.payments.save(payment);
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

  private async recordSuccess(payment: Payment, intent: ProviderIntent): Promise<Payment> {
    const order = await this.orders.getOrder(payment.orderId);
    const mismatch =
      intent.amount !== payment.amount ||
      intent.currency !== payment.currency ||
      Number(order.total) !== payment.amount ||
      order.currency !== payment.currency;
    if (mismatch) {
      // Money was reported taken for the wrong amount: never a paid order; finance must act.
      this.logger.error(
        {
          paymentId: payment.id,
          orderId: order.id,
          reported: { amount: intent.amount, currency: intent.currency },
          expected: { amount: Number(order.total), currency: order.currency },
        },
        "Provider reported a payment whose amount or currency does not match the order",
      );
      payment.status = "failed";
      payment.failureCode = "amount_mismatch";
      payment.nextActionUrl = null;
      await this.payments.save(payment);
      return payment;
    }
    payment.status = "succeeded";
    payment.failureCode = null;
    payment.nextActionUrl = null;
    await this.payments.save(payment);
    await this.recordCharge(payment, intent, "succeeded");
    await this.markOrderPaid(payment);
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

  private recordCharge(
    payment: Payment,
    intent: ProviderIntent,
    status: "succeeded" | "failed",
  ): Promise<void> {
    return this.payments.recordTransaction({
      paymentId: payment.id,
      type: "charge",
      amount: payment.amount,
      currency: payment.currency,
      status,
      provider: payment.provider,
      providerReference: intent.reference,
    });
  }

  /** The owner's or an admin's view of one payment; 404 for anyone else. */
  async getVisible(user: AuthUser, paymentId: string): Promise<Payment> {
    const payment = await this.payments.findById(paymentId);
    if (!payment || (payment.userId !== user.id && !user.roles.includes("admin"))) {
      throw new NotFoundError("Payment");
    }
    return payment;
  }

  async listForOrder(
    user: AuthUser,
    orderId: string,
    query: PaymentPageQuery,
  ): Promise<Page<Payment>> {
    if (user.roles.includes("admin")) await this.orders.getOrder(orderId);
    else await this.orders.getOwnedOrder(orderId, user.id);
    const scope = `order-payments:${orderId}`;
    let after: { createdAt: string; id: string } | undefined;
    if (query.cursor) {
      const [createdAt, id] = decodeCursor(scope, query.cursor, 2);
      if (typeof createdAt !== "string" || typeof id !== "string" || !UUID.test(id)) {
        throw new DomainError(HttpStatus.BAD_REQUEST, "invalid_cursor", "The cursor is invalid.");
      }
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
