import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A promotion's amounts get their currency. Until now `minSubtotal` and `amountOff` were minor
 * units of no currency in particular, so in a region with another currency 500 meant 5 pounds
 * or 500 yen. A promotion with amounts is now in one currency and applies only to carts in it;
 * existing ones are put in the default region's currency (the store's, where they were set up).
 * Promotions without amounts (percentages, free shipping, buy X get Y) keep applying anywhere.
 */
export class PromotionCurrency1790000009800 implements MigrationInterface {
  name = "PromotionCurrency1790000009800";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE promotions ADD COLUMN currency char(3)`);
    await q.query(`
      ALTER TABLE promotions ADD CONSTRAINT ck_promotions_currency
        CHECK (currency IS NULL OR currency ~ '^[A-Z]{3}$')`);
    await q.query(`
      UPDATE promotions
         SET currency = (SELECT r.currency FROM regions r WHERE r.is_default)
       WHERE conditions->>'minSubtotal' IS NOT NULL
          OR action->>'amountOff' IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE promotions DROP CONSTRAINT ck_promotions_currency`);
    await q.query(`ALTER TABLE promotions DROP COLUMN currency`);
  }
}
