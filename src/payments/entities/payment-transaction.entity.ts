import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from "typeorm";
import type { TransactionStatus, TransactionType } from "../payment-status";
import { Payment } from "./payment.entity";
import { Refund } from "./refund.entity";

/** The ledger: one row per money movement (a charge or a refund), for finance to reconcile. */
@Entity("payment_transactions")
@Check("ck_payment_transactions_type", "type IN ('charge', 'refund')")
@Check("ck_payment_transactions_status", "status IN ('pending', 'succeeded', 'failed')")
@Check("ck_payment_transactions_amount", "amount > 0")
@Check("ck_payment_transactions_refund_link", "(type = 'refund') = (refund_id IS NOT NULL)")
@Index("ix_payment_transactions_payment_id", ["paymentId", "createdAt"])
@Index("uq_payment_transactions_charge", ["paymentId"], {
  unique: true,
  where: "type = 'charge'",
})
@Index("uq_payment_transactions_refund", ["refundId"], { unique: true })
export class PaymentTransaction {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_payment_transactions" })
  id: string;

  @Column("uuid")
  paymentId: string;

  @ManyToOne(() => Payment, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "payment_id", foreignKeyConstraintName: "fk_payment_transactions_payment" })
  payment?: Payment;

  @Column("uuid", { nullable: true })
  refundId: string | null;

  @ManyToOne(() => Refund, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "refund_id", foreignKeyConstraintName: "fk_payment_transactions_refund" })
  refund?: Refund;

  @Column("varchar", { length: 10 })
  type: TransactionType;

  @Column("integer")
  amount: number;

  @Column("varchar", { length: 3 })
  currency: string;

  @Column("varchar", { length: 10 })
  status: TransactionStatus;

  @Column("varchar", { length: 32 })
  provider: string;

  @Column("varchar", { length: 100, nullable: true })
  providerReference: string | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;
}
