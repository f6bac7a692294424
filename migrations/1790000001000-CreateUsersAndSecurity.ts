import type { MigrationInterface, QueryRunner } from "typeorm";

/** Accounts, addresses, sessions and refresh tokens, password resets, login lockout, audit trail. */
export class CreateUsersAndSecurity1790000001000 implements MigrationInterface {
  name = "CreateUsersAndSecurity1790000001000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE users (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        email varchar(254) NOT NULL,
        name varchar(200) NOT NULL,
        password_hash varchar(255) NOT NULL,
        roles text[] NOT NULL,
        disabled boolean NOT NULL DEFAULT false,
        tokens_valid_after timestamptz NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_users PRIMARY KEY (id),
        CONSTRAINT uq_users_email UNIQUE (email),
        CONSTRAINT ck_users_email_normalised CHECK (email = lower(btrim(email))),
        CONSTRAINT ck_users_roles CHECK (
          cardinality(roles) >= 1 AND roles <@ ARRAY['customer', 'admin']::text[]
        )
      )`);
    await q.query(`CREATE INDEX ix_users_created_at ON users (created_at, id)`);

    await q.query(`
      CREATE TABLE addresses (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        full_name varchar(200) NOT NULL,
        line1 varchar(200) NOT NULL,
        line2 varchar(200) NULL,
        city varchar(100) NOT NULL,
        postal_code varchar(20) NOT NULL,
        country char(2) NOT NULL,
        phone varchar(32) NULL,
        is_default boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_addresses PRIMARY KEY (id),
        CONSTRAINT fk_addresses_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
        CONSTRAINT ck_addresses_country CHECK (country ~ '^[A-Z]{2}$')
      )`);
    await q.query(`CREATE INDEX ix_addresses_user_id ON addresses (user_id, created_at)`);
    // At most one default address per user, enforced by the database.
    await q.query(
      `CREATE UNIQUE INDEX uq_addresses_one_default ON addresses (user_id) WHERE is_default`,
    );

    await q.query(`
      CREATE TABLE auth_sessions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz NULL,
        revoked_reason varchar(40) NULL,
        CONSTRAINT pk_auth_sessions PRIMARY KEY (id),
        CONSTRAINT fk_auth_sessions_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
        CONSTRAINT ck_auth_sessions_expiry CHECK (expires_at > created_at)
      )`);
    await q.query(`CREATE INDEX ix_auth_sessions_user_id ON auth_sessions (user_id)`);

    await q.query(`
      CREATE TABLE refresh_tokens (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL,
        token_hash varchar(64) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        used_at timestamptz NULL,
        CONSTRAINT pk_refresh_tokens PRIMARY KEY (id),
        CONSTRAINT uq_refresh_tokens_token_hash UNIQUE (token_hash),
        CONSTRAINT fk_refresh_tokens_session FOREIGN KEY (session_id) REFERENCES auth_sessions (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_refresh_tokens_session_id ON refresh_tokens (session_id)`);

    await q.query(`
      CREATE TABLE password_reset_tokens (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        token_hash varchar(64) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz NULL,
        CONSTRAINT pk_password_reset_tokens PRIMARY KEY (id),
        CONSTRAINT uq_password_reset_tokens_token_hash UNIQUE (token_hash),
        CONSTRAINT fk_password_reset_tokens_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
      )`);
    await q.query(
      `CREATE INDEX ix_password_reset_tokens_user_id ON password_reset_tokens (user_id)`,
    );

    await q.query(`
      CREATE TABLE login_throttles (
        key varchar(320) NOT NULL,
        failures integer NOT NULL,
        window_started_at timestamptz NOT NULL,
        locked_until timestamptz NULL,
        CONSTRAINT pk_login_throttles PRIMARY KEY (key),
        CONSTRAINT ck_login_throttles_failures CHECK (failures >= 0)
      )`);

    await q.query(`
      CREATE TABLE security_events (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        type varchar(40) NOT NULL,
        user_id uuid NULL,
        ip varchar(64) NULL,
        details jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_security_events PRIMARY KEY (id),
        CONSTRAINT fk_security_events_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL,
        CONSTRAINT ck_security_events_type CHECK (type IN (
          'login_succeeded', 'login_failed', 'login_locked', 'refresh_token_reused',
          'access_denied', 'password_changed', 'password_reset_requested', 'user_disabled',
          'role_changed'
        ))
      )`);
    await q.query(`CREATE INDEX ix_security_events_created_at ON security_events (created_at, id)`);
    await q.query(
      `CREATE INDEX ix_security_events_user_id ON security_events (user_id, created_at, id)`,
    );
    await q.query(`CREATE INDEX ix_security_events_type ON security_events (type, created_at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      "security_events",
      "login_throttles",
      "password_reset_tokens",
      "refresh_tokens",
      "auth_sessions",
      "addresses",
      "users",
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
