import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Catalog lists in a region's currency, by keyset and indexed: `product_prices` holds, per
 * product and currency, the lowest and highest price of its active variants priced in that
 * currency (a variant's own `price` in its own currency, else its `variant_prices` row), plus
 * copies of what the list indexes need from the product (active or not, its category). No row:
 * no active variant is priced in that currency, so the product is not listed in its regions.
 * Kept in step by the repository in the transaction of every product, variant and price write.
 */
export class CatalogRegionPrices1790000009700 implements MigrationInterface {
  name = "CatalogRegionPrices1790000009700";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE product_prices (
        product_id uuid NOT NULL,
        currency char(3) NOT NULL,
        min_price integer NOT NULL,
        max_price integer NOT NULL,
        active boolean NOT NULL,
        category_id uuid,
        CONSTRAINT pk_product_prices PRIMARY KEY (product_id, currency),
        CONSTRAINT ck_product_prices_range CHECK (min_price BETWEEN 0 AND max_price),
        CONSTRAINT fk_product_prices_product FOREIGN KEY (product_id)
          REFERENCES products (id) ON DELETE CASCADE
      )`);
    // The keyset walks of a region's list by price, over the whole catalog or one category,
    // and the widest price range in a currency (which bounds where a filtered walk starts).
    await q.query(
      `CREATE INDEX ix_product_prices_active_price ON product_prices (currency, min_price, product_id) WHERE active`,
    );
    await q.query(
      `CREATE INDEX ix_product_prices_active_category_price ON product_prices (currency, category_id, min_price, product_id) WHERE active`,
    );
    await q.query(
      `CREATE INDEX ix_product_prices_active_spread ON product_prices (currency, (max_price - min_price)) WHERE active`,
    );
    await q.query(`
      INSERT INTO product_prices (product_id, currency, min_price, max_price, active, category_id)
      SELECT p.id, x.currency, min(x.amount), max(x.amount), p.status = 'active', p.category_id
      FROM products p
      JOIN product_variants v ON v.product_id = p.id AND v.active
      CROSS JOIN LATERAL (
        SELECT v.currency, v.price AS amount
        UNION ALL
        SELECT vp.currency, vp.amount FROM variant_prices vp
        WHERE vp.variant_id = v.id AND vp.currency <> v.currency
      ) x
      GROUP BY p.id, x.currency`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE product_prices`);
  }
}
