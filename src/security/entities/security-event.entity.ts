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

export const SECURITY_EVENT_TYPES = [
  "login_succeeded",
  "login_failed",
  "login_locked",
  "refresh_token_reused",
  "access_denied",
  "password_changed",
  "password_reset_requested",
  "user_disabled",
  "role_changed",
  "personal_data_exported",
  "account_erased",
  "store_credit_changed",
] as const;
export type SecurityEventType = (typeof SECURITY_EVENT_TYPES)[number];

@Entity("security_events")
@Index("ix_security_events_created_at", ["createdAt", "id"])
@Index("ix_security_events_user_id", ["userId", "createdAt", "id"])
@Index("ix_security_events_type", ["type", "createdAt", "id"])
@Check(
  "ck_security_events_type",
  `type IN (${SECURITY_EVENT_TYPES.map((t) => `'${t}'`).join(", ")})`,
)
export class SecurityEventEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_security_events" })
  id!: string;

  @Column({ type: "varchar", length: 40 })
  type!: SecurityEventType;

  @Column({ type: "uuid", nullable: true })
  userId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: "SET NULL", nullable: true })
  @JoinColumn({ name: "user_id", foreignKeyConstraintName: "fk_security_events_user" })
  user?: UserEntity | null;

  @Column({ type: "varchar", length: 64, nullable: true })
  ip!: string | null;

  @Column({ type: "jsonb" })
  details!: Record<string, unknown>;

  @Column({ type: "timestamptz", default: () => "now()" })
  createdAt!: Date;
}
