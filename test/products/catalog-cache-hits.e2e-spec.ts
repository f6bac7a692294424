import { loginAdmin, registerCustomer, TestUser } from "../support/auth";
import { CatalogQueryService } from "../../src/products/catalog/catalog-query.service";
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

  it("answers a hit before the controller: the service runs for the miss only", async () => {
    const service = t.app.get(CatalogQueryService);
    const list = jest.spyOn(service, "list");
    try {
      const url = "/api/v1/products?limit=7&sort=name";
      const miss = await t.api.get(url).expect(200);
      const hit = await t.api.get(url).expect(200);
      expect(hit.text).toBe(miss.text);
      expect(list).toHaveBeenCalledTimes(1);
    } finally {
      list.mockRestore();
    }
  });

  it("still validates every URL that has no entry: a bad query is a 400, every time", async () => {
    await t.api.get("/api/v1/products?limit=5").expect(200);
    for (let i = 0; i < 2; i++) {
      const res = await t.api
        .offContract("a limit over the documented 100")
        .get("/api/v1/products?limit=1000")
        .expect(400);
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

  it("keys a hit on the whole query: another parameter value is another entry", async () => {
    const cheap = await createProduct(t, admin.auth, { variants: [{ price: 101 }] });
    await createProduct(t, admin.auth, { variants: [{ price: 90_001 }] });
    const under = "/api/v1/products?maxPrice=200&limit=50";
    const over = "/api/v1/products?minPrice=90000&limit=50";
    const ids = (res: { body: unknown }) =>
      (res.body as { data: { id: string }[] }).data.map((p) => p.id);
    for (let i = 0; i < 2; i++) {
      expect(ids(await t.api.get(under).expect(200))).toContain(cheap.id);
      expect(ids(await t.api.get(over).expect(200))).not.toContain(cheap.id);
    }
  });
});

describe("Products: cached reads answered early, rate limited", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ CATALOG_CACHE_TTL_SECONDS: "60", RATE_LIMIT_PER_MINUTE: "4" });
  });
  afterAll(async () => {
    await t.close();
  });

  it("spends the client's budget on hits as on misses, and refuses them the same way", async () => {
    const statuses: number[] = [];
    const remaining: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await t.api.get("/api/v1/products?limit=3");
      statuses.push(res.status);
      remaining.push(String(res.headers["x-ratelimit-remaining"]));
    }
    // The first request loads the entry; the next three are hits.
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
    expect(remaining.slice(0, 4)).toEqual(["3", "2", "1", "0"]);
    const refused = await t.api.get("/api/v1/products?limit=3").expect(429);
    expect(refused.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
  });
});
