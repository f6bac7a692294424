import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Buying in a region: prices per currency, tax categories on products, shipping prices per
 * region, the cart's region, and the order's snapshot of its region and taxes.
 *
 * A variant's own `price`/`currency` (today's price, in the default region's currency) stays
 * where it is, so every existing read, index and the catalog benchmark keep working;
 * `variant_prices` adds its prices in other currencies. Likewise a shipping method's own price
 * is its price in the default region, and `shipping_method_prices` adds other regions (a
 * method without a row there is not offered there). Existing carts are in the default region
 * (`region_code` NULL); existing orders keep their totals, with no per-line tax (refunds of
 * those orders keep the allocation rule).
 */
export class RegionPricing1790000009500 implements MigrationInterface {
  name = "RegionPricing1790000009500";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE variant_prices (
        variant_id uuid NOT NULL,
        currency char(3) NOT NULL,
        amount integer NOT NULL,
        CONSTRAINT pk_variant_prices PRIMARY KEY (variant_id, currency),
        CONSTRAINT ck_variant_prices_currency CHECK (currency ~ '^[A-Z]{3}$'),
        CONSTRAINT ck_variant_prices_amount CHECK (amount >= 0),
        CONSTRAINT fk_variant_prices_variant FOREIGN KEY (variant_id)
          REFERENCES product_variants (id) ON DELETE CASCADE
      )`);

    await q.query(`
      ALTER TABLE products
        ADD COLUMN tax_category_code varchar(40) NOT NULL DEFAULT 'standard',
        ADD CONSTRAINT fk_products_tax_category FOREIGN KEY (tax_category_code)
          REFERENCES tax_categories (code) ON DELETE RESTRICT ON UPDATE CASCADE`);
    await q.query(`CREATE INDEX ix_products_tax_category_code ON products (tax_category_code)`);

    await q.query(`
      CREATE TABLE shipping_method_prices (
        method_code varchar(40) NOT NULL,
        region_code varchar(40) NOT NULL,
        price integer NOT NULL,
        free_over integer,
        CONSTRAINT pk_shipping_method_prices PRIMARY KEY (method_code, region_code),
        CONSTRAINT ck_shipping_method_prices_price CHECK (price >= 0),
        CONSTRAINT ck_shipping_method_prices_free_over CHECK (free_over IS NULL OR free_over >= 0),
        CONSTRAINT fk_shipping_method_prices_method FOREIGN KEY (method_code)
          REFERENCES shipping_methods (code) ON DELETE CASCADE ON UPDATE CASCADE,
        CONSTRAINT fk_shipping_method_prices_region FOREIGN KEY (region_code)
          REFERENCES regions (code) ON DELETE CASCADE ON UPDATE CASCADE
      )`);
    await q.query(
      `CREATE INDEX ix_shipping_method_prices_region_code ON shipping_method_prices (region_code)`,
    );

    // NULL region: the default region (whichever it is when the cart is read).
    await q.query(`
      ALTER TABLE carts
        ADD COLUMN region_code varchar(40),
        ADD COLUMN country char(2),
        ADD CONSTRAINT fk_carts_region FOREIGN KEY (region_code)
          REFERENCES regions (code) ON DELETE SET NULL ON UPDATE CASCADE,
        ADD CONSTRAINT ck_carts_country CHECK (country IS NULL OR country ~ '^[A-Z]{2}$')`);
    await q.query(`CREATE INDEX ix_carts_region_code ON carts (region_code)`);

    // Snapshots, no foreign keys: an order keeps its region and categories if they go.
    await q.query(`
      ALTER TABLE orders
        ADD COLUMN region_code varchar(40),
        ADD COLUMN tax_inclusive boolean NOT NULL DEFAULT false,
        ADD COLUMN shipping_tax integer,
        ADD COLUMN tax_lines jsonb NOT NULL DEFAULT '[]'`);
    // Tax-inclusive orders: the tax is inside the prices, not added to the total.
    await q.query(`ALTER TABLE orders DROP CONSTRAINT ck_orders_amounts`);
    await q.query(`
      ALTER TABLE orders ADD CONSTRAINT ck_orders_amounts CHECK (subtotal >= 0
        AND discount BETWEEN 0 AND subtotal AND shipping >= 0 AND tax >= 0
        AND total = subtotal - discount + shipping + CASE WHEN tax_inclusive THEN 0 ELSE tax END)`);
    await q.query(`
      ALTER TABLE order_items
        ADD COLUMN tax integer,
        ADD COLUMN tax_category varchar(40),
        ADD COLUMN tax_rate_bps integer`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE order_items DROP COLUMN tax_rate_bps, DROP COLUMN tax_category, DROP COLUMN tax`,
    );
    await q.query(`ALTER TABLE orders DROP CONSTRAINT ck_orders_amounts`);
    await q.query(`
      ALTER TABLE orders ADD CONSTRAINT ck_orders_amounts CHECK (subtotal >= 0
        AND discount BETWEEN 0 AND subtotal AND shipping >= 0 AND tax >= 0
        AND total = subtotal - discount + shipping + tax)`);
    await q.query(
      `ALTER TABLE orders DROP COLUMN tax_lines, DROP COLUMN shipping_tax,
         DROP COLUMN tax_inclusive, DROP COLUMN region_code`,
    );
    await q.query(`ALTER TABLE carts DROP COLUMN country, DROP COLUMN region_code`);
    await q.query(`DROP TABLE shipping_method_prices`);
    await q.query(`ALTER TABLE products DROP COLUMN tax_category_code`);
    await q.query(`DROP TABLE variant_prices`);
  }
}
