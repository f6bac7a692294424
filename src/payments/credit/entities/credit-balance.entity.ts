import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from "typeorm";
import { UserEntity } from "../../../users/entities/user.entity";

/**
 * A customer's store-credit balance in one currency: the sum of their ledger rows, kept beside
 * it so a conditional UPDATE (and the CHECK) can refuse to take it below zero.
 */
@Entity("credit_balances")
@Check("ck_credit_balances_balance", "balance >= 0")
@Check("ck_credit_balances_currency", "currency ~ '^[A-Z]{3}$'")
export class CreditBalanceEntity {
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_credit_balances" })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: "RESTRICT", nullable: false })
  @JoinColumn({ name: "user_id", foreignKeyConstraintName: "fk_credit_balances_user" })
  user?: UserEntity;

  @PrimaryColumn({ type: "char", length: 3, primaryKeyConstraintName: "pk_credit_balances" })
  currency!: string;

  @Column({ type: "integer", default: 0 })
  balance!: number;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt!: Date;
}
