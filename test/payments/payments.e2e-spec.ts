import { randomUUID } from "node:crypto";
import { loginAdmin, registerCustomer, TestUser } from "../support/auth";
import { createTestApp, TestApp } from "../support/test-app";
import {
  createVariant,
  orderStatus,
  pay,
  paymentRow,
  placeOrder,
  waitFor,
} from "./payment-factories";

interface PaymentBody {
  id: string;
  orderId: string;
  amount: number;
  currency: string;
  status: string;
  failureCode: string | null;
  nextAction: { type: string; url: string } | null;
  paymentMethodDescription: string | null;
}

describe("Payments (sandbox provider)", () => {
  let t: TestApp;
  let admin: TestUser;
  let variantId: string;

  beforeAll(async () => {
    t = await createTestApp({ SANDBOX_WEBHOOK_DELAY_MS: "50" });
    admin = await loginAdmin(t);
    variantId = await createVariant(t, admin);
  });
  afterAll(async () => {
    await t.close();
  });

  async function newOrder(customer?: TestUser) {
    const owner = customer ?? (await registerCustomer(t));
    const order = await placeOrder(t, owner, variantId);
    return { customer: owner, order };
  }

  async function chargeRows(paymentId: string) {
    return t.query<{ status: string; amount: number }>(
      "SELECT status, amount FROM payment_transactions WHERE payment_id = $1 AND type = 'charge'",
      [paymentId],
    );
  }

  it.each([
    ["pm_card_visa", "visa •••• 4242"],
    ["pm_card_mastercard", "mastercard •••• 4444"],
  ])("%s succeeds and the order is paid in the same step", async (token, description) => {
    const { customer, order } = await newOrder();
    const res = await pay(t, customer, order.id, token).expect(201);
    const payment = res.body as PaymentBody;
    expect(payment).toMatchObject({
      orderId: order.id,
      amount: order.total,
      currency: order.currency,
      status: "succeeded",
      failureCode: null,
      nextAction: null,
      paymentMethodDescription: description,
    });
    expect(await orderStatus(t, order.id)).toBe("paid");
    expect(await chargeRows(payment.id)).toEqual([{ status: "succeeded", amount: order.total }]);
    const outbox = await t.query(
      "SELECT 1 FROM outbox_messages WHERE topic = 'payments.payment_succeeded' AND payload->>'paymentId' = $1",
      [payment.id],
    );
    expect(outbox).toHaveLength(1);

    const again = await pay(t, customer, order.id, "pm_card_visa").expect(409);
    expect(again.body.code).toBe("order_already_paid");
  });

  it.each([
    ["pm_card_chargeDeclined", "card_declined"],
    ["pm_card_insufficientFunds", "insufficient_funds"],
    ["pm_card_expired", "expired_card"],
  ])("%s is a 402 %s, recorded failed; the customer can then pay", async (token, code) => {
    const { customer, order } = await newOrder();
    const res = await pay(t, customer, order.id, token).expect(402);
    expect(res.headers["content-type"]).toMatch(/application\/problem\+json/);
    expect(res.body.code).toBe(code);
    const paymentId = res.body.paymentId as string;
    expect(await paymentRow(t, paymentId)).toMatchObject({ status: "failed", failure_code: code });
    expect(await chargeRows(paymentId)).toEqual([{ status: "failed", amount: order.total }]);
    expect(await orderStatus(t, order.id)).toBe("pending_payment");

    const retry = await pay(t, customer, order.id, "pm_card_visa").expect(201);
    expect(retry.body.status).toBe("succeeded");
    expect(await orderStatus(t, order.id)).toBe("paid");

    const list = await t.api
      .get(`/api/v1/orders/${order.id}/payments`)
      .set(customer.auth)
      .expect(200);
    expect((list.body.data as PaymentBody[]).map((p) => p.status)).toEqual(["succeeded", "failed"]);
  });

  it("replays a decline for the same Idempotency-Key without charging again", async () => {
    const { customer, order } = await newOrder();
    const key = randomUUID();
    const first = await pay(t, customer, order.id, "pm_card_chargeDeclined", key).expect(402);
    const second = await pay(t, customer, order.id, "pm_card_chargeDeclined", key).expect(402);
    expect(second.body.paymentId).toBe(first.body.paymentId);
    expect(second.headers["idempotent-replayed"]).toBe("true");
    const rows = await t.query("SELECT id FROM payments WHERE order_id = $1", [order.id]);
    expect(rows).toHaveLength(1);
    // The same key with another body is refused.
    const other = await pay(t, customer, order.id, "pm_card_visa", key).expect(422);
    expect(other.body.code).toBe("idempotency_key_reused");
  });

  it("3-D Secure: requires_action with a nextAction, completed through the signed webhook", async () => {
    const { customer, order } = await newOrder();
    const res = await pay(t, customer, order.id, "pm_card_authenticationRequired").expect(201);
    const payment = res.body as PaymentBody;
    expect(payment.status).toBe("requires_action");
    expect(payment.nextAction?.type).toBe("redirect_to_url");
    expect(payment.nextAction?.url).toMatch(
      /^\/api\/v1\/payments\/sandbox\/authenticate\/[0-9a-f]{64}$/,
    );
    expect(await orderStatus(t, order.id)).toBe("pending_payment");

    // While one is waiting for the customer, no second payment may start.
    const second = await pay(t, customer, order.id, "pm_card_visa").expect(409);
    expect(second.body.code).toBe("payment_in_progress");

    const auth = await t.api
      .post(payment.nextAction?.url ?? "")
      .send({ outcome: "succeed" })
      .expect(200);
    expect(auth.body).toEqual({ paymentId: payment.id, status: "succeeded" });
    // Nothing but the webhook tells our side: poll until it has arrived.
    const settled = await waitFor(
      () => paymentRow(t, payment.id),
      (row) => row.status !== "requires_action",
    );
    expect(settled.status).toBe("succeeded");
    expect(await orderStatus(t, order.id)).toBe("paid");
    const got = await t.api.get(`/api/v1/payments/${payment.id}`).set(customer.auth).expect(200);
    expect(got.body).toMatchObject({ status: "succeeded", nextAction: null });

    // The challenge's token is spent.
    await t.api
      .post(payment.nextAction?.url ?? "")
      .send({ outcome: "succeed" })
      .expect(404);
  });

  it("3-D Secure failed by the customer fails the payment; a new one may follow", async () => {
    const { customer, order } = await newOrder();
    const res = await pay(t, customer, order.id, "pm_card_authenticationRequired").expect(201);
    const payment = res.body as PaymentBody;
    await t.api
      .post(payment.nextAction?.url ?? "")
      .send({ outcome: "fail" })
      .expect(200);
    const settled = await waitFor(
      () => paymentRow(t, payment.id),
      (row) => row.status !== "requires_action",
    );
    expect(settled).toMatchObject({ status: "failed", failure_code: "authentication_failed" });
    expect(await orderStatus(t, order.id)).toBe("pending_payment");
    await pay(t, customer, order.id, "pm_card_visa").expect(201);
    expect(await orderStatus(t, order.id)).toBe("paid");
  });

  it("the sandbox delivers successes twice; each event is applied once", async () => {
    const { customer, order } = await newOrder();
    const res = await pay(t, customer, order.id, "pm_card_visa").expect(201);
    const paymentId = (res.body as PaymentBody).id;
    const events = await waitFor(
      () =>
        t.query<{ id: string; deliveries: number }>(
          `SELECT e.id, e.deliveries FROM sandbox_events e JOIN sandbox_intents i ON i.id = e.intent_id
            WHERE i.merchant_reference = $1 AND e.type = 'payment_intent.succeeded'`,
          [paymentId],
        ),
      (rows) => rows.length === 1 && rows[0].deliveries >= 2,
    );
    expect(events).toEqual([{ id: expect.any(String), deliveries: 2 }]);
    const processed = await waitFor(
      () => t.query("SELECT 1 FROM payment_webhook_events WHERE event_id = $1", [events[0].id]),
      (rows) => rows.length > 0,
    );
    expect(processed).toHaveLength(1);
    expect(await chargeRows(paymentId)).toHaveLength(1);
    const history = await t.query(
      "SELECT 1 FROM order_status_history WHERE order_id = $1 AND to_status = 'paid'",
      [order.id],
    );
    expect(history).toHaveLength(1);
  });

  it("refuses an unknown payment-method token with a 400 and records nothing", async () => {
    const { customer, order } = await newOrder();
    const res = await pay(t, customer, order.id, "pm_card_unknown").expect(400);
    expect(res.body.code).toBe("invalid_payment_method");
    const bad = await t.api
      .offContract("a card number where the spec takes a token")
      .post(`/api/v1/orders/${order.id}/payments`)
      .set(customer.auth)
      .set("Idempotency-Key", randomUUID())
      .send({ paymentMethod: "4242 4242 4242 4242" })
      .expect(400);
    expect(bad.body.code).toBe("validation_failed");
    await t.api
      .offContract("no Idempotency-Key")
      .post(`/api/v1/orders/${order.id}/payments`)
      .set(customer.auth)
      .send({ paymentMethod: "pm_card_visa" })
      .expect(400);
    expect(await t.query("SELECT 1 FROM payments WHERE order_id = $1", [order.id])).toHaveLength(0);
    expect(await orderStatus(t, order.id)).toBe("pending_payment");
  });

  it("another customer can neither see nor pay the order", async () => {
    const { customer, order } = await newOrder();
    const res = await pay(t, customer, order.id, "pm_card_chargeDeclined").expect(402);
    const paymentId = res.body.paymentId as string;
    const stranger = await registerCustomer(t);

    const attempt = await pay(t, stranger, order.id, "pm_card_visa").expect(404);
    expect(attempt.body.code).toBe("order_not_found");
    await t.api.get(`/api/v1/payments/${paymentId}`).set(stranger.auth).expect(404);
    await t.api.get(`/api/v1/orders/${order.id}/payments`).set(stranger.auth).expect(404);
    await t.api.get(`/api/v1/payments/${paymentId}`).expect(401);
    expect(await orderStatus(t, order.id)).toBe("pending_payment");

    await t.api.get(`/api/v1/payments/${paymentId}`).set(customer.auth).expect(200);
    const asAdmin = await t.api.get(`/api/v1/payments/${paymentId}`).set(admin.auth).expect(200);
    expect(asAdmin.body.status).toBe("failed");
    await t.api.get(`/api/v1/orders/${order.id}/payments`).set(admin.auth).expect(200);
  });

  it("pages through an order's payments with a cursor", async () => {
    const { customer, order } = await newOrder();
    for (const token of [
      "pm_card_chargeDeclined",
      "pm_card_expired",
      "pm_card_insufficientFunds",
    ]) {
      await pay(t, customer, order.id, token).expect(402);
    }
    const first = await t.api
      .get(`/api/v1/orders/${order.id}/payments?limit=2`)
      .set(customer.auth)
      .expect(200);
    expect(first.body.data).toHaveLength(2);
    const second = await t.api
      .get(`/api/v1/orders/${order.id}/payments?limit=2&cursor=${first.body.nextCursor}`)
      .set(customer.auth)
      .expect(200);
    expect(second.body.data).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
    const ids = [...first.body.data, ...second.body.data].map((p: PaymentBody) => p.id);
    expect(new Set(ids).size).toBe(3);
  });

  it("20 parallel requests with the same key charge exactly once", async () => {
    const { customer, order } = await newOrder();
    const key = randomUUID();
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => pay(t, customer, order.id, "pm_card_visa", key)),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    const ids = new Set(responses.filter((r) => r.status === 201).map((r) => r.body.id as string));
    expect(ids.size).toBe(1);
    await expectChargedOnce(order.id, order.total);
  });

  it("20 parallel requests with different keys charge exactly once", async () => {
    const { customer, order } = await newOrder();
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => pay(t, customer, order.id, "pm_card_visa")),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    for (const res of responses.filter((r) => r.status !== 201)) {
      expect(res.status).toBe(409);
      expect(["payment_in_progress", "order_already_paid"]).toContain(res.body.code);
    }
    await expectChargedOnce(order.id, order.total);
  });

  async function expectChargedOnce(orderId: string, total: number) {
    const payments = await t.query<{ status: string }>(
      "SELECT status FROM payments WHERE order_id = $1",
      [orderId],
    );
    expect(payments).toEqual([{ status: "succeeded" }]);
    const intents = await t.query<{ captured_amount: number }>(
      `SELECT i.captured_amount FROM sandbox_intents i JOIN payments p ON p.id::text = i.merchant_reference
        WHERE p.order_id = $1 AND i.status = 'succeeded'`,
      [orderId],
    );
    expect(intents).toEqual([{ captured_amount: total }]);
    const charges = await t.query(
      `SELECT 1 FROM payment_transactions x JOIN payments p ON p.id = x.payment_id
        WHERE p.order_id = $1 AND x.type = 'charge' AND x.status = 'succeeded'`,
      [orderId],
    );
    expect(charges).toHaveLength(1);
    expect(await orderStatus(t, orderId)).toBe("paid");
  }

  it("enforces one active payment per order in the database itself", async () => {
    const { customer, order } = await newOrder();
    await pay(t, customer, order.id, "pm_card_visa").expect(201);
    await expect(
      t.query(
        `INSERT INTO payments (order_id, user_id, amount, currency, status, provider)
         VALUES ($1, $2, $3, $4, 'processing', 'sandbox')`,
        [order.id, customer.id, order.total, order.currency],
      ),
    ).rejects.toThrow(/uq_payments_one_active_per_order/);
  });
});
