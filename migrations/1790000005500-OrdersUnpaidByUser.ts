import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Checkout bounds what one customer holds in unpaid orders, so it counts them on every order:
 * a partial index keeps that lookup to the customer's few unpaid orders, however many paid
 * ones they have.
 */
export class OrdersUnpaidByUser1790000005500 implements MigrationInterface {
  name = "OrdersUnpaidByUser1790000005500";

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX ix_orders_user_unpaid ON orders (user_id) WHERE status = 'pending_payment'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_orders_user_unpaid`);
  }
}
