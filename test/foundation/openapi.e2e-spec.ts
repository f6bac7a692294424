import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createTestApp, TestApp } from "../support/test-app";

describe("OpenAPI document", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it("is what the code generates (run `npm run openapi` after changing routes or DTOs)", async () => {
    const committed = JSON.parse(readFileSync(join(__dirname, "../../openapi.json"), "utf8"));
    const res = await t.raw.get("/docs-json").expect(200);
    expect(res.body).toEqual(committed);
  });

  it("serves Swagger UI at /docs with a CSP that still forbids framing", async () => {
    const res = await t.raw.get("/docs").redirects(1).expect(200);
    expect(res.text).toContain("swagger");
    expect(res.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  });

  it("declares bearer auth and gives every operation a security requirement", () => {
    const doc = JSON.parse(readFileSync(join(__dirname, "../../openapi.json"), "utf8"));
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: "http", scheme: "bearer" });
    for (const [path, item] of Object.entries<Record<string, { security?: unknown[] }>>(
      doc.paths,
    )) {
      for (const [method, operation] of Object.entries(item)) {
        expect({ path, method, hasSecurity: Array.isArray(operation.security) }).toEqual({
          path,
          method,
          hasSecurity: true,
        });
      }
    }
  });
});
