import { registerCustomer, strongPassword, uniqueEmail } from "../support/auth";
import { createTestApp, TestApp } from "../support/test-app";

describe("Rate limits", () => {
  describe("AUTH_RATE_LIMIT_PER_MINUTE", () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await createTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: "3" });
    });
    afterAll(async () => {
      await t.close();
    });

    it("gives the auth routes one small budget per IP, then 429 problem+json with Retry-After", async () => {
      const email = uniqueEmail();
      await t.api
        .post("/api/v1/auth/register")
        .send({ email, password: strongPassword(), name: "Rate" })
        .expect(201);
      await t.api
        .post("/api/v1/auth/login")
        .send({ email, password: "wrong-password-1" })
        .expect(401);
      await t.api.post("/api/v1/auth/password/forgot").send({ email }).expect(202);
      const res = await t.api
        .post("/api/v1/auth/refresh")
        .send({ refreshToken: "whatever" })
        .expect(429);
      expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
      expect(res.body.code).toBe("rate_limited");
      const retryAfter = Number(res.headers["retry-after"]);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
    });

    it("leaves other routes alone", async () => {
      await t.api.get("/api/v1/users/me").expect(401);
      await t.api.get("/api/v1/health/live").expect(200);
    });
  });

  describe("RATE_LIMIT_PER_MINUTE", () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await createTestApp({ RATE_LIMIT_PER_MINUTE: "5" });
    });
    afterAll(async () => {
      await t.close();
    });

    it("is one budget per client across every route", async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await t.api.get("/api/v1/users/me")).status);
      for (let i = 0; i < 3; i++) statuses.push((await t.api.get("/api/v1/users")).status);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
      const res = await t.api.get("/api/v1/users/me").expect(429);
      expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
    });

    it("never throttles the health probes", async () => {
      for (let i = 0; i < 8; i++) await t.api.get("/api/v1/health/live").expect(200);
    });
  });
});

describe("ACCOUNT_RATE_LIMIT_PER_MINUTE", () => {
  let t: TestApp;

  beforeAll(async () => {
    // Requests come from 127.0.0.1; trusting it lets the test pose as many client IPs.
    t = await createTestApp({ ACCOUNT_RATE_LIMIT_PER_MINUTE: "5", TRUSTED_PROXIES: "127.0.0.1" });
  });
  afterAll(async () => {
    await t.close();
  });

  it("token theft from many IPs: one account's budget holds across every client address", async () => {
    const victim = await registerCustomer(t);
    const other = await registerCustomer(t);
    const from = (ip: string, auth: { Authorization: string }) =>
      t.api.get("/api/v1/users/me").set(auth).set("X-Forwarded-For", ip);
    const statuses: number[] = [];
    for (let i = 1; i <= 6; i++) statuses.push((await from(`198.51.100.${i}`, victim.auth)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const res = await from("198.51.100.7", victim.auth).expect(429);
    expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe("rate_limited");
    expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
    // Another account from the same addresses has its own budget.
    await from("198.51.100.1", other.auth).expect(200);
  });
});

// Two instances of the app (own databases, one Redis) spend one budget per client.
(process.env.REDIS_URL ? describe : describe.skip)("with Redis, across instances", () => {
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    const prefix = `sf_shared_${Date.now()}_${Math.random().toString(36).slice(2)}:`;
    a = await createTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: "3", REDIS_KEY_PREFIX: prefix });
    b = await createTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: "3", REDIS_KEY_PREFIX: prefix });
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  it("answers 429 on one instance once the budget is spent on both", async () => {
    const body = { refreshToken: "not-a-token" };
    await a.api.post("/api/v1/auth/refresh").send(body).expect(401);
    await b.api.post("/api/v1/auth/refresh").send(body).expect(401);
    await a.api.post("/api/v1/auth/refresh").send(body).expect(401);
    const res = await b.api.post("/api/v1/auth/refresh").send(body).expect(429);
    expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
  });
});

describe("client IPs behind proxies", () => {
  const spend = async (t: TestApp, forwardedFor: string) =>
    (
      await t.api
        .post("/api/v1/auth/refresh")
        .set("X-Forwarded-For", forwardedFor)
        .send({ refreshToken: "not-a-token" })
    ).status;

  it("ignores X-Forwarded-For from an untrusted peer: spoofing does not buy a new budget", async () => {
    const t = await createTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: "2" });
    try {
      const statuses = [await spend(t, "203.0.113.1"), await spend(t, "203.0.113.2")];
      statuses.push(await spend(t, "203.0.113.3"));
      expect(statuses).toEqual([401, 401, 429]);
    } finally {
      await t.close();
    }
  });

  it("uses X-Forwarded-For when the peer is a trusted proxy", async () => {
    const t = await createTestApp({
      AUTH_RATE_LIMIT_PER_MINUTE: "2",
      TRUSTED_PROXIES: "127.0.0.1,::1",
    });
    try {
      const statuses = [
        await spend(t, "203.0.113.1"),
        await spend(t, "203.0.113.1"),
        await spend(t, "203.0.113.1"),
        await spend(t, "203.0.113.2"),
      ];
      expect(statuses).toEqual([401, 401, 429, 401]);
    } finally {
      await t.close();
    }
  });
});
