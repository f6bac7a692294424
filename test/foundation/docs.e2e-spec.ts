import { createTestApp, TestApp } from "../support/test-app";

const PRODUCTION = { NODE_ENV: "production", PAYMENT_WEBHOOK_SECRET: "whsec_docs_test_0123456789" };

describe("API documentation exposure (DOCS_ENABLED)", () => {
  const apps: TestApp[] = [];
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
  });

  async function boot(env: Record<string, string>): Promise<TestApp> {
    const t = await createTestApp(env);
    apps.push(t);
    return t;
  }

  it("serves Swagger UI and the spec by default outside production", async () => {
    const t = await boot({});
    await t.nonApi.get("/docs-json").expect(200);
    await t.nonApi.get("/docs-yaml").expect(200);
    expect((await t.nonApi.get("/docs/")).status).toBeLessThan(400);
  });

  it("serves neither in production by default", async () => {
    const t = await boot(PRODUCTION);
    for (const url of ["/docs", "/docs/", "/docs-json", "/docs-yaml"]) {
      const res = await t.nonApi.get(url);
      expect({ url, status: res.status }).toEqual({ url, status: 404 });
    }
    await t.api.get("/api/v1/health/live").expect(200);
  });

  it("serves them in production when DOCS_ENABLED=true", async () => {
    const t = await boot({ ...PRODUCTION, DOCS_ENABLED: "true" });
    const res = await t.nonApi.get("/docs-json").expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
  });

  it("serves neither outside production when DOCS_ENABLED=false", async () => {
    const t = await boot({ DOCS_ENABLED: "false" });
    await t.nonApi.get("/docs-json").expect(404);
  });
});
