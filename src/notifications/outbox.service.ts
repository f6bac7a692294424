import { Injectable } from "@nestjs/common";
import { TransactionHost } from "../database/transaction-host";
import { OutboxMessageEntity } from "./entities/outbox-message.entity";
import { OutboxRepository } from "./outbox.repository";

export interface EnqueueMessage {
  topic: string;
  recipient?: string | null;
  subject?: string | null;
  body?: string | null;
  payload?: Record<string, unknown>;
}

/** What a topic handler receives. */
export interface OutboxMessage {
  id: string;
  topic: string;
  recipient: string | null;
  subject: string | null;
  body: string | null;
  payload: Record<string, unknown>;
  attempts: number;
  createdAt: Date;
}

export type OutboxHandler = (message: OutboxMessage) => Promise<void>;

export function toOutboxMessage(row: OutboxMessageEntity): OutboxMessage {
  return {
    id: row.id,
    topic: row.topic,
    recipient: row.recipient,
    subject: row.subject,
    body: row.body,
    payload: row.payload,
    attempts: row.attempts,
    createdAt: row.createdAt,
  };
}

/**
 * The transactional outbox. `enqueue` writes in the caller's (ambient) transaction, so the
 * message exists exactly when the change that caused it committed. The worker delivers it:
 * to the handler registered for its topic, or else as a notification through the transport.
 */
@Injectable()
export class OutboxService {
  private readonly handlers = new Map<string, OutboxHandler>();

  constructor(
    private readonly tx: TransactionHost,
    private readonly outbox: OutboxRepository,
  ) {}

  async enqueue(message: EnqueueMessage): Promise<OutboxMessage> {
    const row = await this.tx.run(() =>
      this.outbox.insert({
        topic: message.topic,
        recipient: message.recipient ?? null,
        subject: message.subject ?? null,
        body: message.body ?? null,
        payload: message.payload ?? {},
      }),
    );
    return toOutboxMessage(row);
  }

  /** Makes the worker hand messages of `topic` to `handler` (one handler per topic). */
  registerHandler(topic: string, handler: OutboxHandler): void {
    if (this.handlers.has(topic)) {
      throw new Error(`An outbox handler for "${topic}" is already registered`);
    }
    this.handlers.set(topic, handler);
  }

  handlerFor(topic: string): OutboxHandler | undefined {
    return this.handlers.get(topic);
  }
}
