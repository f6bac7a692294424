import { loginAdmin, registerCustomer } from "../support/auth";
import { createTestApp, TestApp } from "../support/test-app";

describe("No secrets in responses", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it("no body ever contains a password hash or a token hash", async () => {
    const bodies: string[] = [];
    const keep = <T extends { text: string }>(res: T): T => {
      bodies.push(res.text);
      return res;
    };
    const admin = await loginAdmin(t);
    const user = await registerCustomer(t);
    keep(
      await t.api
        .post("/api/v1/auth/register")
        .send({ email: `x${user.email}`, password: "another-long-password", name: "X" }),
    );
    keep(
      await t.api.post("/api/v1/auth/login").send({ email: user.email, password: user.password }),
    );
    const refreshed = keep(
      await t.api.post("/api/v1/auth/refresh").send({ refreshToken: user.refreshToken }),
    );
    keep(await t.api.post("/api/v1/auth/refresh").send({ refreshToken: user.refreshToken }));
    keep(await t.api.post("/api/v1/auth/password/forgot").send({ email: user.email }));
    keep(await t.api.get("/api/v1/users/me").set(user.auth));
    keep(await t.api.patch("/api/v1/users/me").set(admin.auth).send({ name: "Admin" }));
    keep(await t.api.get("/api/v1/users?limit=100").set(admin.auth));
    keep(await t.api.get(`/api/v1/users/${user.id}`).set(admin.auth));
    keep(await t.api.patch(`/api/v1/users/${user.id}`).set(admin.auth).send({ disabled: true }));
    keep(await t.api.get("/api/v1/security/events?limit=100").set(admin.auth));
    expect(refreshed.status).toBe(200);

    const hashes = [
      ...(await t.query<{ h: string }>("SELECT password_hash AS h FROM users")),
      ...(await t.query<{ h: string }>("SELECT token_hash AS h FROM refresh_tokens")),
      ...(await t.query<{ h: string }>("SELECT token_hash AS h FROM password_reset_tokens")),
    ].map((row) => row.h);
    expect(hashes.length).toBeGreaterThan(5);
    const all = bodies.join("\n");
    expect(all).not.toMatch(/passwordHash|password_hash|tokenHash|token_hash|\$argon2/);
    for (const hash of hashes) expect(all).not.toContain(hash);
  });
});
