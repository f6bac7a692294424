import { Injectable, Logger } from "@nestjs/common";
import { decodeCursor, encodeCursor } from "../../common/pagination/cursor";
import { Page, toPage } from "../../common/pagination/page";
import { TransactionHost } from "../../database/transaction-host";
import { Metrics } from "../../observability/metrics";
import { SecurityEventEntity, SecurityEventType } from "../entities/security-event.entity";
import { SecurityEventsRepository } from "./security-events.repository";

export interface SecurityEventInput {
  type: SecurityEventType;
  userId?: string | null;
  ip?: string | null;
  details?: Record<string, unknown>;
}

export interface SecurityEventView {
  id: string;
  type: SecurityEventType;
  userId: string | null;
  ip: string | null;
  details: Record<string, unknown>;
  createdAt: string;
}

const CURSOR_SCOPE = "security-events";

/** The audit trail: one row and one structured log line per security-relevant event. */
@Injectable()
export class SecurityEventsService {
  private readonly logger = new Logger("SecurityEvent");

  constructor(
    private readonly tx: TransactionHost,
    private readonly events: SecurityEventsRepository,
    private readonly metrics: Metrics,
  ) {}

  /** Records the event in the ambient transaction (it is rolled back with the change). */
  async record(event: SecurityEventInput): Promise<void> {
    const row = await this.tx.run(() =>
      this.events.insert({
        type: event.type,
        userId: event.userId ?? null,
        ip: event.ip ?? null,
        details: event.details ?? {},
        // Millisecond precision from the application keeps the keyset cursor exact.
        createdAt: new Date(),
      }),
    );
    this.metrics.securityEvents.inc({ type: event.type });
    if (event.type === "login_failed") this.metrics.loginFailures.inc();
    if (event.type === "login_locked") this.metrics.loginLocks.inc();
    this.logger.log(
      {
        securityEvent: event.type,
        eventId: row.id,
        userId: row.userId,
        ip: row.ip,
        ...row.details,
      },
      `security event: ${event.type}`,
    );
  }

  async findAllOfUser(userId: string): Promise<SecurityEventView[]> {
    return (await this.events.findAllOfUser(userId)).map(toView);
  }

  /** Erasure: keeps the user's events but drops the client IPs recorded with them. */
  async forgetIpsOfUser(userId: string): Promise<void> {
    await this.tx.run(() => this.events.forgetIpsOfUser(userId));
  }

  async list(query: {
    type?: SecurityEventType;
    userId?: string;
    limit: number;
    cursor?: string;
  }): Promise<Page<SecurityEventView>> {
    let before: { createdAt: Date; id: string } | undefined;
    if (query.cursor) {
      const [createdAt, id] = decodeCursor(CURSOR_SCOPE, query.cursor, ["timestamp", "uuid"]);
      before = { createdAt: new Date(createdAt), id };
    }
    const rows = await this.events.findPage({
      type: query.type,
      userId: query.userId,
      before,
      limit: query.limit,
    });
    return toPage(rows, query.limit, toView, (row) =>
      encodeCursor(CURSOR_SCOPE, [row.createdAt.toISOString(), row.id]),
    );
  }
}

function toView(row: SecurityEventEntity): SecurityEventView {
  return {
    id: row.id,
    type: row.type,
    userId: row.userId,
    ip: row.ip,
    details: row.details,
    createdAt: row.createdAt.toISOString(),
  };
}
