import { randomUUID } from "node:crypto";
import { OutboxWorker } from "../../src/notifications/outbox.worker";
import { loginAdmin, registerCustomer, TestUser } from "../support/auth";
import { createTestApp, TestApp } from "../support/test-app";
import {
  createVariant,
  orderStatus,
  pay,
  paymentRow,
  placeOrder,
  refund,
} from "./payment-factories";

describe("Refunds", () => {
  let t: TestApp;
  let admin: TestUser;
  let variantId: string;

  beforeAll(async () => {
    t = await createTestApp({ SANDBOX_WEBHOOK_DELAY_MS: "50" });
    admin = await loginAdmin(t);
    variantId = await createVariant(t, admin, 2000);
  });
  afterAll(async () => {
    await t.close();
  });

  async function paidOrder() {
    const customer = await registerCustomer(t);
    const order = await placeOrder(t, customer, variantId);
    const res = await pay(t, customer, order.id, "pm_card_visa").expect(201);
    return { customer, order, paymentId: res.body.id as string };
  }

  async function refundLedger(paymentId: string) {
    const [row] = await t.query<{ n: string; total: string | null }>(
      `SELECT count(*) AS n, sum(amount) AS total FROM payment_transactions
        WHERE payment_id = $1 AND type = 'refund' AND status = 'succeeded'`,
      [paymentId],
    );
    return { count: Number(row.n), total: Number(row.total ?? 0) };
  }

  it("refunds in parts up to the captured amount, never past it; the order follows", async () => {
    const { order, paymentId } = await paidOrder();
    const first = await refund(t, admin, paymentId, { amount: 1000, reason: "damaged" }).expect(
      201,
    );
    expect(first.body).toMatchObject({
      paymentId,
      amount: 1000,
      currency: order.currency,
      status: "succeeded",
      reason: "damaged",
    });
    expect(await orderStatus(t, order.id)).toBe("partially_refunded");

    const tooMuch = await refund(t, admin, paymentId, { amount: order.total }).expect(409);
    expect(tooMuch.body.code).toBe("refund_exceeds_captured");

    const rest = await refund(t, admin, paymentId).expect(201);
    expect(rest.body.amount).toBe(order.total - 1000);
    expect(await orderStatus(t, order.id)).toBe("refunded");
    expect(await paymentRow(t, paymentId)).toMatchObject({ refunded_amount: order.total });

    const more = await refund(t, admin, paymentId, { amount: 1 }).expect(409);
    expect(more.body.code).toBe("refund_exceeds_captured");
    await refund(t, admin, paymentId).expect(409);
    expect(await refundLedger(paymentId)).toEqual({ count: 2, total: order.total });

    const got = await t.api.get(`/api/v1/payments/${paymentId}`).set(admin.auth).expect(200);
    expect(got.body.refundedAmount).toBe(order.total);
  });

  it("20 parallel refunds never take more than was captured", async () => {
    const { order, paymentId } = await paidOrder();
    const part = 300;
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => refund(t, admin, paymentId, { amount: part })),
    );
    const expected = Math.floor(order.total / part);
    // Every answer is either a refund or the precise refusal; a failure shows which.
    const outcomes = responses.map((r) =>
      r.status === 201 ? "created" : `${r.status} ${r.body.code}`,
    );
    expect(outcomes.sort()).toEqual(
      [
        ...Array<string>(expected).fill("created"),
        ...Array<string>(20 - expected).fill("409 refund_exceeds_captured"),
      ].sort(),
    );
    expect(await refundLedger(paymentId)).toEqual({ count: expected, total: expected * part });
    const [row] = await t.query<{ refunded: string; sum: string }>(
      `SELECT p.refunded_amount AS refunded,
              (SELECT sum(amount) FROM refunds r WHERE r.payment_id = p.id AND r.status = 'succeeded') AS sum
         FROM payments p WHERE p.id = $1`,
      [paymentId],
    );
    expect(Number(row.refunded)).toBe(expected * part);
    expect(Number(row.sum)).toBe(expected * part);
    expect(await orderStatus(t, order.id)).toBe("partially_refunded");
  });

  it("the database refuses refunded_amount past the amount, whatever the code does", async () => {
    const { order, paymentId } = await paidOrder();
    await expect(
      t.query("UPDATE payments SET refunded_amount = $2 WHERE id = $1", [
        paymentId,
        order.total + 1,
      ]),
    ).rejects.toThrow(/ck_payments_refunded_amount/);
  });

  it("replays a refund for the same Idempotency-Key instead of refunding twice; another body with it is a 422", async () => {
    const { paymentId } = await paidOrder();
    const key = "refund-key-1";
    const first = await refund(t, admin, paymentId, { amount: 100 }, key).expect(201);
    const second = await refund(t, admin, paymentId, { amount: 100 }, key).expect(201);
    expect(second.body.id).toBe(first.body.id);
    const reused = await refund(t, admin, paymentId, { amount: 200 }, key).expect(422);
    expect(reused.body.code).toBe("idempotency_key_reused");
    expect(await refundLedger(paymentId)).toEqual({ count: 1, total: 100 });
  });

  it("only admins refund, only succeeded payments, with valid amounts", async () => {
    const { customer, order, paymentId } = await paidOrder();
    await refund(t, customer, paymentId, { amount: 100 }).expect(403);
    const zero = await t.api
      .offContract("an amount under the documented minimum of 1")
      .post(`/api/v1/payments/${paymentId}/refunds`)
      .set(admin.auth)
      .set("Idempotency-Key", randomUUID())
      .send({ amount: 0 })
      .expect(400);
    expect(zero.body.code).toBe("validation_failed");
    await refund(t, admin, "6f9619ff-8b86-4d01-b42d-00cf4fc964ff", { amount: 1 }).expect(404);

    const other = await registerCustomer(t);
    const unpaid = await placeOrder(t, other, variantId);
    const declined = await pay(t, other, unpaid.id, "pm_card_chargeDeclined").expect(402);
    const res = await refund(t, admin, declined.body.paymentId as string).expect(409);
    expect(res.body.code).toBe("payment_not_refundable");
    expect(await orderStatus(t, order.id)).toBe("paid");
  });

  it("cancelling a paid order refunds it in full through the outbox, once", async () => {
    const { customer, order, paymentId } = await paidOrder();
    await t.api
      .post(`/api/v1/orders/${order.id}/cancel`)
      .set(customer.auth)
      .send({ reason: "changed my mind" })
      .expect(200);
    const worker = t.app.get(OutboxWorker);
    await worker.runOnce();
    await worker.runOnce();
    expect(await paymentRow(t, paymentId)).toMatchObject({ refunded_amount: order.total });
    expect(await refundLedger(paymentId)).toEqual({ count: 1, total: order.total });
    expect(await orderStatus(t, order.id)).toBe("cancelled");
    const refunds = await t.query<{ requested_by: string | null; status: string }>(
      "SELECT requested_by, status FROM refunds WHERE payment_id = $1",
      [paymentId],
    );
    expect(refunds).toEqual([{ requested_by: null, status: "succeeded" }]);
  });

  it("answers 502 when the provider no longer knows the payment; the refund stays pending for the reconciler", async () => {
    const { paymentId } = await paidOrder();
    // The provider's side loses the charge (the sandbox's tables are the provider's).
    await t.query(
      "DELETE FROM sandbox_intents WHERE id = (SELECT provider_reference FROM payments WHERE id = $1)",
      [paymentId],
    );
    const res = await refund(t, admin, paymentId, { amount: 100 }).expect(502);
    expect(res.body.code).toBe("payment_provider_error");
    expect(
      await t.query("SELECT amount, status FROM refunds WHERE payment_id = $1", [paymentId]),
    ).toEqual([{ amount: 100, status: "pending" }]);
  });
});
