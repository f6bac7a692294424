import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

export type OutboxStatus = "pending" | "sent" | "failed";

/** An outgoing message, written in the transaction of the change that causes it. */
@Entity("outbox_messages")
@Check("ck_outbox_messages_status", "status IN ('pending', 'sent', 'failed')")
@Check("ck_outbox_messages_attempts", "attempts >= 0")
// Partial index (due pending rows only); the entity cannot express its WHERE.
@Index("ix_outbox_messages_due", { synchronize: false })
@Index("ix_outbox_messages_topic", ["topic", "createdAt"])
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_outbox_messages" })
  id!: string;

  @Column({ type: "varchar", length: 100 })
  topic!: string;

  @Column({ type: "varchar", length: 254, nullable: true })
  recipient!: string | null;

  @Column({ type: "varchar", length: 300, nullable: true })
  subject!: string | null;

  @Column({ type: "text", nullable: true })
  body!: string | null;

  @Column({ type: "jsonb" })
  payload!: Record<string, unknown>;

  @Column({ type: "varchar", length: 10, default: "pending" })
  status!: OutboxStatus;

  @Column({ type: "integer", default: 0 })
  attempts!: number;

  /** When the worker may next pick it up (retry backoff, or the lease of a claimed row). */
  @Column({ type: "timestamptz", default: () => "now()" })
  availableAt!: Date;

  @Column({ type: "text", nullable: true })
  lastError!: string | null;

  @Column({ type: "timestamptz", default: () => "now()" })
  createdAt!: Date;

  @Column({ type: "timestamptz", nullable: true })
  sentAt!: Date | null;
}
