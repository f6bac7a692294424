// `npm run seed -- --products 100000 [--variants-per-product 2]`: adds a large generated
// catalog (categories, active products, variants with prices and stock, ledger entries) in
// one transaction of bulk inserts. For benchmarks and trying the API at scale.
// `npm run seed -- --prices-in GBP`: instead, prices nine products in ten of the catalog in
// GBP too (86 % of their own price), for reading it in a region in that currency.
import "reflect-metadata";
import { parseArgs } from "node:util";
import { DataSource } from "typeorm";
import { isIsoCurrency } from "../common/money/currencies";
import { loadConfigOrExit } from "../config/app-config";
import {
  buildDataSourceOptions,
  embeddedDataDir,
  openEmbeddedDatabase,
} from "../database/data-source-options";
import { runMigrations } from "../database/migrator";
import { TransactionHost } from "../database/transaction-host";
import { Category } from "../products/entities/category.entity";
import { ProductVariant } from "../products/entities/product-variant.entity";
import { VariantPriceEntity } from "../products/entities/variant-price.entity";
import { TaxCategoryEntity } from "../regions/entities/tax-category.entity";
import { Product } from "../products/entities/product.entity";
import { StockMovement } from "../products/entities/stock-movement.entity";
import { ProductsRepository } from "../products/catalog/products.repository";
import { CatalogSeedRepository } from "../products/seeding/catalog-seed.repository";
import { CatalogSeeder } from "../products/seeding/catalog-seeder";

function positiveInt(name: string, value: string | undefined, fallback: number, max: number) {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) {
    throw new Error(`--${name} must be an integer from 1 to ${max}`);
  }
  return Number(value);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      products: { type: "string" },
      "variants-per-product": { type: "string" },
      "prices-in": { type: "string" },
    },
  });
  const pricesIn = values["prices-in"]?.toUpperCase();
  if (pricesIn !== undefined && !isIsoCurrency(pricesIn)) {
    throw new Error("--prices-in must be an ISO 4217 currency code such as GBP");
  }
  const products = positiveInt("products", values.products, 1000, 5_000_000);
  const variantsPerProduct = positiveInt(
    "variants-per-product",
    values["variants-per-product"],
    2,
    20,
  );
  const config = loadConfigOrExit();
  const embedded = config.databaseUrl
    ? undefined
    : await openEmbeddedDatabase(embeddedDataDir(config));
  const dataSource = await new DataSource(
    buildDataSourceOptions(config, embedded, [
      Category,
      Product,
      ProductVariant,
      VariantPriceEntity,
      StockMovement,
      TaxCategoryEntity,
    ]),
  ).initialize();
  try {
    await runMigrations(dataSource);
    // One TransactionHost for both: the ambient transaction lives in it.
    const tx = new TransactionHost(dataSource);
    const seeder = new CatalogSeeder(tx, new CatalogSeedRepository(tx), new ProductsRepository(tx));
    const started = Date.now();
    if (pricesIn !== undefined) {
      const added = await seeder.seedCurrencyPrices(pricesIn, 86);
      await seeder.analyze();
      process.stdout.write(`Added ${added} prices in ${pricesIn}\n`);
      return;
    }
    const result = await seeder.seedLarge({
      products,
      variantsPerProduct,
      currency: config.storeCurrency,
      onProgress: (done) => process.stdout.write(`  ${done} / ${products} products\n`),
    });
    await seeder.analyze();
    process.stdout.write(
      `Seeded ${result.products} products, ${result.variants} variants, ${result.categories} categories in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
  } finally {
    await dataSource.destroy();
    // Destroying the data source closes an embedded database already.
    if (embedded && !embedded.closed) await embedded.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Seeding failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
