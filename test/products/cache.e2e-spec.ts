import { CacheService } from "../../src/common/cache/cache.service";
import { Metrics } from "../../src/observability/metrics";
import { RedisService } from "../../src/redis/redis.service";
import { createTestApp, TestApp } from "../support/test-app";

describe(CacheService.name, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it("serves a hit until the namespace is invalidated", async () => {
    const sut = t.app.get(CacheService);
    let loads = 0;
    const load = () => Promise.resolve({ n: ++loads });
    await expect(sut.getOrLoad("test-ns", "k", load)).resolves.toEqual({ n: 1 });
    await expect(sut.getOrLoad("test-ns", "k", load)).resolves.toEqual({ n: 1 });
    await sut.invalidate("test-ns");
    await expect(sut.getOrLoad("test-ns", "k", load)).resolves.toEqual({ n: 2 });
    // Other namespaces are untouched.
    await expect(sut.getOrLoad("other-ns", "k", load)).resolves.toEqual({ n: 3 });
    await sut.invalidate("test-ns");
    await expect(sut.getOrLoad("other-ns", "k", load)).resolves.toEqual({ n: 3 });
  });

  it("loads a missing entry once for concurrent callers, each getting its own copy", async () => {
    const sut = t.app.get(CacheService);
    let loads = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const load = async () => {
      loads += 1;
      await gate;
      return { items: [1, 2] };
    };
    const callers = Array.from({ length: 5 }, () => sut.getOrLoad("flight-ns", "k", load));
    // Hold the load until every caller has asked Redis (their answers may arrive apart on a
    // busy machine); a load that finished first would leave a later caller a fresh miss.
    while (loads === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await new Promise((resolve) => setTimeout(resolve, 200));
    release();
    const values = await Promise.all(callers);
    expect(loads).toBe(1);
    for (const value of values) expect(value).toEqual({ items: [1, 2] });
    values[0].items.push(3);
    expect(values[1].items).toEqual([1, 2]);
  });

  it("hands a failed load to every waiter and caches nothing", async () => {
    const sut = t.app.get(CacheService);
    let loads = 0;
    const failing = async () => {
      loads += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      throw new Error("boom");
    };
    const results = await Promise.allSettled(
      Array.from({ length: 3 }, () => sut.getOrLoad("failing-ns", "k", failing)),
    );
    expect(loads).toBe(1);
    expect(results.every((r) => r.status === "rejected")).toBe(true);
    await expect(sut.getOrLoad("failing-ns", "k", () => Promise.resolve("ok"))).resolves.toBe("ok");
  });

  (process.env.REDIS_URL ? it : it.skip)(
    "invalidation on one instance reaches every other instance (Redis)",
    async () => {
      const redis = t.app.get(RedisService);
      // Two instances of the app: two caches sharing one Redis.
      const first = new CacheService(redis, new Metrics());
      const second = new CacheService(redis, new Metrics());
      await first.getOrLoad("shared", "price", () => Promise.resolve(100));
      // Let the fire-and-forget write land.
      await redis.client!.ping();
      await expect(second.getOrLoad("shared", "price", () => Promise.resolve(-1))).resolves.toBe(
        100,
      );
      await first.invalidate("shared");
      await expect(second.getOrLoad("shared", "price", () => Promise.resolve(200))).resolves.toBe(
        200,
      );
    },
  );
});
