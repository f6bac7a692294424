import { loginAdmin, registerCustomer, TestUser } from "../support/auth";
import { createTestApp, TestApp } from "../support/test-app";
import { createProduct, uniqueSku } from "./catalog-factory";

describe("Products: admin writes, visibility, ETag, cache", () => {
  let t: TestApp;
  let admin: TestUser;
  let customer: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAdmin(t);
    customer = await registerCustomer(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it("creates a product with variants, a generated slug, the store currency and a restock ledger entry", async () => {
    const sku = uniqueSku();
    const res = await t.api
      .post("/api/v1/products")
      .set(admin.auth)
      .send({
        name: "Café Crème Mug!",
        status: "active",
        images: ["https://cdn.example.com/mug.jpg"],
        attributes: { material: "ceramic" },
        variants: [
          { sku, price: 1299, stock: 7, options: { size: "L" } },
          { sku: `${sku}-S`, price: 999, stock: 0, options: { size: "S" } },
        ],
      })
      .expect(201);
    expect(res.body).toMatchObject({
      slug: "cafe-creme-mug",
      status: "active",
      currency: "USD",
      priceRange: { min: 999, max: 1299 },
      inStock: true,
      attributes: { material: "ceramic" },
    });
    const variants = res.body.variants as { id: string; name: string; stock: number }[];
    expect(variants).toHaveLength(2);
    const ledger = await t.query<{ variant_id: string; delta: number; reason: string }>(
      `SELECT variant_id, delta, reason FROM stock_movements WHERE variant_id = ANY($1)`,
      [variants.map((v) => v.id)],
    );
    expect(ledger).toEqual([{ variant_id: expect.any(String), delta: 7, reason: "restock" }]);

    // A second product of the same name gets a different slug.
    const again = await createProduct(t, admin.auth, { name: "Café Crème Mug!" });
    expect(again.slug).toBe("cafe-creme-mug-2");
  });

  it("refuses writes from customers (403) and anonymous callers (401)", async () => {
    const body = { name: "Nope", variants: [{ sku: uniqueSku(), price: 1 }] };
    await t.api.post("/api/v1/products").set(customer.auth).send(body).expect(403);
    await t.api.post("/api/v1/products").send(body).expect(401);
    const product = await createProduct(t, admin.auth);
    await t.api
      .patch(`/api/v1/products/${product.id}`)
      .set(customer.auth)
      .send({ name: "x" })
      .expect(403);
    await t.api.delete(`/api/v1/products/${product.id}`).set(customer.auth).expect(403);
    await t.api
      .patch(`/api/v1/variants/${product.variants[0].id}`)
      .set(customer.auth)
      .send({ price: 1 })
      .expect(403);
    await t.api
      .post(`/api/v1/products/${product.id}/variants`)
      .set(customer.auth)
      .send({ sku: uniqueSku(), price: 1 })
      .expect(403);
    await t.api.post("/api/v1/categories").set(customer.auth).send({ name: "x" }).expect(403);
    await t.api
      .post("/api/v1/inventory/adjustments")
      .set(customer.auth)
      .send({ variantId: product.variants[0].id, delta: 1, reason: "restock" })
      .expect(403);
    const [row] = await t.query<{ name: string }>(`SELECT name FROM products WHERE id = $1`, [
      product.id,
    ]);
    expect(row.name).toBe(product.name);
  });

  it("answers 409 for a duplicate slug or SKU, and changes nothing", async () => {
    const first = await createProduct(t, admin.auth, { slug: "unique-slug" });
    const before = await t.query(`SELECT count(*)::int AS n FROM products`);
    const slugClash = await t.api
      .post("/api/v1/products")
      .set(admin.auth)
      .send({ name: "Other", slug: "unique-slug", variants: [{ sku: uniqueSku(), price: 1 }] })
      .expect(409);
    expect(slugClash.body.code).toBe("slug_taken");
    const skuClash = await t.api
      .post("/api/v1/products")
      .set(admin.auth)
      .send({ name: "Other", variants: [{ sku: first.variants[0].sku, price: 1, stock: 3 }] })
      .expect(409);
    expect(skuClash.body.code).toBe("sku_taken");
    await expect(t.query(`SELECT count(*)::int AS n FROM products`)).resolves.toEqual(before);

    const second = await createProduct(t, admin.auth);
    const patchClash = await t.api
      .patch(`/api/v1/variants/${second.variants[0].id}`)
      .set(admin.auth)
      .send({ sku: first.variants[0].sku })
      .expect(409);
    expect(patchClash.body.code).toBe("sku_taken");
    const addClash = await t.api
      .post(`/api/v1/products/${second.id}/variants`)
      .set(admin.auth)
      .send({ sku: first.variants[0].sku, price: 5 })
      .expect(409);
    expect(addClash.body.code).toBe("sku_taken");
    await t.api
      .patch(`/api/v1/products/${second.id}`)
      .set(admin.auth)
      .send({ slug: "unique-slug" })
      .expect(409);
  });

  it("refuses negative prices and stock, and other bad input, with 400", async () => {
    const invalid = t.api.offContract("values outside the documented bounds, types or fields");
    for (const variant of [
      { sku: uniqueSku(), price: -1 },
      { sku: uniqueSku(), price: 100, stock: -5 },
      { sku: uniqueSku(), price: 10.5 },
      { sku: uniqueSku(), price: 100, currency: "EUR" },
    ]) {
      const res = await invalid
        .post("/api/v1/products")
        .set(admin.auth)
        .send({ name: "Bad", variants: [variant] })
        .expect(400);
      expect(res.body.code).toBe("validation_failed");
    }
    await invalid
      .post("/api/v1/products")
      .set(admin.auth)
      .send({ name: "No variants", variants: [] })
      .expect(400);
    const product = await createProduct(t, admin.auth);
    await invalid
      .patch(`/api/v1/variants/${product.variants[0].id}`)
      .set(admin.auth)
      .send({ price: -100 })
      .expect(400);
    // Stock only moves through the ledger.
    await invalid
      .patch(`/api/v1/variants/${product.variants[0].id}`)
      .set(admin.auth)
      .send({ stock: 0 })
      .expect(400);
    await invalid
      .patch(`/api/v1/products/${product.id}`)
      .set(admin.auth)
      .send({ name: null })
      .expect(400);
    await invalid
      .patch(`/api/v1/products/${product.id}`)
      .set(admin.auth)
      .send({ status: "deleted" })
      .expect(400);
    await invalid.get("/api/v1/products?limit=101").expect(400);
    await invalid.get("/api/v1/products?minPrice=-1").expect(400);
    await invalid.get("/api/v1/products?sort=cheapest").expect(400);
    await t.api.get("/api/v1/products?cursor=garbage").expect(400);
    const [row] = await t.query<{ price: number; stock: number }>(
      `SELECT price, stock FROM product_variants WHERE id = $1`,
      [product.variants[0].id],
    );
    expect(row).toEqual({ price: 1000, stock: 10 });
  });

  it("hides drafts and archived products from customers, shows them to admins", async () => {
    const draft = await createProduct(t, admin.auth, { status: "draft" });
    const active = await createProduct(t, admin.auth);

    await t.api.get(`/api/v1/products/${draft.id}`).expect(404);
    await t.api.get(`/api/v1/products/${draft.slug}`).set(customer.auth).expect(404);
    const asAdmin = await t.api.get(`/api/v1/products/${draft.slug}`).set(admin.auth).expect(200);
    expect(asAdmin.body.status).toBe("draft");

    // Cached as visible, then archived: the next read must not serve it.
    await t.api.get(`/api/v1/products/${active.id}`).expect(200);
    await t.api.get(`/api/v1/products?limit=100`).expect(200);
    await t.api.delete(`/api/v1/products/${active.id}`).set(admin.auth).expect(204);
    await t.api.get(`/api/v1/products/${active.id}`).expect(404);
    await t.api.get(`/api/v1/products/${active.slug}`).expect(404);
    const list = await t.api.get(`/api/v1/products?limit=100`).expect(200);
    const ids = (list.body.data as { id: string }[]).map((p) => p.id);
    expect(ids).not.toContain(active.id);
    expect(ids).not.toContain(draft.id);
    const archived = await t.api.get(`/api/v1/products/${active.id}`).set(admin.auth).expect(200);
    expect(archived.body.status).toBe("archived");
    // Archiving never deletes: the row and its variants remain.
    const rows = await t.query(`SELECT id FROM product_variants WHERE product_id = $1`, [
      active.id,
    ]);
    expect(rows).toHaveLength(1);
  });

  it("shows customers only active variants", async () => {
    const product = await createProduct(t, admin.auth, {
      variants: [{ price: 500 }, { price: 100, active: false }],
    });
    const pub = await t.api.get(`/api/v1/products/${product.id}`).expect(200);
    expect(pub.body.variants).toHaveLength(1);
    expect(pub.body.priceRange).toEqual({ min: 500, max: 500 });
    const adm = await t.api.get(`/api/v1/products/${product.id}`).set(admin.auth).expect(200);
    expect(adm.body.variants).toHaveLength(2);
  });

  it("sends an ETag and answers If-None-Match with 304 until the product changes", async () => {
    const product = await createProduct(t, admin.auth);
    const first = await t.api.get(`/api/v1/products/${product.id}`).expect(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^".+"$/);
    const notModified = await t.api
      .get(`/api/v1/products/${product.id}`)
      .set("If-None-Match", etag)
      .expect(304);
    expect(notModified.text).toBe("");
    await t.api
      .get(`/api/v1/products/${product.slug}`)
      .set("If-None-Match", `W/${etag}`)
      .expect(304);
    await t.api
      .patch(`/api/v1/products/${product.id}`)
      .set(admin.auth)
      .send({ description: "Now with a description" })
      .expect(200);
    const changed = await t.api
      .get(`/api/v1/products/${product.id}`)
      .set("If-None-Match", etag)
      .expect(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(changed.body.description).toBe("Now with a description");
  });

  it("tags list pages too: 304 for an unchanged page, a new ETag once a product on it changes", async () => {
    const product = await createProduct(t, admin.auth, { name: "Etagged Kettle" });
    const url = `/api/v1/products?q=${encodeURIComponent("etagged kettle")}`;
    const first = await t.api.get(url).expect(200);
    expect(first.headers["content-type"]).toMatch(/^application\/json/);
    expect(first.headers["cache-control"]).toBe("no-cache");
    expect(first.body.data.map((p: { id: string }) => p.id)).toEqual([product.id]);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    await t.api.get(url).set("If-None-Match", `"other", ${etag}`).expect(304);
    await t.api
      .patch(`/api/v1/products/${product.id}`)
      .set(admin.auth)
      .send({ description: "Etagged and changed" })
      .expect(200);
    const deadline = Date.now() + 3000;
    let changed = await t.api.get(url).set("If-None-Match", etag);
    while (changed.status === 304 && Date.now() < deadline) {
      changed = await t.api.get(url).set("If-None-Match", etag);
    }
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(changed.body.data[0].description).toBe("Etagged and changed");
  });

  it("serves the new price right after an admin changes it (cache invalidation)", async () => {
    const product = await createProduct(t, admin.auth, {
      name: "Invalidation Teapot",
      variants: [{ price: 2500 }],
    });
    const listUrl = `/api/v1/products?q=${encodeURIComponent("invalidation teapot")}`;
    // Warm the caches.
    for (let i = 0; i < 2; i++) {
      const one = await t.api.get(`/api/v1/products/${product.id}`).expect(200);
      expect(one.body.variants[0].price).toBe(2500);
      const list = await t.api.get(listUrl).expect(200);
      expect(list.body.data[0].priceRange).toEqual({ min: 2500, max: 2500 });
    }
    // Proof that reads are cached: a change behind the API's back is not seen yet.
    await t.query(`UPDATE product_variants SET name = 'behind-the-back' WHERE id = $1`, [
      product.variants[0].id,
    ]);
    const cached = await t.api.get(`/api/v1/products/${product.id}`).expect(200);
    expect(cached.body.variants[0].name).not.toBe("behind-the-back");

    await t.api
      .patch(`/api/v1/variants/${product.variants[0].id}`)
      .set(admin.auth)
      .send({ price: 1999 })
      .expect(200);
    // Invalidation runs after commit; poll briefly (bounded) rather than assume timing.
    const deadline = Date.now() + 3000;
    let price: number;
    let listed: number;
    do {
      price = (await t.api.get(`/api/v1/products/${product.id}`)).body.variants[0].price;
      listed = (await t.api.get(listUrl)).body.data[0].priceRange.min;
    } while ((price !== 1999 || listed !== 1999) && Date.now() < deadline);
    expect(price).toBe(1999);
    expect(listed).toBe(1999);
  });

  it("adds variants and updates the price range; 404 for unknown ids", async () => {
    const product = await createProduct(t, admin.auth, { variants: [{ price: 800 }] });
    const added = await t.api
      .post(`/api/v1/products/${product.id}/variants`)
      .set(admin.auth)
      .send({ sku: uniqueSku(), price: 300, stock: 4, options: { color: "red" } })
      .expect(201);
    expect(added.body).toMatchObject({ name: "red", stock: 4, currency: "USD" });
    const res = await t.api.get(`/api/v1/products/${product.id}`).expect(200);
    expect(res.body.priceRange).toEqual({ min: 300, max: 800 });
    const [sums] = await t.query<{ ledger: number }>(
      `SELECT sum(delta)::int AS ledger FROM stock_movements WHERE variant_id = $1`,
      [added.body.id],
    );
    expect(sums.ledger).toBe(4);
    const missing = "00000000-0000-4000-8000-000000000000";
    await t.api.get(`/api/v1/products/${missing}`).expect(404);
    await t.api.patch(`/api/v1/products/${missing}`).set(admin.auth).send({}).expect(404);
    await t.api.patch(`/api/v1/variants/${missing}`).set(admin.auth).send({}).expect(404);
    await t.api
      .post(`/api/v1/products/${missing}/variants`)
      .set(admin.auth)
      .send({ sku: uniqueSku(), price: 1 })
      .expect(404);
  });
});
