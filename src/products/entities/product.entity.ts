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
import { TaxCategoryEntity } from "../../regions/entities/tax-category.entity";
import { Category } from "./category.entity";

export const PRODUCT_STATUSES = ["draft", "active", "archived"] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

@Entity("products")
@Unique("UQ_products_slug", ["slug"])
@Check("CHK_products_status", `"status" IN ('draft', 'active', 'archived')`)
// SQL-only indexes (GIN, partial keyset indexes): created by the migration, invisible to the diff.
@Index("IDX_products_search_vector", { synchronize: false })
@Index("IDX_products_active_created", { synchronize: false })
@Index("IDX_products_active_name", { synchronize: false })
@Index("IDX_products_active_price", { synchronize: false })
@Index("IDX_products_active_category_price", { synchronize: false })
@Index("IDX_products_active_category_created", { synchronize: false })
@Index("IDX_products_active_category_name", { synchronize: false })
@Index("IDX_products_active_price_spread", { synchronize: false })
export class Product {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "PK_products" })
  id!: string;

  @Column({ type: "varchar", length: 300 })
  name!: string;

  @Column({ type: "varchar", length: 300 })
  slug!: string;

  @Column({ type: "text", default: "" })
  description!: string;

  @Index("IDX_products_category_id")
  @Column({ type: "uuid", nullable: true })
  categoryId!: string | null;

  @ManyToOne(() => Category, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "category_id", foreignKeyConstraintName: "FK_products_category" })
  category?: Category | null;

  @Column({ type: "varchar", length: 16, default: "draft" })
  status!: ProductStatus;

  @Column({ type: "jsonb", default: () => "'[]'" })
  images!: string[];

  @Column({ type: "jsonb", default: () => "'{}'" })
  attributes!: Record<string, string>;

  /** The product's tax category (its rate per region is in tax_rates). */
  @Index("ix_products_tax_category_code")
  @Column({ type: "varchar", length: 40, default: "standard" })
  taxCategoryCode!: string;

  @ManyToOne(() => TaxCategoryEntity, {
    onDelete: "RESTRICT",
    onUpdate: "CASCADE",
    nullable: false,
  })
  @JoinColumn({
    name: "tax_category_code",
    referencedColumnName: "code",
    foreignKeyConstraintName: "fk_products_tax_category",
  })
  taxCategory?: TaxCategoryEntity;

  /** Lowest price among active variants (kept by the repository on every variant write). */
  @Column({ type: "integer", nullable: true })
  minPrice!: number | null;

  @Column({ type: "integer", nullable: true })
  maxPrice!: number | null;

  /** Maintained by a trigger from name and description; never read or written by the app. */
  @Column({ type: "tsvector", nullable: true, select: false, insert: false, update: false })
  searchVector?: string | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt!: Date;
}
