import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from "typeorm";
import { ProductVariant } from "../../products/entities/product-variant.entity";
import { OrderEntity } from "./order.entity";

/** A line of an order: a snapshot of what was bought, at the price it was bought for. */
@Entity("order_items")
@Check("ck_order_items_quantity", "quantity >= 1")
@Check("ck_order_items_returned_quantity", "returned_quantity BETWEEN 0 AND quantity")
@Check(
  "ck_order_items_amounts",
  "unit_price >= 0 AND line_total = unit_price * quantity AND discount BETWEEN 0 AND line_total",
)
export class OrderItemEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_order_items" })
  id!: string;

  @Index("ix_order_items_order_id")
  @Column({ type: "uuid" })
  orderId!: string;

  @ManyToOne(() => OrderEntity, { onDelete: "CASCADE", nullable: false })
  @JoinColumn({ name: "order_id", foreignKeyConstraintName: "fk_order_items_order" })
  order?: OrderEntity;

  @Index("ix_order_items_variant_id")
  @Column({ type: "uuid" })
  variantId!: string;

  // Products on past orders are archived, never deleted.
  @ManyToOne(() => ProductVariant, { onDelete: "RESTRICT", nullable: false })
  @JoinColumn({ name: "variant_id", foreignKeyConstraintName: "fk_order_items_variant" })
  variant?: ProductVariant;

  @Column({ type: "uuid" })
  productId!: string;

  @Column({ type: "varchar", length: 300 })
  productName!: string;

  @Column({ type: "varchar", length: 300 })
  variantName!: string;

  @Column({ type: "varchar", length: 100 })
  sku!: string;

  @Column({ type: "integer" })
  unitPrice!: number;

  @Column({ type: "integer" })
  quantity!: number;

  @Column({ type: "integer" })
  lineTotal!: number;

  /** This line's share of the promotions' discounts (see promotion-rules.ts). */
  @Column({ type: "integer", default: 0 })
  discount!: number;

  /** This line's tax (common/money/tax.ts); null on orders placed before per-line tax. */
  @Column({ type: "integer", nullable: true })
  tax!: number | null;

  @Column({ type: "varchar", length: 40, nullable: true })
  taxCategory!: string | null;

  @Column({ type: "integer", nullable: true })
  taxRateBps!: number | null;

  /** Units claimed by returns that were not rejected; the CHECK keeps it within `quantity`. */
  @Column({ type: "integer", default: 0 })
  returnedQuantity!: number;
}
