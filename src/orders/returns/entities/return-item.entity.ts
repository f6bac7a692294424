import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from "typeorm";
import { OrderItemEntity } from "../../entities/order-item.entity";
import { ReturnEntity } from "./return.entity";

/** Some units of one order line, sent back. */
@Entity("return_items")
@Unique("uq_return_items_return_order_item", ["returnId", "orderItemId"])
@Check("ck_return_items_quantity", "quantity >= 1")
export class ReturnItemEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_return_items" })
  id!: string;

  @Column({ type: "uuid" })
  returnId!: string;

  @ManyToOne(() => ReturnEntity, { onDelete: "CASCADE", nullable: false })
  @JoinColumn({ name: "return_id", foreignKeyConstraintName: "fk_return_items_return" })
  return?: ReturnEntity;

  @Index("ix_return_items_order_item_id")
  @Column({ type: "uuid" })
  orderItemId!: string;

  @ManyToOne(() => OrderItemEntity, { onDelete: "RESTRICT", nullable: false })
  @JoinColumn({ name: "order_item_id", foreignKeyConstraintName: "fk_return_items_order_item" })
  orderItem?: OrderItemEntity;

  @Column({ type: "integer" })
  quantity!: number;

  /** The customer's words: free text, may hold personal data. */
  @Column({ type: "varchar", length: 500 })
  reason!: string;

  /** Whether the units went back into stock when the return was received. */
  @Column({ type: "boolean", default: false })
  restocked!: boolean;
}
