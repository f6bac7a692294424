import type { MigrationInterface, QueryRunner } from "typeorm";

const EVENT_TYPES_BEFORE = [
  "login_succeeded",
  "login_failed",
  "login_locked",
  "refresh_token_reused",
  "access_denied",
  "password_changed",
  "password_reset_requested",
  "user_disabled",
  "role_changed",
];
const EVENT_TYPES_AFTER = [...EVENT_TYPES_BEFORE, "personal_data_exported", "account_erased"];

const typeCheck = (types: string[]) =>
  `ALTER TABLE security_events ADD CONSTRAINT ck_security_events_type CHECK (type IN (${types
    .map((t) => `'${t}'`)
    .join(", ")}))`;

/**
 * The customer's data on request: an erased account keeps its row (orders and redemptions point
 * at it, and the books keep them) as a tombstone marked by `erased_at`; exports and erasures are
 * audited as security events.
 */
export class AccountErasure1790000008500 implements MigrationInterface {
  name = "AccountErasure1790000008500";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN erased_at timestamptz NULL`);
    await q.query(`ALTER TABLE security_events DROP CONSTRAINT ck_security_events_type`);
    await q.query(typeCheck(EVENT_TYPES_AFTER));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DELETE FROM security_events WHERE type IN ('personal_data_exported', 'account_erased')`,
    );
    await q.query(`ALTER TABLE security_events DROP CONSTRAINT ck_security_events_type`);
    await q.query(typeCheck(EVENT_TYPES_BEFORE));
    await q.query(`ALTER TABLE users DROP COLUMN erased_at`);
  }
}
