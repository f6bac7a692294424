import { LoginThrottleCleanupJob } from "../../src/security/lockout/login-throttle-cleanup.job";
import { registerCustomer, uniqueEmail } from "../support/auth";
import { createTestApp, TestApp } from "../support/test-app";

describe("Brute-force lockout", () => {
  let t: TestApp;

  beforeAll(async () => {
    // The test's requests come from 127.0.0.1; trusting it lets each test pose as a client IP.
    t = await createTestApp({
      LOGIN_MAX_FAILURES: "3",
      LOGIN_LOCK_MINUTES: "2",
      TRUSTED_PROXIES: "127.0.0.1",
    });
  });
  afterAll(async () => {
    await t.close();
  });

  let clients = 0;
  /** A client IP of its own for each caller, so tests do not share counters. */
  const newClient = () => {
    clients += 1;
    return `203.0.113.${clients}`;
  };
  const login = (email: string, password: string, ip: string) =>
    t.api.post("/api/v1/auth/login").set("X-Forwarded-For", ip).send({ email, password });

  it("locks an account for the failing client after the configured failures, even for the right password", async () => {
    const user = await registerCustomer(t);
    const attacker = newClient();
    for (let i = 0; i < 3; i++) {
      expect((await login(user.email, "wrong-password-1", attacker)).status).toBe(401);
    }
    const locked = await login(user.email, user.password, attacker).expect(429);
    expect(locked.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(locked.body.code).toBe("login_locked");
    const retryAfter = Number(locked.headers["retry-after"]);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(120);

    const events = await t.query<{ ip: string }>(
      "SELECT ip FROM security_events WHERE type = 'login_locked' AND user_id = $1",
      [user.id],
    );
    expect(events).toEqual([{ ip: attacker }]);
    const alerts = await t.query<{ recipient: string }>(
      "SELECT recipient FROM outbox_messages WHERE topic = 'security.alert' AND payload->>'userId' = $1",
      [user.id],
    );
    expect(alerts).toEqual([{ recipient: "admin@storefront.test" }]);
  });

  it("lockout denial of service: another client's failures never lock the owner out", async () => {
    const user = await registerCustomer(t);
    const attacker = newClient();
    const owner = newClient();
    for (let i = 0; i < 6; i++) await login(user.email, "wrong-password-1", attacker);
    await login(user.email, user.password, attacker).expect(429);
    // The owner, from elsewhere, logs in as usual while the attacker's client stays locked.
    await login(user.email, user.password, owner).expect(200);
    await login(user.email, user.password, attacker).expect(429);
  });

  it("account enumeration through the lock: unknown and existing emails are counted and locked alike", async () => {
    const user = await registerCustomer(t);
    const prober = newClient();
    // Failures on unknown emails from one client lock nothing beyond those emails ...
    for (let i = 0; i < 3; i++) {
      await login(uniqueEmail("ghost"), "wrong-password-1", prober).expect(401);
    }
    const unknown = await login(uniqueEmail("ghost"), "wrong-password-1", prober);
    const existing = await login(user.email, "wrong-password-1", prober);
    expect([unknown.status, unknown.body.code]).toEqual([401, "invalid_credentials"]);
    expect([existing.status, existing.body.code]).toEqual([401, "invalid_credentials"]);

    // ... and an unknown and an existing email lock after the same number of failures.
    const ghost = uniqueEmail("ghost");
    const trace = async (email: string) => {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        statuses.push((await login(email, "wrong-password-1", prober)).status);
      }
      return statuses;
    };
    const forGhost = await trace(ghost);
    const other = await registerCustomer(t);
    expect(await trace(other.email)).toEqual(forGhost);
    expect(forGhost).toEqual([401, 401, 401, 429, 429]);
    const [ghostLock, userLock] = await Promise.all([
      login(ghost, "wrong-password-1", prober),
      login(other.email, other.password, prober),
    ]);
    expect([ghostLock.status, ghostLock.body.code]).toEqual([userLock.status, userLock.body.code]);
    expect(Object.keys(ghostLock.body).sort()).toEqual(Object.keys(userLock.body).sort());
  });

  it("unlocks when the lock expires, and a success resets the counter", async () => {
    const user = await registerCustomer(t);
    const client = newClient();
    for (let i = 0; i < 3; i++) await login(user.email, "wrong-password-1", client).expect(401);
    await login(user.email, user.password, client).expect(429);
    // Let the lock run out (the clock is the database's; move the lock instead of waiting).
    await t.query(
      "UPDATE login_throttles SET locked_until = now() - interval '1 second' WHERE key LIKE $1",
      [`login:%:${client}`],
    );
    await login(user.email, user.password, client).expect(200);
    // Two failures after a success do not lock.
    for (let i = 0; i < 2; i++) await login(user.email, "wrong-password-1", client).expect(401);
    await login(user.email, user.password, client).expect(200);
  });

  it("counts concurrent failures exactly", async () => {
    const user = await registerCustomer(t);
    const client = newClient();
    const results = await Promise.all(
      Array.from({ length: 6 }, () => login(user.email, "wrong-password-1", client)),
    );
    // Some may already see the lock; none succeeded and the lock is set.
    expect(results.every((r) => [401, 429].includes(r.status))).toBe(true);
    await login(user.email, user.password, client).expect(429);
    const events = await t.query(
      "SELECT 1 FROM security_events WHERE type = 'login_failed' AND user_id = $1",
      [user.id],
    );
    expect(events.length).toBeGreaterThanOrEqual(3);
  });
  it("deletes counters whose window has passed and whose lock ran out; an open window or a live lock stays", async () => {
    const counters = (ip: string) =>
      t.query<{ key: string }>("SELECT key FROM login_throttles WHERE key LIKE $1", [
        `login:%:${ip}`,
      ]);
    const sprayer = newClient();
    // One failure for each of three emails: three counters.
    const emails = [uniqueEmail(), uniqueEmail(), uniqueEmail()];
    for (const email of emails) await login(email, "wrong-password-1", sprayer).expect(401);
    const locker = newClient();
    const victim = await registerCustomer(t);
    for (let i = 0; i < 3; i++) await login(victim.email, "wrong-password-1", locker).expect(401);
    await login(victim.email, victim.password, locker).expect(429);
    expect(await counters(sprayer)).toHaveLength(3);
    expect(await counters(locker)).toHaveLength(1);

    const cleanup = t.app.get(LoginThrottleCleanupJob);
    // Within the window nothing is stale.
    await cleanup.runOnce();
    expect(await counters(sprayer)).toHaveLength(3);

    // Sixteen minutes on: the sprayer's windows have passed; the locker's lock (2 minutes) also
    // ran out, but its window restarted at the lock; move it back too, but keep one lock alive.
    await t.query(
      `UPDATE login_throttles SET window_started_at = now() - interval '16 minutes'
       WHERE key LIKE $1 OR key LIKE $2`,
      [`login:%:${sprayer}`, `login:%:${locker}`],
    );
    await t.query(
      `UPDATE login_throttles SET locked_until = now() + interval '1 minute' WHERE key LIKE $1`,
      [`login:%:${locker}`],
    );
    await expect(cleanup.runOnce()).resolves.toBeGreaterThanOrEqual(3);
    expect(await counters(sprayer)).toHaveLength(0);
    // Still locked: kept, and still enforced.
    expect(await counters(locker)).toHaveLength(1);
    await login(victim.email, victim.password, locker).expect(429);

    await t.query(
      `UPDATE login_throttles SET locked_until = now() - interval '1 second' WHERE key LIKE $1`,
      [`login:%:${locker}`],
    );
    await cleanup.runOnce();
    expect(await counters(locker)).toHaveLength(0);
    // A deleted counter is a fresh one: the owner signs in, and failures count from zero.
    await login(victim.email, victim.password, locker).expect(200);
  });
});
