import { createTestApp, TestApp } from "../support/test-app";

describe("HTTP pipeline", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ CORS_ORIGINS: "https://shop.example" });
  });
  afterAll(async () => {
    await t.close();
  });

  it("echoes a sane X-Request-Id and replaces an unsafe one", async () => {
    const sane = await t.api
      .get("/api/v1/health/live")
      .set("X-Request-Id", "abc-123.DEF")
      .expect(200);
    expect(sane.headers["x-request-id"]).toBe("abc-123.DEF");

    const unsafe = await t.api
      .get("/api/v1/health/live")
      .set("X-Request-Id", "x".repeat(300))
      .expect(200);
    expect(unsafe.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("puts the request id in error bodies", async () => {
    // A route that does not exist: outside the contract by definition.
    const res = await t.nonApi.get("/api/v1/nowhere").set("X-Request-Id", "trace-me").expect(404);
    expect(res.body.requestId).toBe("trace-me");
  });

  it("sends security headers and no-store on API responses", async () => {
    const res = await t.api.get("/api/v1/health/live").expect(200);
    expect(res.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["x-frame-options"]).toBe("DENY");
    expect(res.headers["x-powered-by"]).toBeUndefined();
  });

  it("allows CORS only for the configured origins", async () => {
    // A CORS preflight is answered by the CORS layer, not by an operation of the API.
    const allowed = await t.nonApi
      .options("/api/v1/health/live")
      .set("Origin", "https://shop.example")
      .set("Access-Control-Request-Method", "GET");
    expect(allowed.headers["access-control-allow-origin"]).toBe("https://shop.example");

    const refused = await t.nonApi
      .options("/api/v1/health/live")
      .set("Origin", "https://evil.example")
      .set("Access-Control-Request-Method", "GET");
    expect(refused.headers["access-control-allow-origin"]).toBeUndefined();
  });
});
