import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Payments, refunds and their ledger, the processed-webhook-events table (exactly-once), and the
 * sandbox provider's own tables. Money invariants live here too: one active payment per order
 * (partial unique index) and refunds never past the captured amount (CHECK on refunded_amount).
 */
export class CreatePayments1790000004000 implements MigrationInterface {
  name = "CreatePayments1790000004000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE payments (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        order_id uuid NOT NULL,
        user_id uuid NOT NULL,
        amount integer NOT NULL,
        currency varchar(3) NOT NULL,
        status varchar(20) NOT NULL,
        provider varchar(32) NOT NULL,
        provider_reference varchar(100) NULL,
        payment_method_description varchar(64) NULL,
        failure_code varchar(64) NULL,
        next_action_url varchar(500) NULL,
        refunded_amount integer NOT NULL DEFAULT 0,
        reconcile_lease_until timestamptz NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_payments PRIMARY KEY (id),
        CONSTRAINT fk_payments_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE RESTRICT,
        CONSTRAINT ck_payments_status CHECK (status IN ('requires_action', 'processing', 'succeeded', 'failed', 'cancelled')),
        CONSTRAINT ck_payments_amount CHECK (amount > 0),
        CONSTRAINT ck_payments_refunded_amount CHECK (refunded_amount >= 0 AND refunded_amount <= amount),
        CONSTRAINT ck_payments_currency CHECK (currency ~ '^[A-Z]{3}$')
      )`);
    await q.query(`CREATE INDEX ix_payments_order_id ON payments (order_id, created_at)`);
    // At most one payment per order that is under way or has taken the money.
    await q.query(
      `CREATE UNIQUE INDEX uq_payments_one_active_per_order ON payments (order_id) WHERE status IN ('requires_action', 'processing', 'succeeded')`,
    );
    await q.query(
      `CREATE UNIQUE INDEX uq_payments_provider_reference ON payments (provider, provider_reference)`,
    );
    await q.query(
      `CREATE INDEX ix_payments_unsettled ON payments (status, updated_at) WHERE status IN ('requires_action', 'processing')`,
    );

    await q.query(`
      CREATE TABLE refunds (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        payment_id uuid NOT NULL,
        amount integer NOT NULL,
        currency varchar(3) NOT NULL,
        status varchar(20) NOT NULL,
        reason varchar(500) NULL,
        provider_reference varchar(100) NULL,
        failure_code varchar(64) NULL,
        requested_by uuid NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_refunds PRIMARY KEY (id),
        CONSTRAINT fk_refunds_payment FOREIGN KEY (payment_id) REFERENCES payments (id) ON DELETE RESTRICT,
        CONSTRAINT ck_refunds_status CHECK (status IN ('pending', 'succeeded', 'failed')),
        CONSTRAINT ck_refunds_amount CHECK (amount > 0)
      )`);
    await q.query(`CREATE INDEX ix_refunds_payment_id ON refunds (payment_id, created_at)`);
    await q.query(
      `CREATE UNIQUE INDEX uq_refunds_provider_reference ON refunds (provider_reference)`,
    );
    await q.query(
      `CREATE INDEX ix_refunds_pending ON refunds (updated_at) WHERE status = 'pending'`,
    );

    await q.query(`
      CREATE TABLE payment_transactions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        payment_id uuid NOT NULL,
        refund_id uuid NULL,
        type varchar(10) NOT NULL,
        amount integer NOT NULL,
        currency varchar(3) NOT NULL,
        status varchar(10) NOT NULL,
        provider varchar(32) NOT NULL,
        provider_reference varchar(100) NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_payment_transactions PRIMARY KEY (id),
        CONSTRAINT fk_payment_transactions_payment FOREIGN KEY (payment_id) REFERENCES payments (id) ON DELETE RESTRICT,
        CONSTRAINT fk_payment_transactions_refund FOREIGN KEY (refund_id) REFERENCES refunds (id) ON DELETE RESTRICT,
        CONSTRAINT ck_payment_transactions_type CHECK (type IN ('charge', 'refund')),
        CONSTRAINT ck_payment_transactions_status CHECK (status IN ('pending', 'succeeded', 'failed')),
        CONSTRAINT ck_payment_transactions_amount CHECK (amount > 0),
        CONSTRAINT ck_payment_transactions_refund_link CHECK ((type = 'refund') = (refund_id IS NOT NULL))
      )`);
    await q.query(
      `CREATE INDEX ix_payment_transactions_payment_id ON payment_transactions (payment_id, created_at)`,
    );
    await q.query(
      `CREATE UNIQUE INDEX uq_payment_transactions_charge ON payment_transactions (payment_id) WHERE type = 'charge'`,
    );
    await q.query(
      `CREATE UNIQUE INDEX uq_payment_transactions_refund ON payment_transactions (refund_id)`,
    );

    await q.query(`
      CREATE TABLE payment_webhook_events (
        provider varchar(32) NOT NULL,
        event_id varchar(100) NOT NULL,
        type varchar(64) NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_payment_webhook_events PRIMARY KEY (provider, event_id)
      )`);

    await q.query(`
      CREATE TABLE sandbox_intents (
        id varchar(40) NOT NULL,
        merchant_reference varchar(100) NOT NULL,
        amount integer NOT NULL,
        currency varchar(3) NOT NULL,
        status varchar(24) NOT NULL,
        card_brand varchar(16) NULL,
        card_last4 varchar(4) NULL,
        failure_code varchar(64) NULL,
        captured_amount integer NOT NULL DEFAULT 0,
        refunded_amount integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_sandbox_intents PRIMARY KEY (id),
        CONSTRAINT ck_sandbox_intents_status CHECK (status IN ('requires_confirmation', 'requires_action', 'processing', 'succeeded', 'failed', 'cancelled')),
        CONSTRAINT ck_sandbox_intents_amount CHECK (amount > 0),
        CONSTRAINT ck_sandbox_intents_refunded CHECK (refunded_amount >= 0 AND refunded_amount <= captured_amount)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX uq_sandbox_intents_merchant_reference ON sandbox_intents (merchant_reference)`,
    );
    await q.query(`
      CREATE TABLE sandbox_refunds (
        id varchar(40) NOT NULL,
        intent_id varchar(40) NOT NULL,
        merchant_reference varchar(100) NOT NULL,
        amount integer NOT NULL,
        currency varchar(3) NOT NULL,
        status varchar(10) NOT NULL,
        failure_code varchar(64) NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_sandbox_refunds PRIMARY KEY (id),
        CONSTRAINT fk_sandbox_refunds_intent FOREIGN KEY (intent_id) REFERENCES sandbox_intents (id) ON DELETE CASCADE,
        CONSTRAINT ck_sandbox_refunds_status CHECK (status IN ('pending', 'succeeded', 'failed')),
        CONSTRAINT ck_sandbox_refunds_amount CHECK (amount > 0)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX uq_sandbox_refunds_merchant_reference ON sandbox_refunds (merchant_reference)`,
    );
    await q.query(`CREATE INDEX ix_sandbox_refunds_intent_id ON sandbox_refunds (intent_id)`);
    await q.query(`
      CREATE TABLE sandbox_events (
        id varchar(40) NOT NULL,
        intent_id varchar(40) NOT NULL,
        type varchar(64) NOT NULL,
        body text NOT NULL,
        deliveries integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_sandbox_events PRIMARY KEY (id)
      )`);
    await q.query(
      `CREATE INDEX ix_sandbox_events_intent_id ON sandbox_events (intent_id, created_at)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sandbox_events`);
    await q.query(`DROP TABLE sandbox_refunds`);
    await q.query(`DROP TABLE sandbox_intents`);
    await q.query(`DROP TABLE payment_webhook_events`);
    await q.query(`DROP TABLE payment_transactions`);
    await q.query(`DROP TABLE refunds`);
    await q.query(`DROP TABLE payments`);
  }
}
