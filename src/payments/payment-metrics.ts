import { Injectable, OnModuleInit } from "@nestjs/common";
import { Metrics } from "../observability/metrics";
import { PAYMENT_STATUSES, REFUND_STATUSES } from "./payment-status";
import { PaymentsRepository } from "./payments.repository";
import { RefundsRepository } from "./refunds.repository";

/**
 * Payments and refunds by outcome, counted in the database on each scrape: the figure is the
 * same whichever instance is asked, and no instance's restart resets it.
 */
@Injectable()
export class PaymentMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: Metrics,
    private readonly payments: PaymentsRepository,
    private readonly refunds: RefundsRepository,
  ) {}

  onModuleInit(): void {
    this.metrics.onScrape(async () => {
      const [payments, refunds] = await Promise.all([
        this.payments.countByStatus(),
        this.refunds.countByStatus(),
      ]);
      setAll(this.metrics.payments, PAYMENT_STATUSES, payments);
      setAll(this.metrics.refunds, REFUND_STATUSES, refunds);
    });
  }
}

/** Every known status gets a value (0 when absent), so a series never just disappears. */
function setAll(
  gauge: Metrics["payments"],
  statuses: readonly string[],
  rows: { status: string; count: number }[],
): void {
  for (const status of statuses) {
    gauge.set({ status }, rows.find((row) => row.status === status)?.count ?? 0);
  }
}
