import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { ProductVariant } from "./product-variant.entity";

/**
 * A variant's price in a currency other than its own (`product_variants.price` is the price in
 * the variant's own currency, the default region's). No row: not sold in that currency.
 */
@Entity("variant_prices")
@Check("ck_variant_prices_currency", "currency ~ '^[A-Z]{3}$'")
@Check("ck_variant_prices_amount", "amount >= 0")
export class VariantPriceEntity {
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_variant_prices" })
  variantId!: string;

  @PrimaryColumn({ type: "char", length: 3, primaryKeyConstraintName: "pk_variant_prices" })
  currency!: string;

  /** Minor units of `currency`. */
  @Column({ type: "integer" })
  amount!: number;

  @ManyToOne(() => ProductVariant, { onDelete: "CASCADE", nullable: false })
  @JoinColumn({ name: "variant_id", foreignKeyConstraintName: "fk_variant_prices_variant" })
  variant?: ProductVariant;
}
