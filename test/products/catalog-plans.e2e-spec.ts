import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CatalogSeeder } from "../../src/products/seeding/catalog-seeder";
import {
  catalogShapes,
  RENDER_VALUES,
  renderQueries,
} from "../../src/products/catalog/sql/catalog-shapes";
import { explainShapes, tableScans } from "../../src/products/catalog/sql/catalog-plans";
import { loginAdmin } from "../support/auth";
import { createTestApp, TestApp } from "../support/test-app";

const SQL_DIR = join(__dirname, "..", "..", "src", "products", "catalog", "sql");

// At a few thousand products a search inside a category has few enough matches that
// PostgreSQL rightly combines two bitmap indexes instead; the choice depends on the size.
const SIZE_DEPENDENT = new Set(["search in a category, by price"]);

/**
 * The plans by shape title: how each reads products and categories (sorted: join order is
 * the planner's call). Variant probes are by product id through either of two equivalent
 * indexes (versions choose differently), so they only have to be index reads.
 */
function scansByTitle(plansText: string): Map<string, string[]> {
  const byTitle = new Map<string, string[]>();
  for (const block of plansText.split(/\n(?=-- )/)) {
    const [first, ...rest] = block.split("\n");
    const title = first.replace(/^-- /, "");
    const scans = tableScans(rest.join("\n"));
    if (scans.length === 0 || SIZE_DEPENDENT.has(title)) continue;
    const variantScans = scans.filter((s) => s.endsWith("on product_variants"));
    byTitle.set(title, [
      ...scans.filter((s) => !variantScans.includes(s)).sort(),
      ...(variantScans.every((s) => s.includes("using")) ? [] : ["variants read without index"]),
    ]);
  }
  return byTitle;
}

/**
 * The catalog's hot SQL is committed (catalog-queries.sql) with its plans at 100,000 variants
 * (catalog-plans.txt, `npm run catalog:sql`). A change to the SQL or to the indexes each
 * statement reads shows here, and in the diff of those files.
 */
describe("Catalog SQL and plans", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ CATALOG_CACHE_TTL_SECONDS: "0" });
    const seeder = t.app.get(CatalogSeeder);
    await seeder.seedLarge({ products: 3000, variantsPerProduct: 2, currency: "EUR" });
    // The region statements read a region whose currency (GBP) is not the variants' own.
    await seeder.seedCurrencyPrices("GBP", 86);
    const admin = await loginAdmin(t);
    await t.api
      .post("/api/v1/regions")
      .set(admin.auth)
      .send({ code: "gb", name: "Great Britain", currency: "GBP", taxInclusive: true })
      .expect(201);
    await seeder.analyze();
  }, 120_000);
  afterAll(async () => {
    await t.close();
  });

  it("are committed as rendered: catalog-queries.sql matches the statements sent", () => {
    const committed = readFileSync(join(SQL_DIR, "catalog-queries.sql"), "utf8");
    expect(renderQueries(catalogShapes(RENDER_VALUES))).toBe(committed);
  });

  it("read the same indexes as the committed plans, on a seeded catalog", async () => {
    const committed = scansByTitle(readFileSync(join(SQL_DIR, "catalog-plans.txt"), "utf8"));
    const live = scansByTitle(
      await explainShapes((sql, values) => t.dataSource.query(sql, values)),
    );
    expect(committed.size).toBe(catalogShapes(RENDER_VALUES).length - SIZE_DEPENDENT.size);
    expect(Object.fromEntries(live)).toEqual(Object.fromEntries(committed));
  });
});
