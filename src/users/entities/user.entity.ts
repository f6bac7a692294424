import { Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique } from "typeorm";
import type { Role } from "../../common/decorators/roles.decorator";

/** An account. `passwordHash` never leaves the service layer (response DTOs list fields). */
@Entity("users")
@Unique("uq_users_email", ["email"])
@Check("ck_users_email_normalised", "email = lower(btrim(email))")
@Check("ck_users_roles", "cardinality(roles) >= 1 AND roles <@ ARRAY['customer', 'admin']::text[]")
@Index("ix_users_created_at", ["createdAt", "id"])
export class UserEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_users" })
  id!: string;

  @Column({ type: "varchar", length: 254 })
  email!: string;

  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Column({ type: "varchar", length: 255 })
  passwordHash!: string;

  @Column({ type: "text", array: true })
  roles!: Role[];

  @Column({ type: "boolean", default: false })
  disabled!: boolean;

  /** Access tokens issued before this instant are refused (logout-all, disable, password change). */
  @Column({ type: "timestamptz", nullable: true })
  tokensValidAfter!: Date | null;

  /** Set when the account was erased: the row stays as a tombstone for the orders it placed. */
  @Column({ type: "timestamptz", nullable: true })
  erasedAt!: Date | null;

  @Column({ type: "timestamptz", default: () => "now()" })
  createdAt!: Date;

  @Column({ type: "timestamptz", default: () => "now()" })
  updatedAt!: Date;
}
