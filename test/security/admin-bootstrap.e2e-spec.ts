import { captureOutput } from "../support/capture-output";
import { createTestApp, TestApp } from "../support/test-app";

describe("First administrator", () => {
  let t: TestApp | undefined;
  let output: ReturnType<typeof captureOutput> | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
    output?.restore();
    output = undefined;
  });

  it("is created from ADMIN_EMAIL with a generated password, printed once, outside production", async () => {
    // Captured for the whole test: the app logs every request at this level too.
    output = captureOutput();
    t = await createTestApp({
      ADMIN_EMAIL: "Boot@Example.test",
      ADMIN_PASSWORD: "",
      LOG_LEVEL: "info",
    });
    const lines = output.text().split("\n");
    const printed = lines.filter((line) => line.includes("generated password"));
    expect(printed).toHaveLength(1);
    const password = /generated password (\S+)/.exec(printed[0])?.[1];
    expect(password).toEqual(expect.any(String));
    expect(password?.length).toBeGreaterThanOrEqual(20);

    const admins = await t.query<{ email: string; roles: string[] }>(
      "SELECT email, roles FROM users WHERE 'admin' = ANY(roles)",
    );
    expect(admins).toEqual([{ email: "boot@example.test", roles: ["admin"] }]);
    const login = await t.api
      .post("/api/v1/auth/login")
      .send({ email: "boot@example.test", password })
      .expect(200);
    await t.api
      .get("/api/v1/users")
      .set({ Authorization: `Bearer ${login.body.accessToken}` })
      .expect(200);
  });

  it("uses ADMIN_PASSWORD when it is set, and the account gets only the admin role", async () => {
    t = await createTestApp({
      ADMIN_EMAIL: "ops@example.test",
      ADMIN_PASSWORD: "ops-password-long-1",
    });
    await t.api
      .post("/api/v1/auth/login")
      .send({ email: "ops@example.test", password: "ops-password-long-1" })
      .expect(200);
    const rows = await t.query("SELECT 1 FROM users WHERE 'admin' = ANY(roles)");
    expect(rows).toHaveLength(1);
  });
});
