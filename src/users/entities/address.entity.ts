import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from "typeorm";
import { UserEntity } from "./user.entity";

@Entity("addresses")
@Index("ix_addresses_user_id", ["userId", "createdAt"])
// Partial unique index (one default address per user); the entity cannot express its WHERE.
@Index("uq_addresses_one_default", { synchronize: false })
@Check("ck_addresses_country", "country ~ '^[A-Z]{2}$'")
export class AddressEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_addresses" })
  id!: string;

  @Column({ type: "uuid" })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: "CASCADE", nullable: false })
  @JoinColumn({ name: "user_id", foreignKeyConstraintName: "fk_addresses_user" })
  user?: UserEntity;

  @Column({ type: "varchar", length: 200 })
  fullName!: string;

  @Column({ type: "varchar", length: 200 })
  line1!: string;

  @Column({ type: "varchar", length: 200, nullable: true })
  line2!: string | null;

  @Column({ type: "varchar", length: 100 })
  city!: string;

  @Column({ type: "varchar", length: 20 })
  postalCode!: string;

  @Column({ type: "char", length: 2 })
  country!: string;

  @Column({ type: "varchar", length: 32, nullable: true })
  phone!: string | null;

  @Column({ type: "boolean", default: false })
  isDefault!: boolean;

  @Column({ type: "timestamptz", default: () => "now()" })
  createdAt!: Date;

  @Column({ type: "timestamptz", default: () => "now()" })
  updatedAt!: Date;
}
