import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from "typeorm";
import { UserEntity } from "../../users/entities/user.entity";

/** One login: the family of refresh tokens descended from it. Revoking it ends the session. */
@Entity("auth_sessions")
@Index("ix_auth_sessions_user_id", ["userId"])
@Check("ck_auth_sessions_expiry", "expires_at > created_at")
export class AuthSessionEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_auth_sessions" })
  id!: string;

  @Column({ type: "uuid" })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: "CASCADE", nullable: false })
  @JoinColumn({ name: "user_id", foreignKeyConstraintName: "fk_auth_sessions_user" })
  user?: UserEntity;

  @Column({ type: "timestamptz", default: () => "now()" })
  createdAt!: Date;

  /** Absolute lifetime: rotation never extends it. */
  @Column({ type: "timestamptz" })
  expiresAt!: Date;

  @Column({ type: "timestamptz", nullable: true })
  revokedAt!: Date | null;

  @Column({ type: "varchar", length: 40, nullable: true })
  revokedReason!: string | null;
}
