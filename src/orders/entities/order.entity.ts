import { ApiHideProperty } from "@nestjs/swagger";
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from "typeorm";
import { UserEntity } from "../../users/entities/user.entity";
import type { TaxLine } from "../../common/money/tax";
import type { OrderStatus } from "../order-status";

/** A promotion as the order used it (the order's snapshot; see promotion_redemptions). */
export interface OrderPromotionSnapshot {
  promotionId: string;
  code: string | null;
  name: string;
  discount: number;
  shippingDiscount: number;
}

/** The shipping address as it was when the order was placed. */
export interface ShippingAddressSnapshot {
  fullName: string;
  line1: string;
  line2: string | null;
  city: string;
  postalCode: string;
  country: string;
  phone: string | null;
}

@Entity("orders")
@Unique("uq_orders_number", ["number"])
@Check(
  "ck_orders_status",
  "status IN ('pending_payment', 'paid', 'shipped', 'delivered', 'cancelled', 'refunded', 'partially_refunded')",
)
@Check(
  "ck_orders_amounts",
  "subtotal >= 0 AND discount BETWEEN 0 AND subtotal AND shipping >= 0 AND tax >= 0 AND total = subtotal - discount + shipping + CASE WHEN tax_inclusive THEN 0 ELSE tax END",
)
@Check("ck_orders_currency", "currency ~ '^[A-Z]{3}$'")
@Index("ix_orders_user_created", ["userId", "createdAt", "id"])
@Index("ix_orders_status_created", ["status", "createdAt"])
@Index("ix_orders_created", ["createdAt", "id"])
// Checkout counts a customer's unpaid orders (the hoarding bounds) on every order.
@Index("ix_orders_user_unpaid", ["userId"], { where: "status = 'pending_payment'" })
export class OrderEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_orders" })
  id!: string;

  @Column({ type: "varchar", length: 20 })
  number!: string;

  @Column({ type: "uuid" })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: "RESTRICT", nullable: false })
  @JoinColumn({ name: "user_id", foreignKeyConstraintName: "fk_orders_user" })
  user?: UserEntity;

  @Column({ type: "varchar", length: 32 })
  status!: OrderStatus;

  @Column({ type: "char", length: 3 })
  currency!: string;

  @Column({ type: "integer" })
  subtotal!: number;

  /** Taken off the items by promotions: the sum of the lines' discounts. */
  @Column({ type: "integer", default: 0 })
  discount!: number;

  /** What is charged for shipping, after any free-shipping promotion. */
  @Column({ type: "integer" })
  shipping!: number;

  @Column({ type: "integer" })
  tax!: number;

  @Column({ type: "integer" })
  total!: number;

  /** Basis points applied to subtotal + shipping, kept so the tax can be explained later. */
  @Column({ type: "integer" })
  taxRateBps!: number;

  // Not part of any API schema (the DTOs describe it); keeps the swagger plugin off the interface.
  @ApiHideProperty()
  @Column({ type: "jsonb" })
  shippingAddress!: ShippingAddressSnapshot;

  @ApiHideProperty()
  @Column({ type: "jsonb" })
  promotions!: OrderPromotionSnapshot[];

  @Column({ type: "varchar", length: 40, nullable: true })
  shippingMethodCode!: string | null;

  @Column({ type: "varchar", length: 100, nullable: true })
  shippingMethodName!: string | null;

  @Column({ type: "varchar", length: 100, nullable: true })
  carrier!: string | null;

  @Column({ type: "varchar", length: 100, nullable: true })
  trackingNumber!: string | null;

  /** The region the order was bought in (a snapshot: no foreign key); null before regions. */
  @Column({ type: "varchar", length: 40, nullable: true })
  regionCode!: string | null;

  /** Prices include tax (tax extracted) rather than tax added on top. */
  @Column({ type: "boolean", default: false })
  taxInclusive!: boolean;

  /** The tax on shipping; null on orders placed before per-line tax. */
  @Column({ type: "integer", nullable: true })
  shippingTax!: number | null;

  /** The tax per rate and category (sums to `tax`); empty on orders placed before regions. */
  @Column({ type: "jsonb", default: () => "'[]'" })
  taxLines!: TaxLine[];

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt!: Date;
}
