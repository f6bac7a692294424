import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Response } from "supertest";
import { createProduct } from "../products/catalog-factory";
import { pay, placeOrder } from "../payments/payment-factories";
import { loginAdmin, registerCustomer, strongPassword, TestUser } from "../support/auth";
import { createTestApp, TestApp } from "../support/test-app";

/**
 * Walks openapi.json and sends a table of hostile inputs to every operation that takes a body, a
 * query or a path parameter: each answer must be a 4xx problem+json, never a 5xx. Requests are
 * off-contract on purpose, so they go through `raw` and the problem shape is checked here.
 */

interface Schema {
  $ref?: string;
  allOf?: Schema[];
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minItems?: number;
  minLength?: number;
  minimum?: number;
  additionalProperties?: Schema | boolean;
}
interface Parameter {
  name: string;
  in: "query" | "path" | "header";
  schema?: Schema;
}
interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
  security?: unknown[];
}

const spec = JSON.parse(readFileSync(join(__dirname, "../../openapi.json"), "utf8")) as {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};

const operations = Object.entries(spec.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, op]) => ({ path, method, op })),
);
type Op = (typeof operations)[number];
const label = (o: Op) => `${o.method.toUpperCase()} ${o.path}`;
const takesBody = (o: Op) => ["post", "put", "patch"].includes(o.method);

function resolve(schema: Schema): Schema {
  if (schema.$ref) return resolve(spec.components.schemas[schema.$ref.split("/").pop() ?? ""]);
  if (schema.allOf) {
    return schema.allOf.map(resolve).reduce(
      (merged, part) => ({
        ...merged,
        ...part,
        properties: { ...merged.properties, ...part.properties },
        required: [...(merged.required ?? []), ...(part.required ?? [])],
      }),
      { ...schema, allOf: undefined },
    );
  }
  return schema;
}

/** A list operation answers `{ data, nextCursor }` and so takes `limit` and `cursor`. */
function isList(o: Op): boolean {
  const schema = o.op.responses["200"]?.content?.["application/json"]?.schema;
  return schema !== undefined && resolve(schema).properties?.nextCursor !== undefined;
}

const NUL = "x\u0000y";
const LONG = "a".repeat(100_000);
const HUGE_NUMBERS = [1e20, -1e20, 2 ** 53 + 2, 1e308, -1e308];

function wrongTypes(schema: Schema): unknown[] {
  switch (schema.type) {
    case "string":
      return [12345, true, {}, ["a"]];
    case "number":
    case "integer":
      return ["12", true, {}, [1], 1.5];
    case "boolean":
      return ["true", 1, {}, []];
    case "array":
      return ["a", 1, { 0: "a" }];
    default:
      return ["a", 1, true, []];
  }
}

interface Field {
  path: string[];
  schema: Schema;
}

/** Every property path of a body schema (nested objects and first array items included). */
function fieldsOf(schema: Schema, prefix: string[] = [], depth = 0): Field[] {
  const resolved = resolve(schema);
  if (depth > 3) return [];
  const fields: Field[] = [];
  for (const [name, child] of Object.entries(resolved.properties ?? {})) {
    const path = [...prefix, name];
    const inner = resolve(child);
    fields.push({ path, schema: inner });
    if (inner.type === "array" && inner.items) {
      const item = resolve(inner.items);
      if (item.properties) fields.push(...fieldsOf(item, [...path, "0"], depth + 1));
    } else if (inner.properties) {
      fields.push(...fieldsOf(inner, path, depth + 1));
    }
    if (inner.type === "object" && inner.additionalProperties) {
      fields.push({ path: [...path, "key"], schema: { type: "string" } });
    }
  }
  return fields;
}

jest.setTimeout(300_000);

describe("Hostile input sweep: every operation in openapi.json refuses it with a 4xx problem", () => {
  let t: TestApp;
  let admin: TestUser;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAdmin(t);
    const customer = await registerCustomer(t);
    const category = await t.api
      .post("/api/v1/categories")
      .set(admin.auth)
      .send({ name: "Sweep" })
      .expect(201);
    const product = await createProduct(t, admin.auth, {
      name: "Sweep product",
      categoryId: category.body.id,
    });
    const address = await t.api
      .post("/api/v1/users/me/addresses")
      .set(admin.auth)
      .send({ fullName: "A", line1: "1 St", city: "C", postalCode: "1", country: "US" })
      .expect(201);
    const order = await placeOrder(t, customer, product.variants[0].id);
    const payment = await pay(t, customer, order.id, "pm_card_visa").expect(201);
    const cart = await t.api
      .post("/api/v1/cart/items")
      .set(admin.auth)
      .send({ variantId: product.variants[0].id, quantity: 1 })
      .expect(201);
    Object.assign(ids, {
      "/users/{id}": customer.id,
      "/users/me/addresses/{id}": address.body.id,
      "/products/{id}": product.id,
      "/variants/{id}": product.variants[0].id,
      "/categories/{id}": category.body.id,
      "/cart/items/{itemId}": cart.body.items[0].id,
      "/shipping-methods/{code}": "standard",
      "/orders/{id}": order.id,
      "/payments/{id}": payment.body.id,
      "/payments/webhooks/{provider}": "sandbox",
      "/payments/sandbox/authenticate/{paymentId}": payment.body.id,
      variantId: product.variants[0].id,
      categoryId: category.body.id,
      parentId: category.body.id,
      shippingAddressId: address.body.id,
    });
  });
  afterAll(async () => {
    await t.close();
  });

  /** A real resource for the path's parameters, so that requests reach the handler. */
  function urlOf(o: Op, override?: { param: string; value: string }): string {
    return o.path.replace(/\{(\w+)\}/g, (whole, param: string) => {
      if (override?.param === param) return override.value;
      const key = Object.keys(ids).find((k) => k.includes(whole) && o.path.includes(k));
      return key ? ids[key] : randomUUID();
    });
  }

  function sample(schema: Schema, name = ""): unknown {
    const s = resolve(schema);
    if (s.enum) return s.enum[0];
    if (ids[name]) return ids[name];
    switch (s.type) {
      case "string":
        if (s.format === "email") return `sweep-${randomUUID().slice(0, 8)}@example.test`;
        if (s.format === "password") return strongPassword();
        if (s.format === "uuid") return randomUUID();
        if (s.format === "uri") return "https://example.com/a.png";
        if (s.format === "date-time") return new Date().toISOString();
        if (name === "country") return "US";
        if (name === "phone") return "+1 555 0100";
        if (name === "paymentMethod") return "pm_card_visa";
        if (name === "code") return `sweep-${randomUUID().slice(0, 8)}`;
        return "a".repeat(Math.max(s.minLength ?? 1, 3));
      case "number":
      case "integer":
        return Math.max(s.minimum ?? 1, 1);
      case "boolean":
        return false;
      case "array":
        return s.items ? [sample(s.items, name)] : [];
      default:
        return Object.fromEntries(
          (s.required ?? []).map((key) => [key, sample(s.properties?.[key] ?? {}, key)]),
        );
    }
  }

  /** The operation's valid minimal body with `value` put at `path`. */
  function bodyWith(schema: Schema, path: string[], value: unknown): unknown {
    const body = sample(schema) as Record<string, unknown>;
    let node: Record<string, unknown> = body;
    let nodeSchema = resolve(schema);
    for (const [index, key] of path.slice(0, -1).entries()) {
      const childSchema = resolve(
        nodeSchema.type === "array"
          ? (nodeSchema.items ?? {})
          : (nodeSchema.properties?.[key] ?? {}),
      );
      if (node[key] === undefined || typeof node[key] !== "object") {
        node[key] = childSchema.type === "array" ? [] : {};
      }
      if (childSchema.type === "array" && (node[key] as unknown[]).length === 0) {
        (node[key] as unknown[]).push(sample(childSchema.items ?? {}, path[index + 2]));
      }
      node = node[key] as Record<string, unknown>;
      nodeSchema = childSchema;
    }
    node[path[path.length - 1]] = value;
    return body;
  }

  const failures: string[] = [];

  function send(o: Op, url: string) {
    const hostile = t.api.offContract("hostile input, on purpose");
    const req = hostile[o.method as "post"](url).set(admin.auth);
    return o.method === "post" ? req.set("Idempotency-Key", randomUUID()) : req;
  }

  function check(res: Response, what: string, code?: string): void {
    const problem = res.body as { status?: unknown; code?: unknown };
    const ok =
      res.status >= 400 &&
      res.status < 500 &&
      /^application\/problem\+json/.test(String(res.headers["content-type"])) &&
      problem.status === res.status &&
      typeof problem.code === "string" &&
      (code === undefined || problem.code === code);
    if (!ok) {
      failures.push(`${what}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
    }
  }

  const pending: { request: () => PromiseLike<Response>; what: string; code?: string }[] = [];

  function queue(request: () => PromiseLike<Response>, what: string, code?: string): void {
    pending.push({ request, what, code });
  }

  /** Sends the queued requests a few at a time (every one must be refused, so order is moot). */
  async function drain(): Promise<void> {
    const worker = async () => {
      for (let next = pending.shift(); next; next = pending.shift()) {
        check(await next.request(), next.what, next.code);
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));
  }

  /** Runs one class of attack and fails with every offender listed, not just the first. */
  async function sweep(run: () => Promise<number>): Promise<void> {
    failures.length = 0;
    const sent = await run();
    await drain();
    expect(sent).toBeGreaterThan(20);
    expect(failures).toEqual([]);
  }

  const bodyOps = () => operations.filter(takesBody);
  const documentedBodyOps = () => operations.filter((o) => o.op.requestBody);
  const bodySchema = (o: Op) => o.op.requestBody?.content["application/json"].schema ?? {};

  it("deeply nested JSON bodies are 400 body_too_deep on every body route", () =>
    sweep(async () => {
      let sent = 0;
      for (const o of bodyOps()) {
        for (const depth of [33, 5_000]) {
          queue(
            () =>
              send(o, urlOf(o))
                .set("Content-Type", "application/json")
                .send(`{"a":${"[".repeat(depth)}${"]".repeat(depth)}}`),
            `${label(o)} depth ${depth}`,
            "body_too_deep",
          );
          sent++;
        }
      }
      return sent;
    }));

  it("bodies in other media types than JSON are 415 on every body route", () =>
    sweep(async () => {
      let sent = 0;
      const bodies: [string, string][] = [
        ["application/x-www-form-urlencoded", "email=a%40example.com&password=x"],
        [
          "multipart/form-data; boundary=b",
          '--b\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--b--',
        ],
        ["text/plain", '{"a":1}'],
        ["application/xml", "<a>1</a>"],
      ];
      for (const o of bodyOps()) {
        for (const [type, body] of bodies) {
          queue(
            () => send(o, urlOf(o)).set("Content-Type", type).send(body),
            `${label(o)} ${type}`,
            "unsupported_media_type",
          );
          sent++;
        }
      }
      return sent;
    }));

  it("NUL characters (and bad percent-encoding) in any body field, query or path are a 400", () =>
    sweep(async () => {
      let sent = 0;
      for (const o of documentedBodyOps()) {
        for (const field of fieldsOf(bodySchema(o))) {
          queue(
            () => send(o, urlOf(o)).send(bodyWith(bodySchema(o), field.path, NUL) as object),
            `${label(o)} body ${field.path.join(".")}`,
            "validation_failed",
          );
          sent++;
        }
        queue(
          () =>
            send(o, urlOf(o)).send({
              ...(sample(bodySchema(o)) as object),
              "k\u0000": 1,
            }),
          `${label(o)} body key`,
          "validation_failed",
        );
        sent++;
      }
      for (const o of operations) {
        for (const param of o.op.parameters ?? []) {
          if (param.in === "header") continue;
          const url =
            param.in === "path"
              ? urlOf(o, { param: param.name, value: "a%00b" })
              : `${urlOf(o)}?${param.name}=a%00b`;
          queue(() => send(o, url), `${label(o)} ${param.in} ${param.name}`, "validation_failed");
          sent++;
          if (param.in === "path") {
            const badlyEncoded = urlOf(o, { param: param.name, value: "%E0%A4%A" });
            queue(
              () => send(o, badlyEncoded),
              `${label(o)} path ${param.name} %E0%A4%A`,
              "bad_url",
            );
            sent++;
          }
        }
      }
      return sent;
    }));

  it("huge numbers in any body field are a 4xx", () =>
    sweep(async () => {
      let sent = 0;
      for (const o of documentedBodyOps()) {
        for (const field of fieldsOf(bodySchema(o))) {
          for (const value of HUGE_NUMBERS) {
            queue(
              () => send(o, urlOf(o)).send(bodyWith(bodySchema(o), field.path, value) as object),
              `${label(o)} ${field.path.join(".")}=${value}`,
            );
            sent++;
          }
        }
      }
      return sent;
    }));

  it("over-long strings in any body field, query parameter or path parameter are a 4xx", () =>
    sweep(async () => {
      let sent = 0;
      for (const o of documentedBodyOps()) {
        for (const field of fieldsOf(bodySchema(o))) {
          queue(
            () => send(o, urlOf(o)).send(bodyWith(bodySchema(o), field.path, LONG) as object),
            `${label(o)} ${field.path.join(".")} long`,
          );
          sent++;
        }
      }
      for (const o of operations) {
        for (const param of o.op.parameters ?? []) {
          if (param.in === "header") continue;
          const long = "a".repeat(4000);
          const url =
            param.in === "path"
              ? urlOf(o, { param: param.name, value: long })
              : `${urlOf(o)}?${param.name}=${long}`;
          queue(() => send(o, url), `${label(o)} ${param.in} ${param.name} long`);
          sent++;
        }
      }
      return sent;
    }));

  it("wrong types anywhere in a body, and bodies that are not objects, are a 4xx", () =>
    sweep(async () => {
      let sent = 0;
      for (const o of documentedBodyOps()) {
        for (const field of fieldsOf(bodySchema(o))) {
          for (const value of wrongTypes(field.schema)) {
            queue(
              () => send(o, urlOf(o)).send(bodyWith(bodySchema(o), field.path, value) as object),
              `${label(o)} ${field.path.join(".")}=${JSON.stringify(value)}`,
            );
            sent++;
          }
        }
        for (const raw of [
          "[]",
          '"text"',
          "12",
          "true",
          "null",
          "{",
          '{"__proto__":{"admin":true}}',
        ]) {
          queue(
            () => send(o, urlOf(o)).set("Content-Type", "application/json").send(raw),
            `${label(o)} body ${raw}`,
          );
          sent++;
        }
      }
      return sent;
    }));

  it("hostile query values (huge numbers, wrong types, repeats) are a 4xx on typed parameters", () =>
    sweep(async () => {
      let sent = 0;
      for (const o of operations) {
        for (const param of o.op.parameters ?? []) {
          if (param.in !== "query") continue;
          const schema = resolve(param.schema ?? {});
          const typed = schema.type !== "string" || schema.enum || schema.format;
          const values = typed
            ? [
                "1e400",
                "99999999999999999999999",
                "-99999999999999999999",
                "NaN",
                "Infinity",
                "abc",
                "{}",
              ]
            : [];
          for (const value of values) {
            queue(
              () => send(o, `${urlOf(o)}?${param.name}=${value}`),
              `${label(o)} ?${param.name}=${value}`,
            );
            sent++;
          }
          queue(
            () => send(o, `${urlOf(o)}?${param.name}=1&${param.name}=2`),
            `${label(o)} ?${param.name} repeated`,
          );
          sent++;
        }
      }
      return sent;
    }));

  it("bad cursors and page limits are a 400 on every list", () =>
    sweep(async () => {
      let sent = 0;
      const lists = operations.filter(isList);
      expect(lists.length).toBeGreaterThanOrEqual(7);
      const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
      const cursors = [
        "!!!",
        "a%00",
        "x".repeat(600),
        encode(["orders", "not-a-uuid"]),
        encode(["products:-createdAt:0", "yesterday", randomUUID()]),
        encode([null, 1e308, {}]),
        encode({ a: 1 }),
      ];
      const limits = ["0", "101", "-1", "1e400", "abc", "1.5", "99999999999999999999"];
      for (const o of lists) {
        for (const cursor of cursors) {
          queue(
            () => send(o, `${urlOf(o)}?cursor=${cursor}`),
            `${label(o)} cursor ${cursor.slice(0, 40)}`,
          );
          sent++;
        }
        for (const limit of limits) {
          queue(() => send(o, `${urlOf(o)}?limit=${limit}`), `${label(o)} limit ${limit}`);
          sent++;
        }
      }
      return sent;
    }));
});
