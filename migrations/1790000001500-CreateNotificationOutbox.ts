import type { MigrationInterface, QueryRunner } from "typeorm";

/** The transactional outbox: messages written with the change that causes them. */
export class CreateNotificationOutbox1790000001500 implements MigrationInterface {
  name = "CreateNotificationOutbox1790000001500";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox_messages (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        topic varchar(100) NOT NULL,
        recipient varchar(254) NULL,
        subject varchar(300) NULL,
        body text NULL,
        payload jsonb NOT NULL,
        status varchar(10) NOT NULL DEFAULT 'pending',
        attempts integer NOT NULL DEFAULT 0,
        available_at timestamptz NOT NULL DEFAULT now(),
        last_error text NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz NULL,
        CONSTRAINT pk_outbox_messages PRIMARY KEY (id),
        CONSTRAINT ck_outbox_messages_status CHECK (status IN ('pending', 'sent', 'failed')),
        CONSTRAINT ck_outbox_messages_attempts CHECK (attempts >= 0)
      )`);
    // The worker's claim query only ever looks at due pending rows.
    await q.query(
      `CREATE INDEX ix_outbox_messages_due ON outbox_messages (available_at) WHERE status = 'pending'`,
    );
    await q.query(`CREATE INDEX ix_outbox_messages_topic ON outbox_messages (topic, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE outbox_messages`);
  }
}
