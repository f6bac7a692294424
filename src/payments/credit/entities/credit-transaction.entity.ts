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
import { UserEntity } from "../../../users/entities/user.entity";

/**
 * issued: credit given (a return settled to credit, a refund of a credit payment, an admin);
 * spent: used to pay; released: a spend given back because its payment did not complete;
 * expired: taken away by expiry; adjusted: an admin's correction of either sign.
 */
export const CREDIT_TRANSACTION_TYPES = [
  "issued",
  "spent",
  "released",
  "expired",
  "adjusted",
] as const;
export type CreditTransactionType = (typeof CREDIT_TRANSACTION_TYPES)[number];

/** One row per change of a customer's store credit: the rows sum to the balance. */
@Entity("credit_transactions")
@Check(
  "ck_credit_transactions_type",
  "type IN ('issued', 'spent', 'released', 'expired', 'adjusted')",
)
@Check(
  "ck_credit_transactions_amount",
  "amount <> 0 AND (type NOT IN ('issued', 'released') OR amount > 0) AND (type NOT IN ('spent', 'expired') OR amount < 0)",
)
@Index("ix_credit_transactions_user_created", ["userId", "createdAt", "id"])
export class CreditTransactionEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_credit_transactions" })
  id!: string;

  @Column({ type: "uuid" })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: "RESTRICT", nullable: false })
  @JoinColumn({ name: "user_id", foreignKeyConstraintName: "fk_credit_transactions_user" })
  user?: UserEntity;

  @Column({ type: "char", length: 3 })
  currency!: string;

  @Column({ type: "varchar", length: 20 })
  type!: CreditTransactionType;

  /** Signed, in minor units: positive adds to the balance. */
  @Column({ type: "integer" })
  amount!: number;

  /** What caused it: `payment:<id>`, `return:<id>`, `refund:<id>`, `admin:<id>`, `erasure:<user id>`. */
  @Column({ type: "varchar", length: 100 })
  reference!: string;

  /** An admin's free-text reason (issue, adjust); null for movements the system made. */
  @Column({ type: "varchar", length: 500, nullable: true })
  reason!: string | null;

  /** The admin who issued or adjusted it; null when the system did. */
  @Column({ type: "uuid", nullable: true })
  actorId!: string | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}
