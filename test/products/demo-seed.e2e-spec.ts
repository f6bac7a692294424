import { CatalogSeeder } from "../../src/products/seeding/catalog-seeder";
import { createTestApp, TestApp } from "../support/test-app";

describe("Demo catalog (SEED_DEMO_DATA=true)", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ SEED_DEMO_DATA: "true" });
  });
  afterAll(async () => {
    await t.close();
  });

  it("seeds a browsable shop on first start", async () => {
    const tree = await t.api.get("/api/v1/categories").expect(200);
    expect(tree.body.length).toBeGreaterThanOrEqual(3);
    const page = await t.api.get("/api/v1/products?limit=100").expect(200);
    expect(page.body.data).toHaveLength(50);
    const product = page.body.data[0] as { slug: string; variants: unknown[] };
    expect(product.variants.length).toBeGreaterThan(0);
    await t.api.get(`/api/v1/products/${product.slug}`).expect(200);
    const search = await t.api.get("/api/v1/products?q=classic").expect(200);
    expect(Array.isArray(search.body.data)).toBe(true);
    // The ledger accounts for every unit of seeded stock.
    const [sums] = await t.query<{ stock: number; ledger: number }>(
      `SELECT (SELECT sum(stock)::int FROM product_variants) AS stock,
              (SELECT sum(delta)::int FROM stock_movements) AS ledger`,
    );
    expect(sums.ledger).toBe(sums.stock);
  });

  it("seeds only once, even when asked again concurrently", async () => {
    const seeder = t.app.get(CatalogSeeder);
    const results = await Promise.all([seeder.seedDemoOnce("USD"), seeder.seedDemoOnce("USD")]);
    expect(results).toEqual([null, null]);
    const [count] = await t.query<{ n: number }>(`SELECT count(*)::int AS n FROM products`);
    expect(count.n).toBe(50);
  });
});

describe("Demo catalog seeding from several instances at once", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it("lets exactly one of several concurrent seeders fill an empty catalog", async () => {
    const seeder = t.app.get(CatalogSeeder);
    const results = await Promise.all([1, 2, 3].map(() => seeder.seedDemoOnce("USD")));
    expect(results.filter((r) => r !== null)).toHaveLength(1);
    const [count] = await t.query<{ n: number }>(`SELECT count(*)::int AS n FROM products`);
    expect(count.n).toBe(50);
  });
});
