import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from "typeorm";
import type { OrderStatus } from "../order-status";
import { OrderEntity } from "./order.entity";

/** One row per status change; `fromStatus` is null for the placement itself. */
@Entity("order_status_history")
@Index("ix_order_status_history_order", ["orderId", "createdAt"])
export class OrderStatusHistoryEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_order_status_history" })
  id!: string;

  @Column({ type: "uuid" })
  orderId!: string;

  @ManyToOne(() => OrderEntity, { onDelete: "CASCADE", nullable: false })
  @JoinColumn({ name: "order_id", foreignKeyConstraintName: "fk_order_status_history_order" })
  order?: OrderEntity;

  @Column({ type: "varchar", length: 32, nullable: true })
  fromStatus!: OrderStatus | null;

  @Column({ type: "varchar", length: 32 })
  toStatus!: OrderStatus;

  /** Null when the system acted (the payment-timeout job, a webhook). */
  @Column({ type: "uuid", nullable: true })
  actorId!: string | null;

  @Column({ type: "varchar", length: 500, nullable: true })
  note!: string | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}
