import { randomUUID } from "node:crypto";
import { loginAdmin, TestUser } from "../support/auth";
import { createTestApp, TestApp } from "../support/test-app";

type Method = "post" | "patch" | "delete";

/**
 * Admin writes addressed to something that does not exist: each documents a 404 problem with
 * its own code, and changes nothing. One table, so every documented 404 of these operations is
 * produced by a request the spec allows (a well-formed id or code, a valid body).
 */
const cases: {
  method: Method;
  path: (id: string, code: string) => string;
  body?: object;
  code: string;
  idempotent?: boolean;
}[] = [
  {
    method: "patch",
    path: (id) => `/users/${id}`,
    body: { disabled: true },
    code: "user_not_found",
  },
  { method: "delete", path: (id) => `/products/${id}`, code: "product_not_found" },
  {
    method: "patch",
    path: (id) => `/categories/${id}`,
    body: { name: "X" },
    code: "category_not_found",
  },
  { method: "delete", path: (id) => `/categories/${id}`, code: "category_not_found" },
  {
    method: "patch",
    path: (id) => `/promotions/${id}`,
    body: { name: "X" },
    code: "promotion_not_found",
  },
  { method: "post", path: (id) => `/promotions/${id}/archive`, code: "promotion_not_found" },
  {
    method: "patch",
    path: (_, code) => `/regions/${code}`,
    body: { name: "X" },
    code: "region_not_found",
  },
  { method: "delete", path: (_, code) => `/regions/${code}`, code: "region_not_found" },
  {
    method: "patch",
    path: (_, code) => `/tax-categories/${code}`,
    body: { name: "X" },
    code: "tax_category_not_found",
  },
  {
    method: "patch",
    path: (id) => `/tax-rates/${id}`,
    body: { rate: 100 },
    code: "tax_rate_not_found",
  },
  { method: "post", path: (id) => `/orders/${id}/ship`, body: {}, code: "order_not_found" },
  { method: "post", path: (id) => `/orders/${id}/deliver`, code: "order_not_found" },
  { method: "post", path: (id) => `/returns/${id}/approve`, code: "return_not_found" },
  { method: "post", path: (id) => `/returns/${id}/reject`, code: "return_not_found" },
  { method: "post", path: (id) => `/returns/${id}/receive`, body: {}, code: "return_not_found" },
  {
    method: "post",
    path: (id) => `/returns/${id}/settle`,
    body: { method: "refund" },
    code: "return_not_found",
    idempotent: true,
  },
];

describe("Admin writes to an unknown id or code", () => {
  let t: TestApp;
  let admin: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAdmin(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it.each(
    cases.map((c) => ({ ...c, route: `${c.method.toUpperCase()} ${c.path("{id}", "{code}")}` })),
  )("$route answers 404 $code", async ({ method, path, body, code, idempotent }) => {
    const url = `/api/v1${path(randomUUID(), `nowhere-${randomUUID().slice(0, 8)}`)}`;
    let request = t.api[method](url).set(admin.auth);
    if (idempotent) request = request.set("Idempotency-Key", randomUUID());
    const res = await (body === undefined ? request : request.send(body));
    expect([res.status, res.body.code]).toEqual([404, code]);
    expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
  });
});
