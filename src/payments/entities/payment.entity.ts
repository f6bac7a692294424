import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from "typeorm";
import { OrderEntity } from "../../orders/entities/order.entity";
import type { PaymentStatus } from "../payment-status";

@Entity("payments")
@Check(
  "ck_payments_status",
  "status IN ('requires_action', 'processing', 'succeeded', 'failed', 'cancelled')",
)
@Check("ck_payments_amount", "amount > 0")
@Check("ck_payments_refunded_amount", "refunded_amount >= 0 AND refunded_amount <= amount")
@Check("ck_payments_currency", "currency ~ '^[A-Z]{3}$'")
@Check("ck_payments_credit_amount", "credit_amount BETWEEN 0 AND amount")
@Index("ix_payments_order_id", ["orderId", "createdAt"])
@Index("uq_payments_one_active_per_order", ["orderId"], {
  unique: true,
  where: "status IN ('requires_action', 'processing', 'succeeded')",
})
@Index("uq_payments_provider_reference", ["provider", "providerReference"], { unique: true })
@Index("ix_payments_unsettled", ["status", "updatedAt"], {
  where: "status IN ('requires_action', 'processing')",
})
export class Payment {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_payments" })
  id: string;

  @Column("uuid")
  orderId: string;

  @ManyToOne(() => OrderEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "order_id", foreignKeyConstraintName: "fk_payments_order" })
  order?: OrderEntity;

  /** The order's owner, copied so ownership checks need no join. */
  @Column("uuid")
  userId: string;

  @Column("integer")
  amount: number;

  @Column("varchar", { length: 3 })
  currency: string;

  @Column("varchar", { length: 20 })
  status: PaymentStatus;

  @Column("varchar", { length: 32 })
  provider: string;

  @Column("varchar", { length: 100, nullable: true })
  providerReference: string | null;

  /** Brand and last four digits ("visa •••• 4242"); never a card number or a token. */
  @Column("varchar", { length: 64, nullable: true })
  paymentMethodDescription: string | null;

  @Column("varchar", { length: 64, nullable: true })
  failureCode: string | null;

  @Column("varchar", { length: 500, nullable: true })
  nextActionUrl: string | null;

  /**
   * The part of `amount` paid with the customer's store credit (spent when the payment was
   * created); the provider charges the rest. Equal to `amount` for provider `store_credit`.
   */
  @Column("integer", { default: 0 })
  creditAmount: number;

  /** Sum of refunds pending or made; the CHECK keeps it within the captured amount. */
  @Column("integer", { default: 0 })
  refundedAmount: number;

  /** Set while a reconciler instance works on the payment, so others skip it. */
  @Column("timestamptz", { nullable: true })
  reconcileLeaseUntil: Date | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}
