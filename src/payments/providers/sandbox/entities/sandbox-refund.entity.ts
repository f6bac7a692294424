import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from "typeorm";
import type { ProviderRefundStatus } from "../../payment-provider";
import { SandboxIntent } from "./sandbox-intent.entity";

@Entity("sandbox_refunds")
@Check("ck_sandbox_refunds_status", "status IN ('pending', 'succeeded', 'failed')")
@Check("ck_sandbox_refunds_amount", "amount > 0")
@Index("uq_sandbox_refunds_merchant_reference", ["merchantReference"], { unique: true })
@Index("ix_sandbox_refunds_intent_id", ["intentId"])
export class SandboxRefund {
  @PrimaryColumn("varchar", { length: 40, primaryKeyConstraintName: "pk_sandbox_refunds" })
  id: string;

  @Column("varchar", { length: 40 })
  intentId: string;

  @ManyToOne(() => SandboxIntent, { onDelete: "CASCADE" })
  @JoinColumn({ name: "intent_id", foreignKeyConstraintName: "fk_sandbox_refunds_intent" })
  intent?: SandboxIntent;

  @Column("varchar", { length: 100 })
  merchantReference: string;

  @Column("integer")
  amount: number;

  @Column("varchar", { length: 3 })
  currency: string;

  @Column("varchar", { length: 10 })
  status: ProviderRefundStatus;

  @Column("varchar", { length: 64, nullable: true })
  failureCode: string | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;
}
