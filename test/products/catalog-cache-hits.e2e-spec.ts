import { loginAdmin, registerCustomer, TestUser } from "../support/auth";
import { createTestApp, TestApp } from "../support/test-app";
import { createProduct } from "./catalog-factory";

/** Cached public reads are answered early (before validation); what they answer must not change. */
describe("Products: cached reads answered early", () => {
  let t: TestApp;
  let admin: TestUser;
  let customer: TestUser;

  beforeAll(async () => {
    t = await createTestApp({ CATALOG_CACHE_TTL_SECONDS: "60" });
    admin = await loginAdmin(t);
    customer = await registerCustomer(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it("serves an anonymous hit as stored, but admins and customers their own view", async () => {
    const product = await createProduct(t, admin.auth, {
      variants: [{ price: 500 }, { price: 700, active: false }],
    });
    const url = `/api/v1/products/${product.id}`;
    const first = await t.api.get(url).expect(200);
    const hit = await t.api.get(url).expect(200);
    expect(hit.text).toBe(first.text);
    expect(hit.headers.etag).toBe(first.headers.etag);
    expect(hit.headers["cache-control"]).toBe("no-cache");
    expect((first.body as { variants: unknown[] }).variants).toHaveLength(1);
    await t.api.get(url).set("If-None-Match", first.headers.etag).expect(304);

    const asAdmin = await t.api.get(url).set(admin.auth).expect(200);
    expect((asAdmin.body as { variants: unknown[] }).variants).toHaveLength(2);
    const asCustomer = await t.api.get(url).set(customer.auth).expect(200);
    expect(asCustomer.headers["cache-control"]).toBe("private, no-cache");
    expect(asCustomer.text).toBe(first.text);
  });

  it("still validates every URL that has no entry: a bad query is a 400, every time", async () => {
    await t.api.get("/api/v1/products?limit=5").expect(200);
    for (let i = 0; i < 2; i++) {
      const res = await t.api.get("/api/v1/products?limit=1000").expect(400);
      expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
    }
  });

  it("retires hits when the catalog changes", async () => {
    const product = await createProduct(t, admin.auth, { variants: [{ price: 900 }] });
    const url = `/api/v1/products/${product.id}`;
    const before = await t.api.get(url).expect(200);
    await t.api
      .patch(`/api/v1/products/${product.id}`)
      .set(admin.auth)
      .send({ name: "Renamed after caching" })
      .expect(200);
    const after = await t.api.get(url).expect(200);
    expect((after.body as { name: string }).name).toBe("Renamed after caching");
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });
});
