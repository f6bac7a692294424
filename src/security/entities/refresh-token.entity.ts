import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from "typeorm";
import { AuthSessionEntity } from "./auth-session.entity";

/** A refresh token, stored only as its SHA-256 (the token itself is 256 random bits). */
@Entity("refresh_tokens")
@Unique("uq_refresh_tokens_token_hash", ["tokenHash"])
@Index("ix_refresh_tokens_session_id", ["sessionId"])
export class RefreshTokenEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_refresh_tokens" })
  id!: string;

  @Column({ type: "uuid" })
  sessionId!: string;

  @ManyToOne(() => AuthSessionEntity, { onDelete: "CASCADE", nullable: false })
  @JoinColumn({ name: "session_id", foreignKeyConstraintName: "fk_refresh_tokens_session" })
  session?: AuthSessionEntity;

  @Column({ type: "varchar", length: 64 })
  tokenHash!: string;

  @Column({ type: "timestamptz", default: () => "now()" })
  createdAt!: Date;

  /** Set when the token is exchanged; presenting it again is reuse. */
  @Column({ type: "timestamptz", nullable: true })
  usedAt!: Date | null;
}
