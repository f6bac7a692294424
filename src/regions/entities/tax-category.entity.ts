import { Check, Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from "typeorm";

/** What kind of tax a product (or shipping) is charged: standard, reduced, zero, ... */
@Entity("tax_categories")
@Check("ck_tax_categories_code", "code ~ '^[a-z0-9][a-z0-9_-]*$'")
export class TaxCategoryEntity {
  @PrimaryColumn({ type: "varchar", length: 40, primaryKeyConstraintName: "pk_tax_categories" })
  code!: string;

  @Column({ type: "varchar", length: 100 })
  name!: string;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt!: Date;
}
