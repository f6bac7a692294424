import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  UpdateDateColumn,
} from "typeorm";
import type { ProviderIntentStatus } from "../../payment-provider";

/** The sandbox processor's own record of an intent; it never holds a card number or token. */
@Entity("sandbox_intents")
@Check(
  "ck_sandbox_intents_status",
  "status IN ('requires_confirmation', 'requires_action', 'processing', 'succeeded', 'failed', 'cancelled')",
)
@Check("ck_sandbox_intents_amount", "amount > 0")
@Check("ck_sandbox_intents_refunded", "refunded_amount >= 0 AND refunded_amount <= captured_amount")
@Index("uq_sandbox_intents_merchant_reference", ["merchantReference"], { unique: true })
@Index("uq_sandbox_intents_authentication_token", ["authenticationToken"], { unique: true })
export class SandboxIntent {
  @PrimaryColumn("varchar", { length: 40, primaryKeyConstraintName: "pk_sandbox_intents" })
  id: string;

  @Column("varchar", { length: 100 })
  merchantReference: string;

  @Column("integer")
  amount: number;

  @Column("varchar", { length: 3 })
  currency: string;

  @Column("varchar", { length: 24 })
  status: ProviderIntentStatus;

  @Column("varchar", { length: 16, nullable: true })
  cardBrand: string | null;

  @Column("varchar", { length: 4, nullable: true })
  cardLast4: string | null;

  @Column("varchar", { length: 64, nullable: true })
  failureCode: string | null;

  /**
   * The single-use capability in the 3-D Secure URL while the intent waits for the customer:
   * whoever holds the URL may answer the challenge, and no one else (a payment id is no secret).
   */
  @Column("varchar", { length: 64, nullable: true })
  authenticationToken: string | null;

  @Column("integer", { default: 0 })
  capturedAmount: number;

  @Column("integer", { default: 0 })
  refundedAmount: number;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}
