import type { PGlite } from "@electric-sql/pglite";
import { DataSource } from "typeorm";
import { ALL_MIGRATIONS } from "../../migrations";
import { CreateRegions1790000008000 } from "../../migrations/1790000008000-CreateRegions";
import {
  buildDataSourceOptions,
  openEmbeddedDatabase,
} from "../../src/database/data-source-options";
import { adminQuery, uniqueName, withDatabase } from "../support/database-template";

const DB_SETTINGS = { dbConnectTimeoutMs: 5000, dbStatementTimeoutMs: 30000, dbPoolSize: 2 };

/**
 * The regions migration on a store that already sells: a database migrated up to the migration
 * before it, with a catalog and an order in it, then migrated to the end. The rows are inserted
 * with SQL on purpose: the app cannot run on the older schema, and the point is what the
 * migration does to rows it finds, not what today's services would write.
 */
describe("CreateRegions migration on a database with data", () => {
  const baseUrl = process.env.DATABASE_URL;
  let databaseName: string | undefined;
  let embedded: PGlite | undefined;
  const saved = { currency: process.env.STORE_CURRENCY, rate: process.env.TAX_RATE_BPS };

  afterAll(async () => {
    restoreEnv("STORE_CURRENCY", saved.currency);
    restoreEnv("TAX_RATE_BPS", saved.rate);
    if (embedded) await embedded.close();
    if (baseUrl && databaseName) {
      await adminQuery(baseUrl, `DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
    }
  });

  async function openDataSource(migrations: typeof ALL_MIGRATIONS): Promise<DataSource> {
    const url = databaseName && baseUrl ? withDatabase(baseUrl, databaseName) : undefined;
    const options = buildDataSourceOptions(
      { ...DB_SETTINGS, databaseUrl: url, dataDir: "" },
      embedded,
    );
    const dataSource = new DataSource({ ...options, migrations });
    await dataSource.initialize();
    return dataSource;
  }

  /** Destroying a data source closes the embedded database under it: that waits for afterAll. */
  async function release(dataSource: DataSource): Promise<void> {
    if (!embedded) await dataSource.destroy();
  }

  it("keeps the catalog and the orders as they were and makes the default region from the configuration", async () => {
    if (baseUrl) {
      databaseName = uniqueName("sf_regions_migration");
      await adminQuery(baseUrl, `CREATE DATABASE ${databaseName}`);
    } else {
      embedded = await openEmbeddedDatabase(undefined);
    }
    const before = ALL_MIGRATIONS.indexOf(CreateRegions1790000008000);
    expect(before).toBeGreaterThan(0);

    const old = await openDataSource(ALL_MIGRATIONS.slice(0, before));
    await old.runMigrations({ transaction: "each" });
    await old.query(`
      WITH u AS (
        INSERT INTO users (id, email, name, password_hash, roles)
        VALUES ('00000000-0000-4000-8000-000000000001', 'old@example.com', 'Old', 'x', ARRAY['customer'])
      ), p AS (
        INSERT INTO products (id, name, slug, status, min_price, max_price)
        VALUES ('00000000-0000-4000-8000-000000000002', 'Old book', 'old-book', 'active', 1999, 1999)
      )
      INSERT INTO product_variants (id, product_id, sku, name, price, currency, stock)
      VALUES ('00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000002',
              'OLD-1', 'Paperback', 1999, 'EUR', 7)`);
    await old.query(`
      WITH o AS (
        INSERT INTO orders (id, number, user_id, status, currency, subtotal, shipping, tax, total,
                            tax_rate_bps, shipping_address, shipping_method_code,
                            shipping_method_name, discount, promotions)
        VALUES ('00000000-0000-4000-8000-000000000004', 'SF-001000',
                '00000000-0000-4000-8000-000000000001', 'paid', 'EUR', 3998, 500, 855, 5353,
                1900, '{"line1": "Hauptstr. 1", "country": "DE"}', 'standard',
                'Standard delivery', 0, '[]')
      )
      INSERT INTO order_items (order_id, variant_id, product_id, product_name, variant_name, sku,
                               unit_price, quantity, line_total)
      VALUES ('00000000-0000-4000-8000-000000000004', '00000000-0000-4000-8000-000000000003',
              '00000000-0000-4000-8000-000000000002', 'Old book', 'Paperback', 'OLD-1', 1999, 2, 3998)`);
    const snapshot = (ds: DataSource): Promise<object[][]> =>
      Promise.all([
        ds.query(`SELECT * FROM orders ORDER BY id`),
        ds.query(`SELECT * FROM order_items ORDER BY id`),
        ds.query(`SELECT * FROM products ORDER BY id`),
        ds.query(`SELECT * FROM product_variants ORDER BY id`),
      ]);
    const rowsBefore = await snapshot(old);
    await release(old);

    // Today's configuration, as the app would have validated it at start-up.
    process.env.STORE_CURRENCY = "EUR";
    process.env.TAX_RATE_BPS = "1900";
    const migrated = await openDataSource(ALL_MIGRATIONS);
    try {
      const ran = await migrated.runMigrations({ transaction: "each" });
      expect(ran.map((m) => m.name)).toEqual(ALL_MIGRATIONS.slice(before).map((m) => new m().name));

      // The rows are as they were, plus the region-pricing columns at their "before regions"
      // values: no region or per-line tax on the old order, the standard tax category; and the
      // returns migration's (run in between) count of returned units, none.
      const [orders, items, products, variants] = rowsBefore;
      await expect(snapshot(migrated)).resolves.toEqual([
        orders.map((o: object) => ({
          ...o,
          region_code: null,
          tax_inclusive: false,
          shipping_tax: null,
          tax_lines: [],
        })),
        items.map((i: object) => ({
          ...i,
          returned_quantity: 0,
          tax: null,
          tax_category: null,
          tax_rate_bps: null,
        })),
        products.map((row: object) => ({ ...row, tax_category_code: "standard" })),
        variants,
      ]);
      // Its price in EUR stays the variant's own; no other currency is invented for it.
      await expect(
        migrated.query(`SELECT count(*)::int AS n FROM variant_prices`),
      ).resolves.toEqual([{ n: 0 }]);
      // The catalog's per-currency price rows are backfilled: the old book in its own EUR.
      await expect(
        migrated.query(
          `SELECT product_id, currency, min_price, max_price, active FROM product_prices`,
        ),
      ).resolves.toEqual([
        {
          product_id: "00000000-0000-4000-8000-000000000002",
          currency: "EUR",
          min_price: 1999,
          max_price: 1999,
          active: true,
        },
      ]);
      await expect(
        migrated.query(`SELECT code, currency, tax_inclusive, is_default FROM regions`),
      ).resolves.toEqual([
        { code: "default", currency: "EUR", tax_inclusive: false, is_default: true },
      ]);
      await expect(
        migrated.query(
          `SELECT category_code, country, subdivision, rate_bps FROM tax_rates
           WHERE region_code = 'default' ORDER BY category_code`,
        ),
      ).resolves.toEqual([
        { category_code: "reduced", country: "", subdivision: "", rate_bps: 1900 },
        { category_code: "shipping", country: "", subdivision: "", rate_bps: 1900 },
        { category_code: "standard", country: "", subdivision: "", rate_bps: 1900 },
        { category_code: "zero", country: "", subdivision: "", rate_bps: 0 },
      ]);
    } finally {
      await release(migrated);
    }
  });
});

function restoreEnv(name: string, value: string | undefined): void {
  if (value === undefined) Reflect.deleteProperty(process.env, name);
  else process.env[name] = value;
}
