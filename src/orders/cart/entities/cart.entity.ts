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
import { UserEntity } from "../../../users/entities/user.entity";
import { RegionEntity } from "../../../regions/entities/region.entity";
import { ShippingMethodEntity } from "../../shipping/entities/shipping-method.entity";

/** The signed-in customer's one active cart (unique per user). */
@Entity("carts")
@Unique("uq_carts_user", ["userId"])
@Check("ck_carts_country", "country IS NULL OR country ~ '^[A-Z]{2}$'")
export class CartEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_carts" })
  id!: string;

  @Column({ type: "uuid" })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: "CASCADE", nullable: false })
  @JoinColumn({ name: "user_id", foreignKeyConstraintName: "fk_carts_user" })
  user?: UserEntity;

  @Index("ix_carts_shipping_method_code")
  @Column({ type: "varchar", length: 40, nullable: true })
  shippingMethodCode!: string | null;

  @ManyToOne(() => ShippingMethodEntity, { onDelete: "SET NULL", onUpdate: "CASCADE" })
  @JoinColumn({
    name: "shipping_method_code",
    referencedColumnName: "code",
    foreignKeyConstraintName: "fk_carts_shipping_method",
  })
  shippingMethod?: ShippingMethodEntity | null;

  /** The cart's region; null: the default region (whichever it is when the cart is read). */
  @Index("ix_carts_region_code")
  @Column({ type: "varchar", length: 40, nullable: true })
  regionCode!: string | null;

  @ManyToOne(() => RegionEntity, { onDelete: "SET NULL", onUpdate: "CASCADE" })
  @JoinColumn({
    name: "region_code",
    referencedColumnName: "code",
    foreignKeyConstraintName: "fk_carts_region",
  })
  region?: RegionEntity | null;

  /** The shipping country chosen for the cart (ISO 3166-1 alpha-2): picks country tax rates. */
  @Column({ type: "char", length: 2, nullable: true })
  country!: string | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt!: Date;
}
