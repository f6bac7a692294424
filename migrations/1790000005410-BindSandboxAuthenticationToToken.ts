import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The sandbox's 3-D Secure step is bound to an unguessable, single-use token instead of the
 * payment id. Intents already waiting get a token (two random UUIDs' hex: 244 random bits), and
 * their payments the new URL, so a challenge under way still completes.
 */
export class BindSandboxAuthenticationToToken1790000005410 implements MigrationInterface {
  name = "BindSandboxAuthenticationToToken1790000005410";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sandbox_intents ADD COLUMN authentication_token varchar(64) NULL`);
    await q.query(
      `CREATE UNIQUE INDEX uq_sandbox_intents_authentication_token ON sandbox_intents (authentication_token)`,
    );
    await q.query(`
      UPDATE sandbox_intents
         SET authentication_token = replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '')
       WHERE status = 'requires_action'`);
    await q.query(`
      UPDATE payments p
         SET next_action_url = '/api/v1/payments/sandbox/authenticate/' || i.authentication_token
        FROM sandbox_intents i
       WHERE p.provider = 'sandbox' AND p.provider_reference = i.id
         AND p.status = 'requires_action' AND i.authentication_token IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE payments p
         SET next_action_url = '/api/v1/payments/sandbox/authenticate/' || p.id
       WHERE p.provider = 'sandbox' AND p.status = 'requires_action'`);
    await q.query(`DROP INDEX uq_sandbox_intents_authentication_token`);
    await q.query(`ALTER TABLE sandbox_intents DROP COLUMN authentication_token`);
  }
}
