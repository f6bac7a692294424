import type { MigrationInterface, QueryRunner } from "typeorm";
import { isIsoCurrency } from "../src/common/money/currencies";

/**
 * Regions (a currency, tax-inclusive or not, the countries they sell to), tax categories and
 * tax rates. One default region is made from today's configuration (`STORE_CURRENCY`,
 * `TAX_RATE_BPS`: at start-up they are validated before migrations run), with the flat rate as
 * its standard, reduced and shipping rate, so a store that never configures regions keeps its
 * prices and its tax. Nothing existing is rewritten: orders keep their own currency and tax.
 */
export class CreateRegions1790000008000 implements MigrationInterface {
  name = "CreateRegions1790000008000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE regions (
        code varchar(40) NOT NULL,
        name varchar(100) NOT NULL,
        currency char(3) NOT NULL,
        tax_inclusive boolean NOT NULL DEFAULT false,
        is_default boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_regions PRIMARY KEY (code),
        CONSTRAINT ck_regions_code CHECK (code ~ '^[a-z0-9][a-z0-9_-]*$'),
        CONSTRAINT ck_regions_currency CHECK (currency ~ '^[A-Z]{3}$')
      )`);
    // At most one default region: the one carts start in when nothing chose another.
    await q.query(
      `CREATE UNIQUE INDEX uq_regions_default ON regions (is_default) WHERE is_default`,
    );

    // The primary key is the country alone: a country belongs to at most one region.
    await q.query(`
      CREATE TABLE region_countries (
        country char(2) NOT NULL,
        region_code varchar(40) NOT NULL,
        CONSTRAINT pk_region_countries PRIMARY KEY (country),
        CONSTRAINT ck_region_countries_country CHECK (country ~ '^[A-Z]{2}$'),
        CONSTRAINT fk_region_countries_region FOREIGN KEY (region_code)
          REFERENCES regions (code) ON DELETE CASCADE ON UPDATE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_region_countries_region_code ON region_countries (region_code)`);

    await q.query(`
      CREATE TABLE tax_categories (
        code varchar(40) NOT NULL,
        name varchar(100) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_tax_categories PRIMARY KEY (code),
        CONSTRAINT ck_tax_categories_code CHECK (code ~ '^[a-z0-9][a-z0-9_-]*$')
      )`);
    await q.query(`
      INSERT INTO tax_categories (code, name) VALUES
        ('standard', 'Standard rate'),
        ('reduced', 'Reduced rate'),
        ('zero', 'Zero rate'),
        ('shipping', 'Shipping')`);

    // country and subdivision are '' for "the whole region" and "the whole country", so one
    // plain unique constraint covers every scope (NULLs would never collide).
    await q.query(`
      CREATE TABLE tax_rates (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        region_code varchar(40) NOT NULL,
        country varchar(2) NOT NULL DEFAULT '',
        subdivision varchar(3) NOT NULL DEFAULT '',
        category_code varchar(40) NOT NULL,
        rate_bps integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_tax_rates PRIMARY KEY (id),
        CONSTRAINT uq_tax_rates_scope UNIQUE (region_code, category_code, country, subdivision),
        CONSTRAINT ck_tax_rates_rate_bps CHECK (rate_bps BETWEEN 0 AND 10000),
        CONSTRAINT ck_tax_rates_country CHECK (country = '' OR country ~ '^[A-Z]{2}$'),
        CONSTRAINT ck_tax_rates_subdivision
          CHECK (subdivision = '' OR (country <> '' AND subdivision ~ '^[A-Z0-9]{1,3}$')),
        CONSTRAINT fk_tax_rates_region FOREIGN KEY (region_code)
          REFERENCES regions (code) ON DELETE CASCADE ON UPDATE CASCADE,
        CONSTRAINT fk_tax_rates_category FOREIGN KEY (category_code)
          REFERENCES tax_categories (code) ON DELETE RESTRICT ON UPDATE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_tax_rates_category_code ON tax_rates (category_code)`);

    const { currency, rateBps } = configuredDefaults();
    await q.query(
      `INSERT INTO regions (code, name, currency, tax_inclusive, is_default)
       VALUES ('default', 'Default', $1, false, true)`,
      [currency],
    );
    await q.query(
      `INSERT INTO tax_rates (region_code, category_code, rate_bps) VALUES
         ('default', 'standard', $1), ('default', 'reduced', $1), ('default', 'shipping', $1),
         ('default', 'zero', 0)`,
      [rateBps],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE tax_rates`);
    await q.query(`DROP TABLE tax_categories`);
    await q.query(`DROP TABLE region_countries`);
    await q.query(`DROP TABLE regions`);
  }
}

/** Today's one currency and flat rate, as configured (the app's defaults when unset). */
function configuredDefaults(): { currency: string; rateBps: number } {
  const currency = (process.env.STORE_CURRENCY ?? "USD").trim().toUpperCase();
  const rate = Number((process.env.TAX_RATE_BPS ?? "0").trim());
  return {
    currency: isIsoCurrency(currency) ? currency : "USD",
    rateBps: Number.isInteger(rate) && rate >= 0 && rate <= 10000 ? rate : 0,
  };
}
