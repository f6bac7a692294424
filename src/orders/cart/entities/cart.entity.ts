import {
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
import { ShippingMethodEntity } from "../../shipping/entities/shipping-method.entity";

/** The signed-in customer's one active cart (unique per user). */
@Entity("carts")
@Unique("uq_carts_user", ["userId"])
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

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt!: Date;
}
