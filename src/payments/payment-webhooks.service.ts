import { Injectable, Logger } from "@nestjs/common";
import { NotFoundError } from "../common/errors/domain-error";
import { TransactionHost } from "../database/transaction-host";
import { PaymentsRepository } from "./payments.repository";
import { PaymentsService } from "./payments.service";
import { PaymentProvider } from "./providers/payment-provider";
import { RefundsService } from "./refunds.service";

export interface WebhookOutcome {
  duplicate: boolean;
}

/** Receives provider webhooks: verify first, then apply each event exactly once. */
@Injectable()
export class PaymentWebhooksService {
  private readonly logger = new Logger(PaymentWebhooksService.name);

  constructor(
    private readonly tx: TransactionHost,
    private readonly provider: PaymentProvider,
    private readonly payments: PaymentsRepository,
    private readonly paymentsService: PaymentsService,
    private readonly refunds: RefundsService,
  ) {}

  /**
   * The one entry point for webhooks (the HTTP route and the sandbox's in-process delivery).
   * The signature is checked over the raw bytes before anything is read; the event id is
   * recorded in the same transaction as its effect, so a duplicate does nothing.
   */
  async receive(
    providerName: string,
    rawBody: Buffer | undefined,
    headers: Record<string, unknown>,
  ): Promise<WebhookOutcome> {
    if (providerName !== this.provider.name) throw new NotFoundError("Payment provider");
    const event = this.provider.parseWebhook(rawBody ?? Buffer.alloc(0), headers);
    return this.tx.run(async () => {
      const first = await this.payments.recordEventOnce(this.provider.name, event.id, event.type);
      if (!first) return { duplicate: true };
      if (event.refund) await this.refunds.applyRefundReport(event.refund);
      else if (event.intent) await this.paymentsService.applyIntentReport(event.intent);
      else this.logger.debug({ event: event.id, type: event.type }, "Ignored webhook event");
      return { duplicate: false };
    });
  }
}
