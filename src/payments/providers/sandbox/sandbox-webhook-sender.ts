import { Inject, Injectable, Logger, OnModuleDestroy } from "@nestjs/common";
import { ModuleRef } from "@nestjs/core";
import type { AppConfig } from "../../../config/app-config";
import { APP_CONFIG } from "../../../config/config.module";
import { TransactionHost } from "../../../database/transaction-host";
import { PaymentWebhooksService } from "../../payment-webhooks.service";
import { SIGNATURE_HEADER, signWebhook } from "../webhook-signature";
import { SandboxRepository } from "./sandbox.repository";

const MAX_ATTEMPTS = 5;

/**
 * Delivers the sandbox's events to our own webhook handler, as a processor would: signed with
 * the first webhook secret, after SANDBOX_WEBHOOK_DELAY_MS, retried when refused, and some
 * events twice on purpose. Delivery is in-process but goes through the same verification
 * code path as POST /payments/webhooks/sandbox.
 */
@Injectable()
export class SandboxWebhookSender implements OnModuleDestroy {
  private readonly logger = new Logger(SandboxWebhookSender.name);
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly inFlight = new Set<Promise<void>>();
  private closed = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tx: TransactionHost,
    private readonly repository: SandboxRepository,
    private readonly moduleRef: ModuleRef,
  ) {}

  /** Schedules delivery once the sandbox's own transaction has committed. */
  schedule(eventId: string, copies: 1 | 2): void {
    this.tx.afterCommit(() => {
      for (let copy = 1; copy <= copies; copy++) {
        this.later(eventId, 1, this.config.sandboxWebhookDelayMs * copy);
      }
    });
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await Promise.allSettled([...this.inFlight]);
  }

  private later(eventId: string, attempt: number, delayMs: number): void {
    if (this.closed) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      const delivery = this.deliver(eventId, attempt).finally(() => this.inFlight.delete(delivery));
      this.inFlight.add(delivery);
    }, delayMs);
    timer.unref();
    this.timers.add(timer);
  }

  private async deliver(eventId: string, attempt: number): Promise<void> {
    try {
      const event = await this.repository.findEvent(eventId);
      if (!event) return;
      await this.repository.countDelivery(eventId);
      const body = Buffer.from(event.body, "utf8");
      const signature = signWebhook(body, this.config.paymentWebhookSecrets.slice(0, 1));
      const receiver = this.moduleRef.get(PaymentWebhooksService, { strict: false });
      await receiver.receive("sandbox", body, { [SIGNATURE_HEADER]: signature });
    } catch (error) {
      if (this.closed) return;
      if (attempt >= MAX_ATTEMPTS) {
        this.logger.error({ err: error, eventId }, "Sandbox webhook delivery failed for good");
        return;
      }
      this.logger.warn(
        { err: error, eventId, attempt },
        "Sandbox webhook delivery failed; retrying",
      );
      this.later(
        eventId,
        attempt + 1,
        Math.max(this.config.sandboxWebhookDelayMs, 50) * 2 ** attempt,
      );
    }
  }
}
