import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";

/** Each provider event id, once: its primary key is what makes webhook processing exactly-once. */
@Entity("payment_webhook_events")
export class ProcessedWebhookEvent {
  @PrimaryColumn("varchar", { length: 32, primaryKeyConstraintName: "pk_payment_webhook_events" })
  provider: string;

  @PrimaryColumn("varchar", { length: 100, primaryKeyConstraintName: "pk_payment_webhook_events" })
  eventId: string;

  @Column("varchar", { length: 64 })
  type: string;

  @CreateDateColumn({ type: "timestamptz" })
  processedAt: Date;
}
