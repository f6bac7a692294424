import { CacheService } from "../../src/common/cache/cache.service";
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

  (process.env.REDIS_URL ? it : it.skip)(
    "invalidation on one instance reaches every other instance (Redis)",
    async () => {
      const redis = t.app.get(RedisService);
      // Two instances of the app: two caches sharing one Redis.
      const first = new CacheService(redis);
      const second = new CacheService(redis);
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
