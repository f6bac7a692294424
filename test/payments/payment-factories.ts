import { randomUUID } from "node:crypto";
import { signWebhook } from "../../src/payments/providers/webhook-signature";
import { registerCustomer, TestUser } from "../support/auth";
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
  const res = await t.api
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
  let res = await t.api.post("/api/v1/cart/items").set(customer.auth).send({ variantId, quantity });
  expectStatus(res, 201, "add to cart");
  res = await t.api
    .put("/api/v1/cart/shipping-method")
    .set(customer.auth)
    .send({ code: "standard" });
  expectStatus(res, 200, "choose shipping");
  res = await t.api
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
  body: {
    amount?: number;
    items?: { variantId: string; quantity: number }[];
    reason?: string;
  } = {},
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

export const WEBHOOK_URL = "/api/v1/payments/webhooks/sandbox";

/** What an intent event needs to name: our payment, the provider's intent, the order's amount. */
export interface EventTarget {
  paymentId: string;
  reference: string;
  order: { total: number; currency: string };
}

/** A payment_intent event body as the sandbox writes it, with a fresh event id. */
export function intentEvent(
  p: EventTarget,
  status: string,
  overrides: Record<string, unknown> = {},
): string {
  return JSON.stringify({
    id: `evt_test_${randomUUID()}`,
    type: `payment_intent.${status === "failed" ? "payment_failed" : status}`,
    created: Math.floor(Date.now() / 1000),
    data: {
      intent: {
        reference: p.reference,
        merchantReference: p.paymentId,
        amount: p.order.total,
        currency: p.order.currency,
        status,
        failureCode: status === "failed" ? "card_declined" : null,
        nextActionUrl: null,
        paymentMethodDescription: "visa •••• 3184",
        capturedAmount: status === "succeeded" ? p.order.total : 0,
        refunds: [],
        ...overrides,
      },
    },
  });
}

/** POSTs a webhook body, signed with the app's first webhook secret unless told otherwise. */
export function postWebhook(t: TestApp, body: string, signature?: string) {
  return t.api
    .post(WEBHOOK_URL)
    .set("Content-Type", "application/json")
    .set("Storefront-Signature", signature ?? signWebhook(body, t.config.paymentWebhookSecrets))
    .send(body);
}

/** The bodies of the events the sandbox emitted for a payment, of one type, oldest first. */
export async function sandboxEvents(t: TestApp, paymentId: string, type: string) {
  const rows = await t.query<{ body: string }>(
    `SELECT e.body FROM sandbox_events e JOIN sandbox_intents i ON i.id = e.intent_id
      WHERE i.merchant_reference = $1 AND e.type = $2 ORDER BY e.created_at, e.id`,
    [paymentId, type],
  );
  return rows.map((row) => row.body);
}

export async function providerReference(t: TestApp, paymentId: string): Promise<string> {
  const [row] = await t.query<{ provider_reference: string }>(
    "SELECT provider_reference FROM payments WHERE id = $1",
    [paymentId],
  );
  return row.provider_reference;
}

/** The payment's ledger rows (charge first), for exactly-once checks. */
export function ledger(t: TestApp, paymentId: string) {
  return t.query<{ type: string; status: string; amount: number }>(
    `SELECT type, status, amount FROM payment_transactions WHERE payment_id = $1
      ORDER BY type, created_at`,
    [paymentId],
  );
}

export async function countRows(t: TestApp, sql: string, params: unknown[]): Promise<number> {
  return (await t.query(sql, params)).length;
}

/**
 * A new customer's order whose payment waits for 3-D Secure: the payment, its challenge URL
 * and the provider's intent.
 */
export async function paymentAwaitingAuthentication(t: TestApp, variantId: string) {
  const customer = await registerCustomer(t);
  const order = await placeOrder(t, customer, variantId);
  const res = await pay(t, customer, order.id, "pm_card_authenticationRequired").expect(201);
  const paymentId = res.body.id as string;
  return {
    customer,
    order,
    paymentId,
    url: res.body.nextAction.url as string,
    reference: await providerReference(t, paymentId),
  };
}
