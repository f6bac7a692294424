import { Check, Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from "typeorm";

/** A way to ship an order, editable by admins; the code is its stable identifier. */
@Entity("shipping_methods")
@Check("ck_shipping_methods_code", "code ~ '^[a-z0-9][a-z0-9_-]*$'")
@Check("ck_shipping_methods_price", "price >= 0")
@Check("ck_shipping_methods_free_over", "free_over IS NULL OR free_over >= 0")
@Check("ck_shipping_methods_estimated_days", "estimated_days >= 0")
export class ShippingMethodEntity {
  @PrimaryColumn({ type: "varchar", length: 40, primaryKeyConstraintName: "pk_shipping_methods" })
  code!: string;

  @Column({ type: "varchar", length: 100 })
  name!: string;

  @Column({ type: "integer" })
  price!: number;

  @Column({ type: "integer", nullable: true })
  freeOver!: number | null;

  @Column({ type: "integer" })
  estimatedDays!: number;

  @Column({ type: "boolean", default: true })
  active!: boolean;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt!: Date;
}
