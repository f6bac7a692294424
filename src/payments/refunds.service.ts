import { Injectable, Logger } from "@nestjs/common";
import { ConflictError, NotFoundError, ValidationFailedError } from "../common/errors/domain-error";
import { TransactionHost } from "../database/transaction-host";
import { OutboxService } from "../notifications/outbox.service";
import { OrdersService } from "../orders/orders.service";
import { Payment } from "./entities/payment.entity";
import { Refund } from "./entities/refund.entity";
import { RefundExceedsCapturedError } from "./payment-errors";
import { PaymentFaults } from "./payment-faults";
import { PaymentsRepository } from "./payments.repository";
import { PaymentProvider, ProviderRefund } from "./providers/payment-provider";
import { RefundsRepository } from "./refunds.repository";
import { StoreCreditService } from "./credit/store-credit.service";

export const REFUND_SUCCEEDED_TOPIC = "payments.refund_succeeded";
/** Outbox topic: send a pending refund (of a charge the shop could not accept) to the provider. */
export const SEND_REFUND_TOPIC = "payments.send_refund";

/** Order statuses from which a refund moves the order to refunded / partially_refunded. */
const REFUNDABLE_ORDER_STATUSES = ["paid", "shipped", "delivered", "partially_refunded"];

/** A charge the provider reports it took, as it reports it. */
export interface ProviderCharge {
  amount: number;
  currency: string;
}

export interface RefundRequest {
  amount?: number;
  /** Order lines instead of an amount: what was paid for those units goes back. */
  items?: { variantId: string; quantity: number }[];
  reason?: string;
}

@Injectable()
export class RefundsService {
  private readonly logger = new Logger(RefundsService.name);

  constructor(
    private readonly tx: TransactionHost,
    private readonly payments: PaymentsRepository,
    private readonly refunds: RefundsRepository,
    private readonly provider: PaymentProvider,
    private readonly orders: OrdersService,
    private readonly outbox: OutboxService,
    private readonly faults: PaymentFaults,
    private readonly credit: StoreCreditService,
  ) {}

  /**
   * Refunds part or all of a succeeded payment. The amount is reserved on the locked payment
   * row first (the database CHECK keeps the sum within the captured amount), then the provider
   * is asked, then the outcome, the ledger row and the order's status commit together.
   */
  async refund(
    paymentId: string,
    request: RefundRequest,
    requestedBy: string | null,
  ): Promise<Refund> {
    if (request.amount !== undefined && request.items !== undefined) {
      throw new ValidationFailedError(
        [{ field: "items", message: "give either amount or items, not both" }],
        "Give either amount or items, not both.",
      );
    }
    const { payment, refund } = await this.tx.run(async () => {
      const locked = await this.payments.findForUpdate(paymentId);
      if (!locked) throw new NotFoundError("Payment");
      const amount = request.items
        ? await this.orders.paidForItems(locked.orderId, request.items)
        : request.amount;
      return {
        payment: locked,
        refund: await this.reserve(locked, { ...request, amount }, requestedBy),
      };
    });
    this.faults.hit("before_provider_refund");
    return this.send(payment, refund);
  }

  /**
   * Refunds whatever is left of an order's succeeded payment (a cancelled paid order).
   * Idempotent: nothing left to refund, or no payment taken, is a no-op.
   */
  async refundOrder(orderId: string, reason: string): Promise<Refund | null> {
    const reserved = await this.tx.run(async () => {
      const payment = await this.payments.findSucceededByOrderForUpdate(orderId);
      if (!payment || payment.refundedAmount >= payment.amount) return null;
      const refund = await this.reserve(
        payment,
        { amount: payment.amount - payment.refundedAmount, reason },
        null,
      );
      return { payment, refund };
    });
    return reserved ? this.send(reserved.payment, reserved.refund) : null;
  }

  /**
   * Refunds `amount` of an order's succeeded payment (a settled return): to the card, and to
   * store credit for a payment made with it. 409 when the order has no succeeded payment.
   */
  async refundPartOfOrder(
    orderId: string,
    amount: number,
    reason: string,
    requestedBy: string | null,
  ): Promise<Refund> {
    const { payment, refund } = await this.tx.run(async () => {
      const locked = await this.payments.findSucceededByOrderForUpdate(orderId);
      if (!locked) {
        throw new ConflictError("payment_not_refundable", "The order has no succeeded payment.");
      }
      return {
        payment: locked,
        refund: await this.reserve(locked, { amount, reason }, requestedBy),
      };
    });
    return this.send(payment, refund);
  }

  /**
   * Gives back in full a charge the provider took for a payment the shop does not accept (a
   * late success on a failed payment, a wrong amount). Runs in the caller's transaction: the
   * refund is recorded pending and sent to the provider through the outbox.
   */
  async refundUnacceptedCharge(
    payment: Payment,
    charge: ProviderCharge,
    reason: string,
  ): Promise<Refund> {
    // The payment never succeeded here, so no other refund can compete for its amount; the
    // reservation only keeps refundedAmount truthful, when the charge fits the payment.
    if (
      charge.currency === payment.currency &&
      charge.amount <= payment.amount - payment.refundedAmount
    ) {
      await this.refunds.reserve(payment.id, charge.amount);
      payment.refundedAmount += charge.amount;
    }
    const refund = await this.refunds.insert({
      paymentId: payment.id,
      amount: charge.amount,
      creditAmount: 0,
      currency: charge.currency,
      status: "pending",
      reason,
      requestedBy: null,
    });
    await this.outbox.enqueue({ topic: SEND_REFUND_TOPIC, payload: { refundId: refund.id } });
    return refund;
  }

  /** Sends a refund still pending to the provider (idempotent on the refund id). */
  async sendPending(refundId: string): Promise<Refund | null> {
    const refund = await this.refunds.findById(refundId);
    if (refund?.status !== "pending") return refund;
    const payment = await this.payments.findById(refund.paymentId);
    return payment ? this.send(payment, refund) : refund;
  }

  private async reserve(
    payment: Payment,
    request: RefundRequest,
    requestedBy: string | null,
  ): Promise<Refund> {
    if (payment.status !== "succeeded") {
      throw new ConflictError(
        "payment_not_refundable",
        "Only a succeeded payment can be refunded.",
        {
          paymentStatus: payment.status,
        },
      );
    }
    const remaining = payment.amount - payment.refundedAmount;
    const amount = request.amount ?? remaining;
    if (amount <= 0 || amount > remaining) throw new RefundExceedsCapturedError();
    // Refunds fill the card's part first, then the store credit's (which goes back as credit).
    const cardTotal = payment.amount - payment.creditAmount;
    const before = payment.refundedAmount;
    const creditAmount = Math.max(0, before + amount - cardTotal) - Math.max(0, before - cardTotal);
    await this.refunds.reserve(payment.id, amount);
    payment.refundedAmount += amount;
    return this.refunds.insert({
      paymentId: payment.id,
      amount,
      creditAmount,
      currency: payment.currency,
      status: "pending",
      reason: request.reason ?? null,
      requestedBy,
    });
  }

  private async send(payment: Payment, refund: Refund): Promise<Refund> {
    const cardPart = refund.amount - refund.creditAmount;
    if (cardPart === 0) {
      // All of it goes back as store credit: no provider to ask.
      const settled = await this.applyRefundReport({
        reference: `store_credit:${refund.id}`,
        merchantReference: refund.id,
        amount: 0,
        currency: refund.currency,
        status: "succeeded",
        failureCode: null,
      });
      return settled ?? refund;
    }
    if (!payment.providerReference)
      throw new Error(`Payment ${payment.id} has no provider reference`);
    const report = await this.provider.refund({
      intentReference: payment.providerReference,
      merchantReference: refund.id,
      amount: cardPart,
    });
    return (await this.applyRefundReport(report)) ?? refund;
  }

  /** Settles a pending refund from the provider's report; anything else is a no-op. */
  applyRefundReport(report: ProviderRefund): Promise<Refund | null> {
    return this.tx.run(async () => {
      const found = await this.refunds.findById(report.merchantReference);
      if (!found) {
        this.logger.warn({ refund: report.reference }, "Provider report for an unknown refund");
        return null;
      }
      // Payment first, then refund: the same lock order as refund().
      const payment = await this.payments.findForUpdate(found.paymentId);
      const refund = await this.refunds.findForUpdate(found.id);
      if (!payment || !refund || refund.status !== "pending" || report.status === "pending") {
        return refund;
      }
      if (
        report.amount !== refund.amount - refund.creditAmount ||
        report.currency !== refund.currency
      ) {
        this.logger.error(
          { refundId: refund.id, reported: report.amount, expected: refund.amount },
          "Provider reported a refund whose amount does not match",
        );
        return refund;
      }
      refund.providerReference = report.reference;
      // A refund of a payment that never succeeded here (a charge the shop did not accept)
      // leaves the order alone: another payment may have paid it.
      const ownsOrder = payment.status === "succeeded";
      if (report.status === "failed") {
        refund.status = "failed";
        refund.failureCode = report.failureCode ?? "refund_failed";
        await this.refunds.save(refund);
        // Only what was reserved is released (see refundUnacceptedCharge).
        if (ownsOrder || payment.refundedAmount >= refund.amount) {
          await this.refunds.release(payment.id, refund.amount);
        }
        await this.recordLedger(payment, refund, "failed");
        if (!ownsOrder) {
          this.logger.error(
            { refundId: refund.id, paymentId: payment.id, failureCode: refund.failureCode },
            "The provider refused to refund a charge the shop did not accept; refund it by hand",
          );
        }
        return refund;
      }
      refund.status = "succeeded";
      await this.refunds.save(refund);
      if (refund.creditAmount > 0) {
        await this.credit.issue(payment.userId, refund.currency, refund.creditAmount, "issued", {
          reference: `refund:${refund.id}`,
        });
      }
      await this.recordLedger(payment, refund, "succeeded");
      const refunded = await this.refunds.sumSucceeded(payment.id);
      const order = await this.orders.getOrder(payment.orderId);
      if (ownsOrder && REFUNDABLE_ORDER_STATUSES.includes(order.status)) {
        await this.orders.markRefunded(
          payment.orderId,
          refunded >= payment.amount ? "refunded" : "partially_refunded",
          { actorId: refund.requestedBy, note: `Refund ${refund.id}` },
        );
      }
      await this.outbox.enqueue({
        topic: REFUND_SUCCEEDED_TOPIC,
        payload: {
          refundId: refund.id,
          paymentId: payment.id,
          orderId: payment.orderId,
          amount: refund.amount,
          currency: refund.currency,
          refundedTotal: refunded,
        },
      });
      return refund;
    });
  }

  private recordLedger(payment: Payment, refund: Refund, status: "succeeded" | "failed") {
    return this.payments.recordTransaction({
      paymentId: payment.id,
      refundId: refund.id,
      type: "refund",
      amount: refund.amount,
      currency: refund.currency,
      status,
      provider: payment.provider,
      providerReference: refund.providerReference,
    });
  }
}
