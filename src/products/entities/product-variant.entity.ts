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
import { Product } from "./product.entity";

@Entity("product_variants")
@Unique("UQ_product_variants_sku", ["sku"])
@Check("CHK_product_variants_price", `"price" >= 0`)
@Check("CHK_product_variants_stock", `"stock" >= 0`)
@Check("CHK_product_variants_weight", `"weight_grams" IS NULL OR "weight_grams" >= 0`)
@Index("IDX_product_variants_active_price", { synchronize: false })
@Index("IDX_product_variants_active_stock", { synchronize: false })
export class ProductVariant {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "PK_product_variants" })
  id!: string;

  @Index("IDX_product_variants_product_id")
  @Column({ type: "uuid" })
  productId!: string;

  @ManyToOne(() => Product, { onDelete: "CASCADE" })
  @JoinColumn({ name: "product_id", foreignKeyConstraintName: "FK_product_variants_product" })
  product?: Product;

  @Column({ type: "varchar", length: 100 })
  sku!: string;

  @Column({ type: "varchar", length: 300 })
  name!: string;

  @Column({ type: "jsonb", default: () => "'{}'" })
  options!: Record<string, string>;

  /** Minor units of `currency`. */
  @Column({ type: "integer" })
  price!: number;

  @Column({ type: "char", length: 3 })
  currency!: string;

  @Column({ type: "integer", default: 0 })
  stock!: number;

  @Column({ type: "integer", nullable: true })
  weightGrams!: number | null;

  @Column({ type: "boolean", default: true })
  active!: boolean;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt!: Date;
}
