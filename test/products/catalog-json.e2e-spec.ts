import { loginAdmin, TestUser } from "../support/auth";
import { createTestApp, TestApp } from "../support/test-app";
import { uniqueSku } from "./catalog-factory";

interface Product {
  id: string;
  name: string;
  priceRange: { min: number; max: number } | null;
  inStock: boolean;
  purchasable: boolean;
  variants: { sku: string; price: number; active: boolean; purchasable: boolean }[];
  createdAt: string;
}

type Written = Omit<Product, "variants"> & {
  taxCategory: string;
  variants: (Product["variants"][number] & { prices: unknown })[];
};

/**
 * Catalog reads are JSON built by PostgreSQL; writes answer with JSON built by the app from the
 * same rows. Both must say exactly the same thing, escapes, nulls and timestamps included.
 */
describe("Products: JSON built by the database", () => {
  let t: TestApp;
  let admin: TestUser;
  let created: Product;
  let written: Written;

  beforeAll(async () => {
    t = await createTestApp({ CATALOG_CACHE_TTL_SECONDS: "0" });
    admin = await loginAdmin(t);
    const sku = uniqueSku("JSON");
    const res = await t.api
      .post("/api/v1/products")
      .set(admin.auth)
      .send({
        name: 'Quoted "zebra" mug \\ with </script> ✓ 😀',
        description: "Line one\nline two\ttabbed \u0001 control, and a 'single' quote",
        status: "active",
        // URLs take URI characters only (a quote is percent-encoded); the quotes to escape are in
        // the name, description and attributes.
        images: ["https://cdn.example.com/a.jpg?x=1&y=%222%22", "https://cdn.example.com/b.jpg"],
        attributes: { material: 'ceramic "glazed"', "care\\note": "hand wash" },
        variants: [
          { sku: `${sku}-A`, price: 999, stock: 0, options: { size: 'S "small"' } },
          { sku: `${sku}-B`, price: 1299, stock: 4, weightGrams: 350 },
          { sku: `${sku}-C`, price: 1599, stock: 9, active: false },
        ],
      })
      .expect(201);
    // Admin writes and an admin's read also answer the product's tax category and the
    // variants' other-currency prices; customers' reads leave them out.
    written = res.body as Written;
    expect(written.taxCategory).toBe("standard");
    expect(written.variants.map((v) => v.prices)).toEqual(written.variants.map(() => []));
    const { taxCategory: _taxCategory, variants, ...product } = written;
    created = { ...product, variants: variants.map(({ prices: _prices, ...v }) => v) };
  });
  afterAll(async () => {
    await t.close();
  });

  it("gives an admin the product as its creation answered it, tax category, prices and inactive variant included", async () => {
    const res = await t.api.get(`/api/v1/products/${created.id}`).set(admin.auth).expect(200);
    expect(JSON.parse(res.text)).toEqual(written);
    expect(written.variants.map((v) => v.purchasable)).toEqual([true, true, false]);
    expect(created.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(created.priceRange).toEqual({ min: 999, max: 1299 });
  });

  it("gives a customer the same product with its active variants only", async () => {
    const res = await t.api.get(`/api/v1/products/${created.id}`).expect(200);
    expect(JSON.parse(res.text)).toEqual({
      ...created,
      variants: created.variants.filter((v) => v.active),
    });
  });

  it("lists and finds it with the same JSON as the single read", async () => {
    const single = JSON.parse((await t.api.get(`/api/v1/products/${created.id}`)).text) as Product;
    const listed = await t.api.get("/api/v1/products?limit=5").expect(200);
    const found = await t.api.get("/api/v1/products?q=zebra").expect(200);
    for (const res of [listed, found]) {
      const page = JSON.parse(res.text) as { data: Product[] };
      expect(page.data.find((p) => p.id === created.id)).toEqual(single);
    }
  });
});
