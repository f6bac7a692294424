import { Injectable, Logger, OnModuleInit } from "@nestjs/common";
import { JobRunner } from "../common/jobs/job-runner";
import { TransactionHost } from "../database/transaction-host";
import { Metrics } from "../observability/metrics";
import { NotificationTransport } from "./notification-transport";
import { OutboxRepository } from "./outbox.repository";
import { OutboxMessage, OutboxService, toOutboxMessage } from "./outbox.service";

export const OUTBOX_BATCH_SIZE = 50;
export const OUTBOX_MAX_ATTEMPTS = 8;
const MAX_BATCHES_PER_TICK = 20;
/**
 * A claimed row is hidden this long; if its worker dies (SIGKILL, a lost machine), another
 * picks it up afterwards. Short, so a crash delays a message by seconds; a live worker keeps
 * its claims by renewing them every OUTBOX_HEARTBEAT_MS, however long a delivery takes.
 */
export const OUTBOX_CLAIM_LEASE_MS = 15_000;
export const OUTBOX_HEARTBEAT_MS = 5_000;
const BASE_RETRY_MS = 10_000;
const MAX_RETRY_MS = 60 * 60_000;

/** Exponential backoff: 10 s, 20 s, 40 s ... capped at an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(BASE_RETRY_MS * 2 ** Math.max(0, attempts - 1), MAX_RETRY_MS);
}

export interface OutboxRunResult {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
}

/**
 * Delivers outbox messages. Safe with several instances: rows are claimed with
 * FOR UPDATE SKIP LOCKED, so two workers never take the same message at the same time.
 */
@Injectable()
export class OutboxWorker implements OnModuleInit {
  private readonly logger = new Logger(OutboxWorker.name);

  constructor(
    private readonly runner: JobRunner,
    private readonly tx: TransactionHost,
    private readonly outbox: OutboxRepository,
    private readonly service: OutboxService,
    private readonly transport: NotificationTransport,
    private readonly metrics: Metrics,
  ) {}

  onModuleInit(): void {
    this.runner.register("outbox", () => this.drain());
    this.metrics.onScrape(async () => {
      const backlog = await this.outbox.backlog();
      this.metrics.outboxBacklog.set(backlog.count);
      this.metrics.outboxOldestAge.set(backlog.oldestAgeSeconds);
    });
  }

  /** Runs batches while they come back full (a backlog), up to a bound per tick. */
  private async drain(): Promise<void> {
    for (let batch = 0; batch < MAX_BATCHES_PER_TICK; batch++) {
      const result = await this.runOnce();
      if (result.claimed < OUTBOX_BATCH_SIZE) return;
    }
  }

  /** Claims one batch of due messages and delivers each. Public so tests can drive it. */
  async runOnce(): Promise<OutboxRunResult> {
    const rows = await this.tx.run(() =>
      this.outbox.claimDue(OUTBOX_BATCH_SIZE, OUTBOX_CLAIM_LEASE_MS),
    );
    const result: OutboxRunResult = { claimed: rows.length, sent: 0, retried: 0, failed: 0 };
    const held = new Set(rows.map((row) => row.id));
    const heartbeat = setInterval(() => {
      this.outbox
        .extendLease([...held], OUTBOX_CLAIM_LEASE_MS)
        .catch((error: unknown) =>
          this.logger.warn({ err: error }, "Outbox lease renewal failed; claims may lapse"),
        );
    }, OUTBOX_HEARTBEAT_MS);
    heartbeat.unref();
    try {
      for (const row of rows) await this.deliverClaimed(toOutboxMessage(row), held, result);
    } finally {
      clearInterval(heartbeat);
    }
    return result;
  }

  /** Delivers one claimed message and records the outcome; it leaves `held` once settled. */
  private async deliverClaimed(
    message: OutboxMessage,
    held: Set<string>,
    result: OutboxRunResult,
  ): Promise<void> {
    try {
      await this.deliver(message);
      held.delete(message.id);
      result.sent += 1;
    } catch (error) {
      // Before the mark, so a heartbeat cannot overwrite the retry time the mark sets.
      held.delete(message.id);
      const reason = error instanceof Error ? error.message : String(error);
      const giveUp = message.attempts >= OUTBOX_MAX_ATTEMPTS;
      const retryAt = giveUp ? null : new Date(Date.now() + retryDelayMs(message.attempts));
      await this.outbox.markFailedAttempt(message.id, reason.slice(0, 2000), retryAt);
      if (giveUp) result.failed += 1;
      else result.retried += 1;
      this.logger.warn(
        { messageId: message.id, topic: message.topic, attempts: message.attempts, err: reason },
        giveUp ? "Outbox message failed for good" : "Outbox delivery failed; will retry",
      );
    }
  }

  private async deliver(message: OutboxMessage): Promise<void> {
    const handler = this.service.handlerFor(message.topic);
    if (handler) {
      // The handler's writes and the "sent" mark commit together: a handler runs to effect once.
      await this.tx.run(async () => {
        await handler(message);
        await this.outbox.markSent(message.id);
      });
      return;
    }
    if (!message.recipient) {
      throw new Error(`No handler for topic "${message.topic}" and no recipient to notify`);
    }
    await this.transport.send({
      to: message.recipient,
      subject: message.subject ?? message.topic,
      body: message.body ?? JSON.stringify(message.payload),
    });
    await this.outbox.markSent(message.id);
  }
}
