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
import type { RefundStatus } from "../payment-status";
import { Payment } from "./payment.entity";

@Entity("refunds")
@Check("ck_refunds_status", "status IN ('pending', 'succeeded', 'failed')")
@Check("ck_refunds_amount", "amount > 0")
@Check("ck_refunds_credit_amount", "credit_amount BETWEEN 0 AND amount")
@Index("ix_refunds_payment_id", ["paymentId", "createdAt"])
@Index("uq_refunds_provider_reference", ["providerReference"], { unique: true })
@Index("ix_refunds_pending", ["updatedAt"], { where: "status = 'pending'" })
export class Refund {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_refunds" })
  id: string;

  @Column("uuid")
  paymentId: string;

  @ManyToOne(() => Payment, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "payment_id", foreignKeyConstraintName: "fk_refunds_payment" })
  payment?: Payment;

  @Column("integer")
  amount: number;

  @Column("varchar", { length: 3 })
  currency: string;

  /**
   * The part of `amount` given back as store credit (a payment made partly or wholly with
   * credit); the provider refunds the rest.
   */
  @Column("integer", { default: 0 })
  creditAmount: number;

  @Column("varchar", { length: 20 })
  status: RefundStatus;

  @Column("varchar", { length: 500, nullable: true })
  reason: string | null;

  @Column("varchar", { length: 100, nullable: true })
  providerReference: string | null;

  @Column("varchar", { length: 64, nullable: true })
  failureCode: string | null;

  /** The admin who asked for it; null when the system refunded (a cancelled paid order). */
  @Column("uuid", { nullable: true })
  requestedBy: string | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}
