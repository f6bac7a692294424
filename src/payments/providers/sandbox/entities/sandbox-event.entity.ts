import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from "typeorm";

/** Every event the sandbox emitted, as signed and sent (a real processor keeps these too). */
@Entity("sandbox_events")
@Index("ix_sandbox_events_intent_id", ["intentId", "createdAt"])
export class SandboxEvent {
  @PrimaryColumn("varchar", { length: 40, primaryKeyConstraintName: "pk_sandbox_events" })
  id: string;

  @Column("varchar", { length: 40 })
  intentId: string;

  @Column("varchar", { length: 64 })
  type: string;

  /** The exact JSON body delivered. */
  @Column("text")
  body: string;

  @Column("integer", { default: 0 })
  deliveries: number;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;
}
