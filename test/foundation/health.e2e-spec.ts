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

  it("answers an unknown route with a 404 problem", async () => {
    const res = await t.api.get("/api/v1/no-such-thing").expect(404);
    expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      status: 404,
      code: "not_found",
      instance: "/api/v1/no-such-thing",
    });
  });
});
