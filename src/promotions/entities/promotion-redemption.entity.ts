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
} from "typeorm";
import { OrderEntity } from "../../orders/entities/order.entity";
import { UserEntity } from "../../users/entities/user.entity";
import { PromotionEntity } from "./promotion.entity";

/**
 * A promotion used by an order, written at checkout in the order's transaction (the order keeps
 * its own snapshot of names and amounts). Released rows stay, as history.
 * `customerSlot` (1..usageLimitPerCustomer) makes the per-customer limit a unique constraint.
 */
@Entity("promotion_redemptions")
@Unique("uq_promotion_redemptions_order_promotion", ["orderId", "promotionId"])
@Index("uq_promotion_redemptions_customer_slot", ["promotionId", "userId", "customerSlot"], {
  unique: true,
  where: "customer_slot IS NOT NULL AND released_at IS NULL",
})
@Index("ix_promotion_redemptions_promotion_created", ["promotionId", "createdAt", "id"])
@Check("ck_promotion_redemptions_amounts", "discount >= 0 AND shipping_discount >= 0")
export class PromotionRedemptionEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_promotion_redemptions" })
  id!: string;

  @Column({ type: "uuid" })
  promotionId!: string;

  @ManyToOne(() => PromotionEntity, { onDelete: "RESTRICT", nullable: false })
  @JoinColumn({
    name: "promotion_id",
    foreignKeyConstraintName: "fk_promotion_redemptions_promotion",
  })
  promotion?: PromotionEntity;

  @Index("ix_promotion_redemptions_order_id")
  @Column({ type: "uuid" })
  orderId!: string;

  @ManyToOne(() => OrderEntity, { onDelete: "CASCADE", nullable: false })
  @JoinColumn({ name: "order_id", foreignKeyConstraintName: "fk_promotion_redemptions_order" })
  order?: OrderEntity;

  @Index("ix_promotion_redemptions_user_id")
  @Column({ type: "uuid" })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: "RESTRICT", nullable: false })
  @JoinColumn({ name: "user_id", foreignKeyConstraintName: "fk_promotion_redemptions_user" })
  user?: UserEntity;

  @Column({ type: "integer", nullable: true })
  customerSlot!: number | null;

  /** Taken off the items (minor units). */
  @Column({ type: "integer" })
  discount!: number;

  /** Taken off the shipping price (minor units). */
  @Column({ type: "integer" })
  shippingDiscount!: number;

  /** Set when a cancellation or full refund gave the redemption back. */
  @Column({ type: "timestamptz", nullable: true })
  releasedAt!: Date | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}
