import { registerCustomer, uniqueEmail } from "../support/auth";
import { createTestApp, TestApp } from "../support/test-app";

describe("Brute-force lockout", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ LOGIN_MAX_FAILURES: "3", LOGIN_LOCK_MINUTES: "2" });
  });
  afterAll(async () => {
    await t.close();
  });

  const login = (email: string, password: string) =>
    t.api.post("/api/v1/auth/login").send({ email, password });

  it("locks an account after the configured failures, even for the right password", async () => {
    const user = await registerCustomer(t);
    for (let i = 0; i < 3; i++) {
      expect((await login(user.email, "wrong-password-1")).status).toBe(401);
    }
    const locked = await login(user.email, user.password).expect(429);
    expect(locked.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(locked.body.code).toBe("login_locked");
    const retryAfter = Number(locked.headers["retry-after"]);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(120);

    const events = await t.query(
      "SELECT 1 FROM security_events WHERE type = 'login_locked' AND user_id = $1",
      [user.id],
    );
    expect(events).toHaveLength(1);
    const alerts = await t.query<{ recipient: string }>(
      "SELECT recipient FROM outbox_messages WHERE topic = 'security.alert' AND payload->>'userId' = $1",
      [user.id],
    );
    expect(alerts).toEqual([{ recipient: "admin@storefront.test" }]);
  });

  it("unlocks when the lock expires, and a success resets the counter", async () => {
    const user = await registerCustomer(t);
    for (let i = 0; i < 3; i++) await login(user.email, "wrong-password-1").expect(401);
    await login(user.email, user.password).expect(429);
    // Let the lock run out (the clock is the database's; move the lock instead of waiting).
    await t.query(
      "UPDATE login_throttles SET locked_until = now() - interval '1 second' WHERE key = $1",
      [`user:${user.id}`],
    );
    await login(user.email, user.password).expect(200);
    // Two failures after a success do not lock.
    for (let i = 0; i < 2; i++) await login(user.email, "wrong-password-1").expect(401);
    await login(user.email, user.password).expect(200);
  });

  it("counts concurrent failures exactly", async () => {
    const user = await registerCustomer(t);
    const results = await Promise.all(
      Array.from({ length: 6 }, () => login(user.email, "wrong-password-1")),
    );
    // Some may already see the lock; none succeeded and the lock is set.
    expect(results.every((r) => [401, 429].includes(r.status))).toBe(true);
    await login(user.email, user.password).expect(429);
    const events = await t.query(
      "SELECT 1 FROM security_events WHERE type = 'login_failed' AND user_id = $1",
      [user.id],
    );
    expect(events.length).toBeGreaterThanOrEqual(3);
  });

  it("locks per IP for unknown accounts, without touching real accounts", async () => {
    for (let i = 0; i < 3; i++) await login(uniqueEmail("ghost"), "wrong-password-1").expect(401);
    const res = await login(uniqueEmail("ghost"), "wrong-password-1").expect(429);
    expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
    const user = await registerCustomer(t);
    expect(user.accessToken).toEqual(expect.any(String));
  });
});
