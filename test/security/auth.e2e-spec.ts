import { OutboxWorker } from "../../src/notifications/outbox.worker";
import { loginAdmin, registerCustomer, strongPassword, uniqueEmail } from "../support/auth";
import { createTestApp, TestApp } from "../support/test-app";

const PROBLEM = /^application\/problem\+json/;

describe("Authentication", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  describe("POST /auth/register", () => {
    it("creates a customer with a normalised email and never returns the hash", async () => {
      const email = uniqueEmail("Mixed.Case");
      const res = await t.api
        .post("/api/v1/auth/register")
        .send({ email: `  ${email.toUpperCase()}  `, password: strongPassword(), name: " Ada " })
        .expect(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        email: email.toLowerCase(),
        name: "Ada",
        roles: ["customer"],
        createdAt: expect.any(String),
      });
      const [row] = await t.query<{ password_hash: string }>(
        "SELECT password_hash FROM users WHERE id = $1",
        [res.body.id],
      );
      expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    });

    it("answers 409 email_taken for a duplicate, whatever its case", async () => {
      const email = uniqueEmail();
      await t.api
        .post("/api/v1/auth/register")
        .send({ email, password: strongPassword(), name: "First" })
        .expect(201);
      const res = await t.api
        .post("/api/v1/auth/register")
        .send({ email: email.toUpperCase(), password: strongPassword(), name: "Second" })
        .expect(409);
      expect(res.headers["content-type"]).toMatch(PROBLEM);
      expect(res.body.code).toBe("email_taken");
    });

    it("lets exactly one of many concurrent registrations of one email win", async () => {
      const email = uniqueEmail("race");
      const results = await Promise.all(
        Array.from({ length: 5 }, () =>
          t.api
            .post("/api/v1/auth/register")
            .send({ email, password: strongPassword(), name: "Racer" }),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
      const rows = await t.query("SELECT id FROM users WHERE email = $1", [email]);
      expect(rows).toHaveLength(1);
    });

    it.each([{ roles: ["admin"] }, { isAdmin: true }, { disabled: false }])(
      "refuses mass assignment (%o) with a 400 and creates nothing",
      async (extra) => {
        const email = uniqueEmail("sneaky");
        const res = await t.api
          .offContract("an undocumented field, on purpose")
          .post("/api/v1/auth/register")
          .send({ email, password: strongPassword(), name: "Sneaky", ...extra })
          .expect(400);
        expect(res.body.code).toBe("validation_failed");
        expect(res.body.errors).toEqual(
          expect.arrayContaining([{ field: Object.keys(extra)[0], message: expect.any(String) }]),
        );
        expect(await t.query("SELECT 1 FROM users WHERE email = $1", [email])).toHaveLength(0);
      },
    );

    it.each([
      ["password1234", "too common"],
      ["123456789012", "too common"],
      ["qwertyuiop12", "too common"],
      ["short-pass", "at least 12"],
      ["x".repeat(129), "128"],
    ])("refuses the password %s", async (password, message) => {
      const res = await t.api
        .offContract("a password the policy refuses; two are outside the documented length too")
        .post("/api/v1/auth/register")
        .send({ email: uniqueEmail(), password, name: "Weak" })
        .expect(400);
      expect(res.body.code).toBe("validation_failed");
      expect(res.body.errors[0]).toEqual({
        field: "password",
        message: expect.stringContaining(message),
      });
    });

    it("refuses a malformed email", async () => {
      const res = await t.api
        .post("/api/v1/auth/register")
        .send({ email: "not-an-email", password: strongPassword(), name: "X" })
        .expect(400);
      expect(res.body.errors[0].field).toBe("email");
    });
  });

  describe("POST /auth/login", () => {
    it("returns a Bearer pair whose access token works", async () => {
      const user = await registerCustomer(t);
      const res = await t.api
        .post("/api/v1/auth/login")
        .send({ email: ` ${user.email.toUpperCase()} `, password: user.password })
        .expect(200);
      expect(res.body).toEqual({
        accessToken: expect.any(String),
        refreshToken: expect.any(String),
        tokenType: "Bearer",
        expiresIn: 900,
      });
      const me = await t.api.get("/api/v1/users/me").set(bearer(res.body.accessToken)).expect(200);
      expect(me.body.id).toBe(user.id);
      const events = await t.query(
        "SELECT 1 FROM security_events WHERE type = 'login_succeeded' AND user_id = $1",
        [user.id],
      );
      expect(events.length).toBeGreaterThanOrEqual(2);
    });

    it("gives the same 401 body for an unknown email and a wrong password", async () => {
      const user = await registerCustomer(t);
      const wrongPassword = await t.api
        .post("/api/v1/auth/login")
        .send({ email: user.email, password: "wrong-password-123" })
        .expect(401);
      const unknownEmail = await t.api
        .post("/api/v1/auth/login")
        .send({ email: uniqueEmail("nobody"), password: "wrong-password-123" })
        .expect(401);
      const strip = (body: Record<string, unknown>) => ({ ...body, requestId: undefined });
      expect(strip(wrongPassword.body)).toEqual(strip(unknownEmail.body));
      expect(wrongPassword.body.code).toBe("invalid_credentials");
      const failed = await t.query<{ user_id: string | null }>(
        "SELECT user_id FROM security_events WHERE type = 'login_failed' ORDER BY created_at",
      );
      expect(failed.map((e) => e.user_id)).toEqual(expect.arrayContaining([user.id, null]));
    });

    it("refuses a disabled account with the same 401", async () => {
      const admin = await loginAdmin(t);
      const user = await registerCustomer(t);
      await t.api
        .patch(`/api/v1/users/${user.id}`)
        .set(admin.auth)
        .send({ disabled: true })
        .expect(200);
      const res = await t.api
        .post("/api/v1/auth/login")
        .send({ email: user.email, password: user.password })
        .expect(401);
      expect(res.body.code).toBe("invalid_credentials");
    });

    it("rehashes a password made with weaker parameters on the next login", async () => {
      const user = await registerCustomer(t);
      const { hash } = await import("@node-rs/argon2");
      const weak = await hash(user.password, { memoryCost: 8192, timeCost: 1, parallelism: 1 });
      await t.query("UPDATE users SET password_hash = $1 WHERE id = $2", [weak, user.id]);
      await t.api
        .post("/api/v1/auth/login")
        .send({ email: user.email, password: user.password })
        .expect(200);
      const [row] = await t.query<{ password_hash: string }>(
        "SELECT password_hash FROM users WHERE id = $1",
        [user.id],
      );
      expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    });
  });

  describe("POST /auth/refresh", () => {
    it("rotates: each refresh token works once and yields a new pair", async () => {
      const user = await registerCustomer(t);
      const first = await t.api
        .post("/api/v1/auth/refresh")
        .send({ refreshToken: user.refreshToken })
        .expect(200);
      expect(first.body.refreshToken).not.toBe(user.refreshToken);
      await t.api.get("/api/v1/users/me").set(bearer(first.body.accessToken)).expect(200);
      const second = await t.api
        .post("/api/v1/auth/refresh")
        .send({ refreshToken: first.body.refreshToken })
        .expect(200);
      expect(second.body.refreshToken).not.toBe(first.body.refreshToken);
    });

    it("revokes the whole family when a used token comes back, records it and alerts admins", async () => {
      const user = await registerCustomer(t);
      const other = await t.api
        .post("/api/v1/auth/login")
        .send({ email: user.email, password: user.password })
        .expect(200);
      const rotated = await t.api
        .post("/api/v1/auth/refresh")
        .send({ refreshToken: user.refreshToken })
        .expect(200);
      // The attacker replays the old token.
      const replay = await t.api
        .post("/api/v1/auth/refresh")
        .send({ refreshToken: user.refreshToken })
        .expect(401);
      expect(replay.body.code).toBe("invalid_refresh_token");
      // The legitimate holder's newer token of the same family is dead too...
      await t.api
        .post("/api/v1/auth/refresh")
        .send({ refreshToken: rotated.body.refreshToken })
        .expect(401);
      // ...and so is the family's live access token.
      await t.api.get("/api/v1/users/me").set(bearer(rotated.body.accessToken)).expect(401);
      await t.api.get("/api/v1/users/me").set(user.auth).expect(401);
      // Another session (another login) of the same user is untouched.
      await t.api.get("/api/v1/users/me").set(bearer(other.body.accessToken)).expect(200);
      await t.api
        .post("/api/v1/auth/refresh")
        .send({ refreshToken: other.body.refreshToken })
        .expect(200);

      const events = await t.query(
        "SELECT 1 FROM security_events WHERE type = 'refresh_token_reused' AND user_id = $1",
        [user.id],
      );
      expect(events).toHaveLength(1);
      const alerts = await t.query<{ recipient: string; body: string }>(
        "SELECT recipient, body FROM outbox_messages WHERE topic = 'security.alert' AND payload->>'userId' = $1",
        [user.id],
      );
      expect(alerts).toEqual([
        { recipient: "admin@storefront.test", body: expect.stringContaining("reuse") },
      ]);
    });

    it("lets only one of two concurrent exchanges of the same token succeed", async () => {
      const user = await registerCustomer(t);
      const results = await Promise.all(
        [1, 2].map(() =>
          t.api.post("/api/v1/auth/refresh").send({ refreshToken: user.refreshToken }),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, 401]);
      // The loser is reuse: the family is revoked, so the winner's token is dead as well.
      const winner = results.find((r) => r.status === 200);
      await t.api
        .post("/api/v1/auth/refresh")
        .send({ refreshToken: winner?.body.refreshToken })
        .expect(401);
    });

    it("refuses an unknown token and an expired session", async () => {
      await t.api
        .post("/api/v1/auth/refresh")
        .send({ refreshToken: "not-a-real-token" })
        .expect(401);
      const user = await registerCustomer(t);
      await t.query(
        "UPDATE auth_sessions SET created_at = now() - interval '31 days', expires_at = now() - interval '1 day' WHERE user_id = $1",
        [user.id],
      );
      await t.api
        .post("/api/v1/auth/refresh")
        .send({ refreshToken: user.refreshToken })
        .expect(401);
    });

    it("stores refresh tokens only hashed, with a 30-day absolute expiry", async () => {
      const user = await registerCustomer(t);
      const rows = await t.query<{ token_hash: string; days: number }>(
        `SELECT rt.token_hash, round(extract(epoch FROM s.expires_at - s.created_at) / 86400) AS days
           FROM refresh_tokens rt JOIN auth_sessions s ON s.id = rt.session_id WHERE s.user_id = $1`,
        [user.id],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(rows[0].token_hash).not.toContain(user.refreshToken);
      expect(Number(rows[0].days)).toBe(30);
    });
  });

  describe("logout", () => {
    it("POST /auth/logout revokes that family only", async () => {
      const user = await registerCustomer(t);
      const second = await t.api
        .post("/api/v1/auth/login")
        .send({ email: user.email, password: user.password })
        .expect(200);
      await t.api.post("/api/v1/auth/logout").send({ refreshToken: user.refreshToken }).expect(204);
      await t.api
        .post("/api/v1/auth/refresh")
        .send({ refreshToken: user.refreshToken })
        .expect(401);
      await t.api.get("/api/v1/users/me").set(user.auth).expect(401);
      await t.api.get("/api/v1/users/me").set(bearer(second.body.accessToken)).expect(200);
      // Idempotent, and silent about unknown tokens.
      await t.api.post("/api/v1/auth/logout").send({ refreshToken: user.refreshToken }).expect(204);
      await t.api.post("/api/v1/auth/logout").send({ refreshToken: "unknown" }).expect(204);
    });

    it("POST /auth/logout-all kills every session and every live access token", async () => {
      const user = await registerCustomer(t);
      const second = await t.api
        .post("/api/v1/auth/login")
        .send({ email: user.email, password: user.password })
        .expect(200);
      await t.api.post("/api/v1/auth/logout-all").set(user.auth).expect(204);
      await t.api.get("/api/v1/users/me").set(user.auth).expect(401);
      await t.api.get("/api/v1/users/me").set(bearer(second.body.accessToken)).expect(401);
      await t.api
        .post("/api/v1/auth/refresh")
        .send({ refreshToken: user.refreshToken })
        .expect(401);
      await t.api
        .post("/api/v1/auth/refresh")
        .send({ refreshToken: second.body.refreshToken })
        .expect(401);
      // A fresh login afterwards works.
      const again = await t.api
        .post("/api/v1/auth/login")
        .send({ email: user.email, password: user.password })
        .expect(200);
      await t.api.get("/api/v1/users/me").set(bearer(again.body.accessToken)).expect(200);
    });

    it("POST /auth/logout-all needs a token", async () => {
      const res = await t.api.post("/api/v1/auth/logout-all").expect(401);
      expect(res.headers["content-type"]).toMatch(PROBLEM);
    });
  });

  describe("password reset", () => {
    async function requestReset(email: string): Promise<string> {
      await t.api.post("/api/v1/auth/password/forgot").send({ email }).expect(202);
      // The request is handled off the request path, by the outbox worker.
      await t.app.get(OutboxWorker).runOnce();
      const [message] = await t.query<{ body: string }>(
        "SELECT body FROM outbox_messages WHERE topic = 'auth.password_reset' AND recipient = $1 ORDER BY created_at DESC LIMIT 1",
        [email],
      );
      const token = /reset token: (\S+)/.exec(message.body)?.[1];
      if (!token) throw new Error("no token in the reset email");
      return token;
    }

    it("answers 202 for an unknown email and sends nothing", async () => {
      const email = uniqueEmail("ghost");
      await t.api.post("/api/v1/auth/password/forgot").send({ email }).expect(202);
      await t.app.get(OutboxWorker).runOnce();
      expect(
        await t.query("SELECT 1 FROM outbox_messages WHERE recipient = $1", [email]),
      ).toHaveLength(0);
    });

    it("account enumeration through forgot-password timing: the request does the same work for every email", async () => {
      const user = await registerCustomer(t);
      const disabled = await registerCustomer(t);
      const admin = await loginAdmin(t);
      await t.api
        .patch(`/api/v1/users/${disabled.id}`)
        .set(admin.auth)
        .send({ disabled: true })
        .expect(200);
      // Every SQL statement the request path sends (text only: the values differ by design).
      const statements: string[] = [];
      const spy = jest
        .spyOn(t.dataSource.logger, "logQuery")
        .mockImplementation((query: string) => statements.push(query));
      const requestPathOf = async (email: string) => {
        statements.length = 0;
        await t.api.post("/api/v1/auth/password/forgot").send({ email }).expect(202);
        return [...statements];
      };
      try {
        const existing = await requestPathOf(user.email);
        const unknown = await requestPathOf(uniqueEmail("ghost"));
        const ofDisabled = await requestPathOf(disabled.email);
        expect(existing.length).toBeGreaterThan(0);
        expect(unknown).toEqual(existing);
        expect(ofDisabled).toEqual(existing);
        // Nothing on the request path reads the users table or writes a reset token.
        expect(existing.join("\n")).not.toMatch(/"users"|password_reset_tokens/);
      } finally {
        spy.mockRestore();
      }
      // Off the request path, the existing account alone gets its token and email.
      await t.app.get(OutboxWorker).runOnce();
      const mails = await t.query<{ recipient: string }>(
        "SELECT recipient FROM outbox_messages WHERE topic = 'auth.password_reset' AND recipient IN ($1, $2)",
        [user.email, disabled.email],
      );
      expect(mails).toEqual([{ recipient: user.email }]);
    });

    it("resets once with the emailed token, revokes every session, and the new password works", async () => {
      const user = await registerCustomer(t);
      const token = await requestReset(user.email);
      const [stored] = await t.query<{ token_hash: string; minutes: number }>(
        "SELECT token_hash, round(extract(epoch FROM expires_at - created_at) / 60) AS minutes FROM password_reset_tokens WHERE user_id = $1",
        [user.id],
      );
      expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(Number(stored.minutes)).toBe(30);
      const events = await t.query(
        "SELECT 1 FROM security_events WHERE type = 'password_reset_requested' AND user_id = $1",
        [user.id],
      );
      expect(events).toHaveLength(1);

      const newPassword = strongPassword();
      await t.api
        .post("/api/v1/auth/password/reset")
        .send({ token, password: newPassword })
        .expect(204);
      await t.api.get("/api/v1/users/me").set(user.auth).expect(401);
      await t.api
        .post("/api/v1/auth/refresh")
        .send({ refreshToken: user.refreshToken })
        .expect(401);
      await t.api
        .post("/api/v1/auth/login")
        .send({ email: user.email, password: user.password })
        .expect(401);
      await t.api
        .post("/api/v1/auth/login")
        .send({ email: user.email, password: newPassword })
        .expect(200);
      // Single use.
      const again = await t.api
        .post("/api/v1/auth/password/reset")
        .send({ token, password: strongPassword() })
        .expect(400);
      expect(again.body.code).toBe("invalid_reset_token");
      const changed = await t.query(
        "SELECT 1 FROM security_events WHERE type = 'password_changed' AND user_id = $1",
        [user.id],
      );
      expect(changed).toHaveLength(1);
    });

    it("refuses an expired token and a common new password", async () => {
      const user = await registerCustomer(t);
      const token = await requestReset(user.email);
      const weak = await t.api
        .post("/api/v1/auth/password/reset")
        .send({ token, password: "password1234" })
        .expect(400);
      expect(weak.body.code).toBe("validation_failed");
      await t.query(
        "UPDATE password_reset_tokens SET created_at = now() - interval '1 hour', expires_at = now() - interval '1 minute' WHERE user_id = $1",
        [user.id],
      );
      const expired = await t.api
        .post("/api/v1/auth/password/reset")
        .send({ token, password: strongPassword() })
        .expect(400);
      expect(expired.body.code).toBe("invalid_reset_token");
    });

    it("delivers the reset email through the outbox worker", async () => {
      const user = await registerCustomer(t);
      await requestReset(user.email);
      await t.app.get(OutboxWorker).runOnce();
      const rows = await t.query<{ status: string; attempts: number }>(
        "SELECT status, attempts FROM outbox_messages WHERE recipient = $1",
        [user.email],
      );
      expect(rows).toEqual([{ status: "sent", attempts: 1 }]);
    });
  });

  describe("POST /users/me/password", () => {
    it("changes the password with the current one and revokes every session", async () => {
      const user = await registerCustomer(t);
      const newPassword = strongPassword();
      await t.api
        .post("/api/v1/users/me/password")
        .set(user.auth)
        .send({ currentPassword: user.password, newPassword })
        .expect(204);
      await t.api.get("/api/v1/users/me").set(user.auth).expect(401);
      await t.api
        .post("/api/v1/auth/refresh")
        .send({ refreshToken: user.refreshToken })
        .expect(401);
      await t.api
        .post("/api/v1/auth/login")
        .send({ email: user.email, password: newPassword })
        .expect(200);
    });

    it("refuses a wrong current password and a weak new one, changing nothing", async () => {
      const user = await registerCustomer(t);
      const wrong = await t.api
        .post("/api/v1/users/me/password")
        .set(user.auth)
        .send({ currentPassword: "not-the-password", newPassword: strongPassword() })
        .expect(400);
      expect(wrong.body.code).toBe("invalid_current_password");
      const weak = await t.api
        .post("/api/v1/users/me/password")
        .set(user.auth)
        .send({ currentPassword: user.password, newPassword: "qwertyuiop12" })
        .expect(400);
      expect(weak.body.errors[0].field).toBe("newPassword");
      await t.api.get("/api/v1/users/me").set(user.auth).expect(200);
    });
  });
});
