import { EventEmitter } from "node:events";
import { Injectable, Logger } from "@nestjs/common";
import { TransactionHost } from "../../database/transaction-host";

/** Every domain event names its type; payloads are plain data. */
export interface DomainEvent {
  type: string;
  [key: string]: unknown;
}

type Handler<E extends DomainEvent> = (event: E) => void | Promise<void>;

/**
 * In-process domain events, published only after the surrounding transaction commits, so a
 * handler never sees a change that was rolled back. Work that must survive a crash goes
 * through the outbox instead; these are for in-process reactions.
 */
@Injectable()
export class DomainEvents {
  private readonly emitter = new EventEmitter({ captureRejections: false });
  private readonly logger = new Logger(DomainEvents.name);

  constructor(private readonly transactions: TransactionHost) {
    this.emitter.setMaxListeners(100);
  }

  publish(event: DomainEvent): void {
    this.transactions.afterCommit(() => {
      for (const listener of this.emitter.listeners(event.type)) {
        Promise.resolve()
          .then(() => (listener as Handler<DomainEvent>)(event))
          .catch((error: unknown) =>
            this.logger.error({ err: error, event: event.type }, "Event handler failed"),
          );
      }
    });
  }

  subscribe<E extends DomainEvent>(type: E["type"], handler: Handler<E>): void {
    this.emitter.on(type, handler as Handler<DomainEvent>);
  }
}
