import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { CartEntity } from "../../orders/cart/entities/cart.entity";
import { PromotionEntity } from "./promotion.entity";

/** A code the customer applied to their cart. */
@Entity("cart_promotions")
export class CartPromotionEntity {
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_cart_promotions" })
  cartId!: string;

  @ManyToOne(() => CartEntity, { onDelete: "CASCADE", nullable: false })
  @JoinColumn({ name: "cart_id", foreignKeyConstraintName: "fk_cart_promotions_cart" })
  cart?: CartEntity;

  @Index("ix_cart_promotions_promotion_id")
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_cart_promotions" })
  promotionId!: string;

  @ManyToOne(() => PromotionEntity, { onDelete: "CASCADE", nullable: false })
  @JoinColumn({ name: "promotion_id", foreignKeyConstraintName: "fk_cart_promotions_promotion" })
  promotion?: PromotionEntity;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}
