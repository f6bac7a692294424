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
import { ProductVariant } from "../../../products/entities/product-variant.entity";
import { CartEntity } from "./cart.entity";

/** One variant in a cart; prices are never stored here, they are read live from the catalog. */
@Entity("cart_items")
@Unique("uq_cart_items_cart_variant", ["cartId", "variantId"])
@Check("ck_cart_items_quantity", "quantity BETWEEN 1 AND 99")
export class CartItemEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_cart_items" })
  id!: string;

  @Column({ type: "uuid" })
  cartId!: string;

  @ManyToOne(() => CartEntity, { onDelete: "CASCADE", nullable: false })
  @JoinColumn({ name: "cart_id", foreignKeyConstraintName: "fk_cart_items_cart" })
  cart?: CartEntity;

  @Index("ix_cart_items_variant_id")
  @Column({ type: "uuid" })
  variantId!: string;

  @ManyToOne(() => ProductVariant, { onDelete: "CASCADE", nullable: false })
  @JoinColumn({ name: "variant_id", foreignKeyConstraintName: "fk_cart_items_variant" })
  variant?: ProductVariant;

  @Column({ type: "integer" })
  quantity!: number;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}
