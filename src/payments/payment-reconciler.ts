import { Inject, Injectable, Logger, OnModuleInit } from "@nestjs/common";
import type { AppConfig } from "../config/app-config";
import { APP_CONFIG } from "../config/config.module";
import { JobRunner } from "../common/jobs/job-runner";
import { TransactionHost } from "../database/transaction-host";
import { UNSETTLED_PAYMENT_STATUSES } from "./payment-status";
import { PaymentsRepository } from "./payments.repository";
import { PaymentsService } from "./payments.service";
import { RefundsRepository } from "./refunds.repository";
import { RefundsService } from "./refunds.service";

const BATCH_SIZE = 50;
/** A claimed payment is left to its reconciler this long before another instance may retry it. */
const LEASE_MS = 5 * 60_000;

export interface ReconcileResult {
  settled: number;
  ordersRepaired: number;
  refundsSettled: number;
  errors: number;
}

/**
 * Settles what was left in between: payments still `processing` (an unknown outcome, a crash)
 * after PAYMENT_UNKNOWN_OUTCOME_RECHECK_SECONDS, or requiring action after
 * PAYMENT_RECONCILE_AFTER_MINUTES (asks the provider; cancels what was never confirmed, and what
 * is abandoned), succeeded payments whose order is not paid, and refunds left pending. Safe with
 * several instances: rows are claimed with FOR UPDATE SKIP LOCKED.
 */
@Injectable()
export class PaymentReconciler implements OnModuleInit {
  private readonly logger = new Logger(PaymentReconciler.name);

  constructor(
    private readonly runner: JobRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tx: TransactionHost,
    private readonly payments: PaymentsRepository,
    private readonly refundsRepository: RefundsRepository,
    private readonly paymentsService: PaymentsService,
    private readonly refunds: RefundsService,
  ) {}

  onModuleInit(): void {
    this.runner.register("payment-reconciler", () => this.runOnce());
  }

  /** One pass; `now` lets tests look past the timeout without waiting for it. */
  async runOnce(now = new Date()): Promise<ReconcileResult> {
    const result: ReconcileResult = { settled: 0, ordersRepaired: 0, refundsSettled: 0, errors: 0 };
    const cutoff = new Date(now.getTime() - this.config.paymentReconcileAfterMinutes * 60_000);
    // A payment left processing has a customer waiting on it: look again much sooner than at
    // one left for the customer to authenticate (never later than the abandonment cutoff).
    const recheckCutoff = new Date(
      Math.max(now.getTime() - this.config.paymentUnknownOutcomeRecheckSeconds * 1000, +cutoff),
    );

    const claimed = await this.tx.run(() =>
      this.payments.claimUnsettled(
        { processingBefore: recheckCutoff, requiresActionBefore: cutoff },
        now,
        new Date(now.getTime() + LEASE_MS),
        BATCH_SIZE,
      ),
    );
    for (const id of claimed) {
      try {
        if (await this.settlePayment(id, cutoff)) result.settled += 1;
      } catch (error) {
        result.errors += 1;
        this.logger.error({ err: error, paymentId: id }, "Could not reconcile payment");
      }
    }

    result.ordersRepaired = await this.tx.run(async () => {
      const stranded = await this.payments.lockSucceededWithUnpaidOrder(BATCH_SIZE);
      for (const payment of stranded) {
        this.logger.warn({ paymentId: payment.id }, "Repairing a paid order left unpaid");
        await this.paymentsService.markOrderPaid(payment);
      }
      return stranded.length;
    });

    for (const refund of await this.refundsRepository.findPendingBefore(cutoff, BATCH_SIZE)) {
      try {
        // Idempotent on our refund id: returns the provider's record, or makes it if it never got there.
        const settled = await this.refunds.sendPending(refund.id);
        if (settled && settled.status !== "pending") result.refundsSettled += 1;
      } catch (error) {
        result.errors += 1;
        this.logger.error({ err: error, refundId: refund.id }, "Could not reconcile refund");
      }
    }
    return result;
  }

  /** Settles one claimed payment; abandons it (cancels at the provider) past `abandonBefore`. */
  private async settlePayment(id: string, abandonBefore: Date): Promise<boolean> {
    const payment = await this.payments.findById(id);
    if (!payment || !UNSETTLED_PAYMENT_STATUSES.includes(payment.status)) return false;
    const settled = await this.paymentsService.settleWithProvider(
      payment,
      payment.updatedAt < abandonBefore,
    );
    return !UNSETTLED_PAYMENT_STATUSES.includes(settled.status);
  }
}
