import { randomUUID } from "node:crypto";
import type { TestUser } from "../support/auth";
import type { TestApp } from "../support/test-app";

export interface PlacedOrder {
  id: string;
  total: number;
  currency: string;
  status: string;
}

export const TEST_ADDRESS = {
  fullName: "Ada Lovelace",
  line1: "1 Analytical Way",
  city: "London",
  postalCode: "N1 9GU",
  country: "GB",
};

function expectStatus(res: { status: number; body: unknown }, status: number, what: string) {
  if (res.status !== status) {
    throw new Error(`${what}: expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`);
  }
}

/** An active product with one variant in stock, made by the admin through the API. */
export async function createVariant(t: TestApp, admin: TestUser, price = 2000): Promise<string> {
  const sku = `PAY-${randomUUID().slice(0, 8).toUpperCase()}`;
  // Set-up goes through other modules' real API; their contracts are checked by their own tests.
  const res = await t.raw
    .post("/api/v1/products")
    .set(admin.auth)
    .send({
      name: `Payment test ${sku}`,
      status: "active",
      variants: [{ sku, price, stock: 1000 }],
    });
  expectStatus(res, 201, "create product");
  return (res.body as { variants: { id: string }[] }).variants[0].id;
}

/** Cart, shipping method and checkout through the real API: an order pending payment. */
export async function placeOrder(
  t: TestApp,
  customer: TestUser,
  variantId: string,
  quantity = 1,
): Promise<PlacedOrder> {
  let res = await t.raw.post("/api/v1/cart/items").set(customer.auth).send({ variantId, quantity });
  expectStatus(res, 201, "add to cart");
  res = await t.raw
    .put("/api/v1/cart/shipping-method")
    .set(customer.auth)
    .send({ code: "standard" });
  expectStatus(res, 200, "choose shipping");
  res = await t.raw
    .post("/api/v1/orders")
    .set(customer.auth)
    .set("Idempotency-Key", randomUUID())
    .send({ shippingAddress: TEST_ADDRESS });
  expectStatus(res, 201, "checkout");
  return res.body as PlacedOrder;
}

/** POST /orders/:id/payments with a fresh (or given) Idempotency-Key. */
export function pay(
  t: TestApp,
  customer: TestUser,
  orderId: string,
  paymentMethod: string,
  key: string = randomUUID(),
) {
  return t.api
    .post(`/api/v1/orders/${orderId}/payments`)
    .set(customer.auth)
    .set("Idempotency-Key", key)
    .send({ paymentMethod });
}

export function refund(
  t: TestApp,
  admin: TestUser,
  paymentId: string,
  body: { amount?: number; reason?: string } = {},
  key: string = randomUUID(),
) {
  return t.api
    .post(`/api/v1/payments/${paymentId}/refunds`)
    .set(admin.auth)
    .set("Idempotency-Key", key)
    .send(body);
}

/** Polls `read` until `done` holds, up to a bound; returns the last value (asserted by the caller). */
export async function waitFor<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    value = await read();
  }
  return value;
}

export async function orderStatus(t: TestApp, orderId: string): Promise<string> {
  const rows = await t.query<{ status: string }>("SELECT status FROM orders WHERE id = $1", [
    orderId,
  ]);
  return rows[0]?.status;
}

export async function paymentRow(t: TestApp, paymentId: string) {
  const rows = await t.query<{
    status: string;
    failure_code: string | null;
    refunded_amount: number;
    amount: number;
  }>("SELECT status, failure_code, refunded_amount, amount FROM payments WHERE id = $1", [
    paymentId,
  ]);
  return rows[0];
}
