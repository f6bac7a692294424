import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Unique,
} from "typeorm";

export type IdempotencyKeyState = "in_progress" | "completed";

/**
 * A client's Idempotency-Key, scoped to the caller, the method and the route pattern, with the
 * fingerprint of the request that first used it and, once finished, the saved response.
 */
@Entity("idempotency_keys")
@Unique("uq_idempotency_keys_scope", ["userId", "method", "route", "key"])
@Check("ck_idempotency_keys_state", "state IN ('in_progress', 'completed')")
@Index("ix_idempotency_keys_expires_at", ["expiresAt"])
export class IdempotencyKeyEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_idempotency_keys" })
  id!: string;

  @Column({ type: "uuid" })
  userId!: string;

  @Column({ type: "varchar", length: 10 })
  method!: string;

  @Column({ type: "varchar", length: 200 })
  route!: string;

  @Column({ type: "varchar", length: 255 })
  key!: string;

  /** sha256 (hex) of the method, path and canonical JSON body. */
  @Column({ type: "char", length: 64 })
  requestHash!: string;

  @Column({ type: "varchar", length: 20 })
  state!: IdempotencyKeyState;

  @Column({ type: "integer", nullable: true })
  responseStatus!: number | null;

  @Column({ type: "jsonb", nullable: true })
  responseBody!: unknown;

  /**
   * Staged mode: the holder's lease, renewed while it runs; an in-progress key whose lease ran
   * out belongs to a dead attempt and may be taken over.
   */
  @Column({ type: "timestamptz", nullable: true })
  lockedAt!: Date | null;

  /** Identifies the attempt holding the key, so a taken-over attempt cannot complete it. */
  @Column({ type: "uuid", nullable: true })
  lockToken!: string | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @Column({ type: "timestamptz" })
  expiresAt!: Date;
}
