import { createTestApp, TestApp } from "../support/test-app";

describe("Health", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it("answers liveness", async () => {
    const res = await t.api.get("/api/v1/health/live").expect(200);
    expect(res.body.status).toBe("ok");
  });

  it("answers readiness with the database check", async () => {
    const res = await t.api.get("/api/v1/health/ready").expect(200);
    expect(res.body.checks.database.status).toBe("up");
    if (process.env.REDIS_URL) expect(res.body.checks.redis.status).toBe("up");
  });

  it("answers a flood of readiness probes from at most one database ping per second", async () => {
    let pings = 0;
    const query = t.dataSource.query.bind(t.dataSource);
    const counting = (async (sql: string, ...rest: unknown[]) => {
      if (/^\s*select 1\b/i.test(sql)) pings++;
      return (query as (...args: unknown[]) => Promise<unknown>)(sql, ...rest);
    }) as typeof t.dataSource.query;
    t.dataSource.query = counting;
    // Let the answer cached by the test above expire, so the flood must ping at least once.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    try {
      const started = Date.now();
      const answers = await Promise.all(
        Array.from({ length: 200 }, () => t.api.get("/api/v1/health/ready")),
      );
      const seconds = Math.ceil((Date.now() - started) / 1000);
      expect(answers.every((res) => res.status === 200)).toBe(true);
      expect(pings).toBeGreaterThanOrEqual(1);
      // The cached answer may have expired just before the flood: one more ping per second.
      expect(pings).toBeLessThanOrEqual(seconds + 1);
    } finally {
      t.dataSource.query = query;
    }
  });

  it("answers an unknown route with a 404 problem", async () => {
    // A route that does not exist: outside the contract by definition.
    const res = await t.nonApi.get("/api/v1/no-such-thing").expect(404);
    expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      status: 404,
      code: "not_found",
      instance: "/api/v1/no-such-thing",
    });
  });
});
