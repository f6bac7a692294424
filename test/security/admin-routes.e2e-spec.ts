import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loginAdmin, registerCustomer, TestUser } from "../support/auth";
import { createTestApp, TestApp } from "../support/test-app";

interface Operation {
  "x-roles"?: string[];
}
const openapi = JSON.parse(readFileSync(join(__dirname, "../../openapi.json"), "utf8")) as {
  paths: Record<string, Record<string, Operation>>;
};
const ANY_UUID = "00000000-0000-4000-8000-000000000000";

/** Every operation openapi.json marks admin-only, with its path parameters filled in. */
const adminOperations = Object.entries(openapi.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([, operation]) => operation["x-roles"]?.includes("admin"))
    .map(([method, operation]) => ({
      method: method as "get" | "post" | "put" | "patch" | "delete",
      path: path.replace(/\{[^}]+\}/g, ANY_UUID),
      roles: operation["x-roles"] ?? [],
    })),
);

describe("Admin routes", () => {
  let t: TestApp;
  let customer: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    customer = await registerCustomer(t);
    admin = await loginAdmin(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it("openapi.json lists the admin routes", () => {
    expect(adminOperations.map((o) => `${o.method} ${o.path}`)).toEqual(
      expect.arrayContaining([
        "get /api/v1/users",
        "patch /api/v1/users/" + ANY_UUID,
        "get /api/v1/security/events",
      ]),
    );
  });

  it.each(adminOperations.filter((o) => !o.roles.includes("customer")))(
    "$method $path: 403 for a customer, 401 without a token",
    async ({ method, path }) => {
      // The guards answer before the body or parameters are read: one empty body for all.
      const api = t.api.offContract("an empty body and no parameters, refused by the guards first");
      const denied = await api[method](path).set(customer.auth).send({});
      expect(denied.status).toBe(403);
      expect(denied.headers["content-type"]).toMatch(/^application\/problem\+json/);
      expect(denied.body.code).toBe("forbidden");
      const anonymous = await api[method](path).send({});
      expect(anonymous.status).toBe(401);
    },
  );

  it("records an access_denied event for each 403", async () => {
    await t.api.get("/api/v1/users").set(customer.auth).expect(403);
    const rows = await t.query<{ details: { path: string } }>(
      "SELECT details FROM security_events WHERE type = 'access_denied' AND user_id = $1",
      [customer.id],
    );
    expect(rows.map((r) => r.details.path)).toContain("/api/v1/users");
  });

  describe("GET /security/events", () => {
    it("lists newest first, filters by type and user, and pages with a cursor", async () => {
      const user = await registerCustomer(t);
      for (let i = 0; i < 3; i++) {
        await t.api
          .post("/api/v1/auth/login")
          .send({ email: user.email, password: "wrong-password-1" })
          .expect(401);
      }
      const page1 = await t.api
        .get(`/api/v1/security/events?userId=${user.id}&type=login_failed&limit=2`)
        .set(admin.auth)
        .expect(200);
      expect(page1.body.data).toHaveLength(2);
      expect(page1.body.nextCursor).toEqual(expect.any(String));
      const page2 = await t.api
        .get(
          `/api/v1/security/events?userId=${user.id}&type=login_failed&limit=2&cursor=${page1.body.nextCursor}`,
        )
        .set(admin.auth)
        .expect(200);
      expect(page2.body.data).toHaveLength(1);
      expect(page2.body.nextCursor).toBeNull();
      const all = [...page1.body.data, ...page2.body.data];
      expect(new Set(all.map((e: { id: string }) => e.id)).size).toBe(3);
      expect(
        all.every(
          (e: { type: string; userId: string }) =>
            e.type === "login_failed" && e.userId === user.id,
        ),
      ).toBe(true);
      const times = all.map((e: { createdAt: string }) => Date.parse(e.createdAt));
      expect([...times].sort((a, b) => b - a)).toEqual(times);
    });

    it("refuses an unknown type, a bad cursor and an over-large limit with 400", async () => {
      const invalid = t.api.offContract("an unknown type and an over-large limit, on purpose");
      await invalid.get("/api/v1/security/events?type=nope").set(admin.auth).expect(400);
      const bad = await t.api.get("/api/v1/security/events?cursor=abc").set(admin.auth).expect(400);
      expect(bad.body.code).toBe("invalid_cursor");
      await invalid.get("/api/v1/security/events?limit=101").set(admin.auth).expect(400);
    });
  });
});
