import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from "typeorm";
import { UserEntity } from "../../users/entities/user.entity";

@Entity("password_reset_tokens")
@Unique("uq_password_reset_tokens_token_hash", ["tokenHash"])
@Index("ix_password_reset_tokens_user_id", ["userId"])
export class PasswordResetTokenEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_password_reset_tokens" })
  id!: string;

  @Column({ type: "uuid" })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: "CASCADE", nullable: false })
  @JoinColumn({ name: "user_id", foreignKeyConstraintName: "fk_password_reset_tokens_user" })
  user?: UserEntity;

  @Column({ type: "varchar", length: 64 })
  tokenHash!: string;

  @Column({ type: "timestamptz", default: () => "now()" })
  createdAt!: Date;

  @Column({ type: "timestamptz" })
  expiresAt!: Date;

  @Column({ type: "timestamptz", nullable: true })
  usedAt!: Date | null;
}
