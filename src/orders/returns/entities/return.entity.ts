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
import { Refund } from "../../../payments/entities/refund.entity";
import { UserEntity } from "../../../users/entities/user.entity";
import { OrderEntity } from "../../entities/order.entity";
import type { ReturnStatus } from "../return-status";

/** A customer's request to send back delivered lines of one order. */
@Entity("returns")
@Check(
  "ck_returns_status",
  "status IN ('requested', 'approved', 'rejected', 'received', 'refunded', 'credited')",
)
@Check("ck_returns_settled_amount", "settled_amount IS NULL OR settled_amount >= 0")
@Index("ix_returns_order_created", ["orderId", "createdAt", "id"])
@Index("ix_returns_user_id", ["userId"])
@Index("ix_returns_status_created", ["status", "createdAt", "id"])
export class ReturnEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_returns" })
  id!: string;

  @Column({ type: "uuid" })
  orderId!: string;

  @ManyToOne(() => OrderEntity, { onDelete: "RESTRICT", nullable: false })
  @JoinColumn({ name: "order_id", foreignKeyConstraintName: "fk_returns_order" })
  order?: OrderEntity;

  /** The order's owner, copied so ownership checks need no join. */
  @Column({ type: "uuid" })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: "RESTRICT", nullable: false })
  @JoinColumn({ name: "user_id", foreignKeyConstraintName: "fk_returns_user" })
  user?: UserEntity;

  @Column({ type: "varchar", length: 20 })
  status!: ReturnStatus;

  @Column({ type: "char", length: 3 })
  currency!: string;

  /** What went back (refunded or credited); null until settled. */
  @Column({ type: "integer", nullable: true })
  settledAmount!: number | null;

  /** The refund to the original payment, when settled that way. */
  @Column({ type: "uuid", nullable: true })
  refundId!: string | null;

  @ManyToOne(() => Refund, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "refund_id", foreignKeyConstraintName: "fk_returns_refund" })
  refund?: Refund;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt!: Date;
}
