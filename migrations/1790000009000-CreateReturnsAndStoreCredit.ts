import type { MigrationInterface, QueryRunner } from "typeorm";

const CREDIT_EVENT_TYPE = "store_credit_changed";

/**
 * The security event types the CHECK allows now, read from the constraint itself: other
 * migrations add types too, and each must keep the others' whatever order they run in.
 */
async function allowedEventTypes(q: QueryRunner): Promise<string[]> {
  const rows = (await q.query(
    `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE conname = 'ck_security_events_type' AND conrelid = 'security_events'::regclass`,
  )) as { def: string }[];
  return [...rows[0].def.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]);
}

async function setAllowedEventTypes(q: QueryRunner, types: string[]): Promise<void> {
  await q.query(`ALTER TABLE security_events DROP CONSTRAINT ck_security_events_type`);
  await q.query(`
    ALTER TABLE security_events ADD CONSTRAINT ck_security_events_type
      CHECK (type IN (${types.map((t) => `'${t}'`).join(", ")}))`);
}

/**
 * Returns of delivered lines (their state machine's history), the store-credit ledger with a
 * per-(customer, currency) balance the database keeps from going negative, and the part of a
 * payment paid with store credit.
 */
export class CreateReturnsAndStoreCredit1790000009000 implements MigrationInterface {
  name = "CreateReturnsAndStoreCredit1790000009000";

  async up(q: QueryRunner): Promise<void> {
    // Units of the line claimed by returns not rejected: the CHECK is the last word on
    // "never more than was delivered", whatever the concurrency.
    await q.query(
      `ALTER TABLE order_items ADD COLUMN returned_quantity integer NOT NULL DEFAULT 0`,
    );
    await q.query(`
      ALTER TABLE order_items ADD CONSTRAINT ck_order_items_returned_quantity
        CHECK (returned_quantity BETWEEN 0 AND quantity)`);

    await q.query(`
      CREATE TABLE returns (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        order_id uuid NOT NULL,
        user_id uuid NOT NULL,
        status varchar(20) NOT NULL,
        currency char(3) NOT NULL,
        settled_amount integer NULL,
        refund_id uuid NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_returns PRIMARY KEY (id),
        CONSTRAINT ck_returns_status
          CHECK (status IN ('requested', 'approved', 'rejected', 'received', 'refunded', 'credited')),
        CONSTRAINT ck_returns_settled_amount CHECK (settled_amount IS NULL OR settled_amount >= 0),
        CONSTRAINT fk_returns_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE RESTRICT,
        CONSTRAINT fk_returns_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE RESTRICT,
        CONSTRAINT fk_returns_refund FOREIGN KEY (refund_id) REFERENCES refunds (id) ON DELETE RESTRICT
      )`);
    await q.query(`CREATE INDEX ix_returns_order_created ON returns (order_id, created_at, id)`);
    await q.query(`CREATE INDEX ix_returns_user_id ON returns (user_id)`);
    await q.query(`CREATE INDEX ix_returns_status_created ON returns (status, created_at, id)`);

    await q.query(`
      CREATE TABLE return_items (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        return_id uuid NOT NULL,
        order_item_id uuid NOT NULL,
        quantity integer NOT NULL,
        reason varchar(500) NOT NULL,
        restocked boolean NOT NULL DEFAULT false,
        CONSTRAINT pk_return_items PRIMARY KEY (id),
        CONSTRAINT uq_return_items_return_order_item UNIQUE (return_id, order_item_id),
        CONSTRAINT ck_return_items_quantity CHECK (quantity >= 1),
        CONSTRAINT fk_return_items_return FOREIGN KEY (return_id) REFERENCES returns (id) ON DELETE CASCADE,
        CONSTRAINT fk_return_items_order_item FOREIGN KEY (order_item_id)
          REFERENCES order_items (id) ON DELETE RESTRICT
      )`);
    await q.query(`CREATE INDEX ix_return_items_order_item_id ON return_items (order_item_id)`);

    await q.query(`
      CREATE TABLE return_status_history (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        return_id uuid NOT NULL,
        from_status varchar(20) NULL,
        to_status varchar(20) NOT NULL,
        actor_id uuid NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_return_status_history PRIMARY KEY (id),
        CONSTRAINT fk_return_status_history_return FOREIGN KEY (return_id)
          REFERENCES returns (id) ON DELETE CASCADE
      )`);
    await q.query(
      `CREATE INDEX ix_return_status_history_return ON return_status_history (return_id, created_at)`,
    );

    await q.query(`
      CREATE TABLE credit_balances (
        user_id uuid NOT NULL,
        currency char(3) NOT NULL,
        balance integer NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_credit_balances PRIMARY KEY (user_id, currency),
        CONSTRAINT ck_credit_balances_balance CHECK (balance >= 0),
        CONSTRAINT ck_credit_balances_currency CHECK (currency ~ '^[A-Z]{3}$'),
        CONSTRAINT fk_credit_balances_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE RESTRICT
      )`);
    await q.query(`
      CREATE TABLE credit_transactions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        currency char(3) NOT NULL,
        type varchar(20) NOT NULL,
        amount integer NOT NULL,
        reference varchar(100) NOT NULL,
        reason varchar(500) NULL,
        actor_id uuid NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_credit_transactions PRIMARY KEY (id),
        CONSTRAINT ck_credit_transactions_type
          CHECK (type IN ('issued', 'spent', 'released', 'expired', 'adjusted')),
        CONSTRAINT ck_credit_transactions_amount CHECK (amount <> 0
          AND (type NOT IN ('issued', 'released') OR amount > 0)
          AND (type NOT IN ('spent', 'expired') OR amount < 0)),
        CONSTRAINT fk_credit_transactions_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE RESTRICT
      )`);
    await q.query(
      `CREATE INDEX ix_credit_transactions_user_created ON credit_transactions (user_id, created_at, id)`,
    );

    await q.query(`ALTER TABLE payments ADD COLUMN credit_amount integer NOT NULL DEFAULT 0`);
    await q.query(`
      ALTER TABLE payments ADD CONSTRAINT ck_payments_credit_amount
        CHECK (credit_amount BETWEEN 0 AND amount)`);

    // The part of a refund that goes back as store credit rather than through the provider.
    await q.query(`ALTER TABLE refunds ADD COLUMN credit_amount integer NOT NULL DEFAULT 0`);
    await q.query(`
      ALTER TABLE refunds ADD CONSTRAINT ck_refunds_credit_amount
        CHECK (credit_amount BETWEEN 0 AND amount)`);

    const types = await allowedEventTypes(q);
    if (!types.includes(CREDIT_EVENT_TYPE)) {
      await setAllowedEventTypes(q, [...types, CREDIT_EVENT_TYPE]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM security_events WHERE type = $1`, [CREDIT_EVENT_TYPE]);
    const types = await allowedEventTypes(q);
    await setAllowedEventTypes(
      q,
      types.filter((t) => t !== CREDIT_EVENT_TYPE),
    );
    await q.query(`ALTER TABLE refunds DROP CONSTRAINT ck_refunds_credit_amount`);
    await q.query(`ALTER TABLE refunds DROP COLUMN credit_amount`);
    await q.query(`ALTER TABLE payments DROP CONSTRAINT ck_payments_credit_amount`);
    await q.query(`ALTER TABLE payments DROP COLUMN credit_amount`);
    await q.query(`DROP TABLE credit_transactions`);
    await q.query(`DROP TABLE credit_balances`);
    await q.query(`DROP TABLE return_status_history`);
    await q.query(`DROP TABLE return_items`);
    await q.query(`DROP TABLE returns`);
    await q.query(`ALTER TABLE order_items DROP CONSTRAINT ck_order_items_returned_quantity`);
    await q.query(`ALTER TABLE order_items DROP COLUMN returned_quantity`);
  }
}
