import { Injectable } from "@nestjs/common";
import { TransactionHost } from "../database/transaction-host";
import { OutboxMessageEntity } from "./entities/outbox-message.entity";

export interface NewOutboxMessage {
  topic: string;
  recipient: string | null;
  subject: string | null;
  body: string | null;
  payload: Record<string, unknown>;
}

@Injectable()
export class OutboxRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get repo() {
    return this.tx.manager.getRepository(OutboxMessageEntity);
  }

  async insert(message: NewOutboxMessage): Promise<OutboxMessageEntity> {
    return this.repo.save(this.repo.create({ ...message, status: "pending", attempts: 0 }));
  }

  /**
   * Claims up to `limit` due messages: locks them with SKIP LOCKED (so concurrent workers take
   * different rows), counts the attempt and pushes `availableAt` out by `leaseMs`, so a worker
   * that dies mid-delivery only delays the message. Run inside a transaction.
   */
  async claimDue(limit: number, leaseMs: number): Promise<OutboxMessageEntity[]> {
    const due = await this.repo
      .createQueryBuilder("m")
      .select("m.id", "id")
      .where("m.status = 'pending'")
      .andWhere("m.available_at <= now()")
      .orderBy("m.available_at", "ASC")
      .limit(limit)
      .setLock("pessimistic_write")
      .setOnLocked("skip_locked")
      .getRawMany<{ id: string }>();
    if (due.length === 0) return [];
    const ids = due.map((row) => row.id);
    await this.repo
      .createQueryBuilder()
      .update()
      .set({
        attempts: () => "attempts + 1",
        availableAt: () => `now() + make_interval(secs => ${Math.ceil(leaseMs / 1000)})`,
      })
      .whereInIds(ids)
      .execute();
    return this.repo.createQueryBuilder("m").whereInIds(ids).getMany();
  }

  /**
   * The heartbeat of a live worker: pushes the lease of the messages it still holds out again.
   * Only pending rows: one already marked sent or failed keeps what its worker wrote.
   */
  async extendLease(ids: string[], leaseMs: number): Promise<void> {
    if (ids.length === 0) return;
    await this.repo
      .createQueryBuilder()
      .update()
      .set({ availableAt: () => `now() + make_interval(secs => ${Math.ceil(leaseMs / 1000)})` })
      .whereInIds(ids)
      .andWhere("status = 'pending'")
      .execute();
  }

  async markSent(id: string): Promise<void> {
    await this.repo.update({ id }, { status: "sent", sentAt: new Date(), lastError: null });
  }

  async markFailedAttempt(id: string, error: string, retryAt: Date | null): Promise<void> {
    await this.repo.update(
      { id },
      retryAt ? { lastError: error, availableAt: retryAt } : { lastError: error, status: "failed" },
    );
  }

  /** Messages to this address, oldest first (the personal-data export). */
  findToRecipient(recipient: string): Promise<OutboxMessageEntity[]> {
    return this.repo.find({ where: { recipient }, order: { createdAt: "ASC", id: "ASC" } });
  }

  /**
   * Erasure. Mail to the address is never sent (pending rows fail) and keeps only its topic and
   * dates; other messages (alerts to admins, queued requests) lose every mention of the person
   * in their subject, body and payload. Messages that name no one (refunds to make) are untouched.
   */
  async eraseMentions(recipient: string, mentions: string, replacement: string): Promise<void> {
    await this.tx.manager.query(
      `UPDATE outbox_messages
          SET recipient = NULL, subject = NULL, body = NULL, payload = '{}'::jsonb,
              status = CASE WHEN status = 'pending' THEN 'failed' ELSE status END,
              last_error = CASE WHEN status = 'pending' THEN 'recipient erased' ELSE last_error END
        WHERE recipient = $1`,
      [recipient],
    );
    await this.tx.manager.query(
      `UPDATE outbox_messages
          SET subject = regexp_replace(subject, $1, $2, 'gi'),
              body = regexp_replace(body, $1, $2, 'gi'),
              payload = regexp_replace(payload::text, $1, $2, 'gi')::jsonb
        WHERE subject ~* $1 OR body ~* $1 OR payload::text ~* $1`,
      [mentions, replacement],
    );
  }

  /** Messages not yet delivered and the age of the oldest (the due index covers `pending`). */
  async backlog(): Promise<{ count: number; oldestAgeSeconds: number }> {
    const [row] = await this.tx.manager.query<{ count: string; age: string | null }[]>(
      `SELECT count(*) AS count, extract(epoch FROM now() - min(created_at)) AS age
         FROM outbox_messages WHERE status = 'pending'`,
    );
    return { count: Number(row.count), oldestAgeSeconds: Number(row.age ?? 0) };
  }
}
