import { Inject, Injectable, Logger, OnModuleInit } from "@nestjs/common";
import type { AppConfig } from "../../config/app-config";
import { APP_CONFIG } from "../../config/config.module";
import { JobRunner } from "../../common/jobs/job-runner";
import { TransactionHost } from "../../database/transaction-host";
import { OrdersRepository } from "../orders.repository";
import { OrdersService } from "../orders.service";

const BATCH_SIZE = 50;
export const PAYMENT_TIMEOUT_NOTE = "payment_timeout";

/**
 * Cancels orders left unpaid longer than ORDER_PAYMENT_TIMEOUT_MINUTES and releases their
 * stock. Safe with several instances: each batch locks its rows FOR UPDATE SKIP LOCKED, so
 * two runners never take the same order, and the status check runs under the lock.
 */
@Injectable()
export class PaymentTimeoutJob implements OnModuleInit {
  private readonly logger = new Logger(PaymentTimeoutJob.name);

  constructor(
    private readonly runner: JobRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tx: TransactionHost,
    private readonly orders: OrdersRepository,
    private readonly lifecycle: OrdersService,
  ) {}

  onModuleInit(): void {
    this.runner.register("payment-timeout", () => this.runOnce());
  }

  /** Cancels every overdue order, batch by batch; returns how many were cancelled. */
  async runOnce(now: Date = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.config.orderPaymentTimeoutMinutes * 60_000);
    let total = 0;
    for (;;) {
      const cancelled = await this.tx.run(async () => {
        const overdue = await this.orders.lockOverduePending(cutoff, BATCH_SIZE);
        for (const order of overdue) {
          await this.lifecycle.applyTransition(order, "cancelled", {
            actorId: null,
            note: PAYMENT_TIMEOUT_NOTE,
          });
        }
        return overdue.length;
      });
      total += cancelled;
      if (cancelled < BATCH_SIZE) break;
    }
    if (total > 0) this.logger.log({ cancelled: total }, "Cancelled unpaid orders");
    return total;
  }
}
