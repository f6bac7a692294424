import { CuttableProxy, waitFor } from "../support/cuttable-proxy";
import { loginAdmin, TestUser } from "../support/auth";
import { uniqueName } from "../support/database-template";
import { createTestApp, TestApp } from "../support/test-app";
import { createProduct, CreatedProduct } from "../products/catalog-factory";

// Two instances need one database (PostgreSQL) and the Redis between them.
const describeOnRedis =
  process.env.DATABASE_URL && process.env.REDIS_URL ? describe : describe.skip;

describeOnRedis("Redis outage (two instances, Redis behind a proxy the test cuts)", () => {
  let proxy: CuttableProxy;
  let a: TestApp;
  let b: TestApp;
  let admin: TestUser;

  const redisState = async (t: TestApp) =>
    (await t.api.get("/api/v1/health/ready")).body as {
      status: string;
      checks: Record<string, { status: string }>;
    };
  const bothSeeRedis = (status: "up" | "down") => async () =>
    (await redisState(a)).checks.redis?.status === status &&
    (await redisState(b)).checks.redis?.status === status;
  const priceOn = async (t: TestApp, product: CreatedProduct) => {
    const res = await t.api.get(`/api/v1/products/${product.id}`).expect(200);
    return (res.body as CreatedProduct).variants[0].price;
  };

  beforeAll(async () => {
    proxy = CuttableProxy.to(process.env.REDIS_URL!, 6379);
    await proxy.start();
    const env = {
      REDIS_URL: proxy.route(process.env.REDIS_URL!),
      // One deployment: both instances share the key space, as they would in production.
      REDIS_KEY_PREFIX: `${uniqueName("sf_test")}:`,
      // Long enough that only an invalidation, never expiry, can retire an entry in this test.
      CATALOG_CACHE_TTL_SECONDS: "600",
    };
    a = await createTestApp(env);
    b = await createTestApp(env, { shareDatabaseWith: a });
    admin = await loginAdmin(a);
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    await proxy.cut();
  });

  it("keeps readiness 200 (degraded) while Redis is down, and every request still succeeds", async () => {
    const product = await createProduct(a, admin.auth);
    const port = proxy.port;
    await proxy.cut();
    try {
      await waitFor(bothSeeRedis("down"), 10_000);
      await expectServingWithoutRedis(product);
    } finally {
      await proxy.start(port);
    }
    await waitFor(bothSeeRedis("up"), 15_000);
    expect((await redisState(a)).status).toBe("ok");
  });

  async function expectServingWithoutRedis(product: CreatedProduct): Promise<void> {
    const ready = await a.api.get("/api/v1/health/ready").expect(200);
    expect(ready.body).toMatchObject({
      status: "degraded",
      checks: { database: { status: "up" }, redis: { status: "down" } },
    });
    // Rate-limited, cached and authenticated routes all answer without Redis.
    await b.api.get(`/api/v1/products/${product.id}`).expect(200);
    await b.api.get("/api/v1/users/me").set(admin.auth).expect(200);
    await a.api
      .patch(`/api/v1/variants/${product.variants[0].id}`)
      .set(admin.auth)
      .send({ price: 1500 })
      .expect(200);
  }

  it("never serves a price changed during a partition stale once Redis is back", async () => {
    const product = await createProduct(a, admin.auth, { variants: [{ price: 1000 }] });
    // Both instances have read (and so cached in Redis) the old price.
    for (const t of [a, b, a, b]) await expect(priceOn(t, product)).resolves.toBe(1000);

    const port = proxy.port;
    await proxy.cut();
    try {
      await waitFor(bothSeeRedis("down"), 10_000);
      // The change commits; its cache invalidation cannot reach Redis.
      await a.api
        .patch(`/api/v1/variants/${product.variants[0].id}`)
        .set(admin.auth)
        .send({ price: 2000 })
        .expect(200);
      for (const t of [a, b]) await expect(priceOn(t, product)).resolves.toBe(2000);
    } finally {
      await proxy.start(port);
    }
    // Read through the reconnect and for a while after both instances use Redis again.
    const seen: number[] = [];
    const started = Date.now();
    let recoveredAt: number | undefined;
    while (recoveredAt === undefined || Date.now() - recoveredAt < 3000) {
      seen.push(await priceOn(a, product), await priceOn(b, product));
      if (recoveredAt === undefined && (await bothSeeRedis("up")())) recoveredAt = Date.now();
      if (Date.now() - started > 20_000) throw new Error("Redis did not come back within 20 s");
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(seen.length).toBeGreaterThan(20);
    expect(seen.filter((price) => price !== 2000)).toEqual([]);

    // The cache is in use again (not merely bypassed): a new change is seen by both at once.
    await b.api
      .patch(`/api/v1/variants/${product.variants[0].id}`)
      .set(admin.auth)
      .send({ price: 3000 })
      .expect(200);
    for (const t of [a, b]) await expect(priceOn(t, product)).resolves.toBe(3000);
  });
});
