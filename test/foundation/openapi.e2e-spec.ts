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
    // The document itself is served outside the API it describes.
    const res = await t.nonApi.get("/docs-json").expect(200);
    expect(res.body).toEqual(committed);
  });

  it("serves Swagger UI at /docs with a CSP that still forbids framing", async () => {
    const res = await t.nonApi.get("/docs").redirects(1).expect(200);
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

  describe("is exactly true", () => {
    type Json = Record<string, unknown>;
    const doc = JSON.parse(readFileSync(join(__dirname, "../../openapi.json"), "utf8")) as {
      paths: Record<string, Record<string, Json>>;
      components: { schemas: Record<string, Json> };
    };
    const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({ path, method, operation })),
    );
    const responsesOf = (operation: Json) =>
      Object.entries(operation.responses as Record<string, Json>);

    it("gives every list operation its limit and cursor", () => {
      const lists = operations.filter(({ operation }) =>
        JSON.stringify(
          (operation.responses as Record<string, Json>)["200"]?.content ?? {},
        ).includes("PageDto"),
      );
      expect(lists.length).toBeGreaterThanOrEqual(7);
      for (const { path, method, operation } of lists) {
        const names = (operation.parameters as { name: string; in: string }[])
          .filter((p) => p.in === "query")
          .map((p) => p.name);
        expect({ path, method, names }).toEqual({
          path,
          method,
          names: expect.arrayContaining(["limit", "cursor"]),
        });
      }
    });

    it("closes every object schema and has no number that is not an integer", () => {
      for (const [name, schema] of Object.entries(doc.components.schemas)) {
        expect({ name, additionalProperties: schema.additionalProperties }).toEqual({
          name,
          additionalProperties: false,
        });
      }
      expect(JSON.stringify(doc)).not.toContain('"type":"number"');
    });

    it("documents constraints from the validators: delta, quantity's maximum, the either/or body", () => {
      const schemas = doc.components.schemas;
      expect(schemas.CreateStockAdjustmentDto).toMatchObject({
        required: expect.arrayContaining(["delta"]),
        properties: { delta: { type: "integer", not: { enum: [0] } } },
      });
      expect(schemas.AddCartItemDto).toMatchObject({
        properties: { quantity: { type: "integer", minimum: 1, maximum: 99 } },
      });
      expect(schemas.PlaceOrderDto.oneOf).toEqual([
        { required: ["shippingAddressId"] },
        { required: ["shippingAddress"] },
      ]);
    });

    it("gives each error status its own example and the 402 its payment id", () => {
      for (const { operation } of operations) {
        for (const [status, response] of responsesOf(operation)) {
          const media = (response.content as Record<string, Json> | undefined)?.[
            "application/problem+json"
          ];
          if (!media) continue;
          expect((media.example as Json).status).toBe(Number(status));
          if (status === "402") {
            expect(media.schema).toEqual({
              $ref: "#/components/schemas/PaymentDeclinedProblemDto",
            });
          }
        }
      }
      expect(doc.components.schemas.PaymentDeclinedProblemDto.required).toContain("paymentId");
      expect(doc.components.schemas.ProblemDto.properties).toHaveProperty("variants");
    });

    it("describes each response once, with its headers", () => {
      for (const { path, method, operation } of operations) {
        const idempotent = JSON.stringify(operation.parameters ?? []).includes("Idempotency-Key");
        for (const [status, response] of responsesOf(operation)) {
          const description = String(response.description);
          const paragraphs = description.split("\n\n");
          expect({
            path,
            method,
            status,
            repeated: new Set(paragraphs).size < paragraphs.length,
          }).toEqual({ path, method, status, repeated: false });
          const headers = Object.keys((response.headers as Json | undefined) ?? {});
          expect(headers).toContain("X-Request-Id");
          if (idempotent) expect(headers).toContain("Idempotent-Replayed");
          if (status === "429" || status === "503") expect(headers).toContain("Retry-After");
        }
      }
    });
  });
});
