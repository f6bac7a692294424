import { randomUUID } from "node:crypto";
import { Logger } from "@nestjs/common";
import { PaymentFaults } from "../../src/payments/payment-faults";
import { PaymentReconciler } from "../../src/payments/payment-reconciler";
import { loginAdmin, registerCustomer, TestUser } from "../support/auth";
import { createTestApp, TestApp } from "../support/test-app";
import {
  countRows,
  createVariant,
  ledger,
  orderStatus,
  pay,
  paymentRow,
  placeOrder,
  postWebhook,
  sandboxEvents,
} from "./payment-factories";

const SECOND = 1000;
const MINUTE = 60_000;

/**
 * The provider call fails so that we cannot tell what happened (connection refused, the answer
 * lost to a timeout). The customer must neither be charged twice nor kept from paying for long.
 */
describe("Payments whose provider outcome is unknown", () => {
  let t: TestApp;
  let admin: TestUser;
  let variantId: string;
  let faults: PaymentFaults;
  let reconciler: PaymentReconciler;

  beforeAll(async () => {
    // Webhooks far off: only the recheck, the reconciler and the test's own deliveries settle.
    t = await createTestApp({
      SANDBOX_WEBHOOK_DELAY_MS: "60000",
      PAYMENT_RECONCILE_AFTER_MINUTES: "10",
      PAYMENT_UNKNOWN_OUTCOME_RECHECK_SECONDS: "30",
    });
    admin = await loginAdmin(t);
    variantId = await createVariant(t, admin);
    faults = t.app.get(PaymentFaults);
    reconciler = t.app.get(PaymentReconciler);
  });
  afterAll(async () => {
    await t.close();
  });

  async function newOrder() {
    const customer = await registerCustomer(t);
    return { customer, order: await placeOrder(t, customer, variantId) };
  }

  /**
   * Pays while the provider call fails with `fault` and asking it again fails too: the answer
   * is a 202 with the payment still `processing`.
   */
  async function payUnknown(fault: "before_provider_confirm" | "after_provider_confirm") {
    const { customer, order } = await newOrder();
    const key = randomUUID();
    faults.arm(fault);
    faults.arm("before_provider_retrieve");
    const res = await pay(t, customer, order.id, "pm_card_visa", key).expect(202);
    expect(res.body).toMatchObject({ status: "processing", amount: order.total });
    return { customer, order, key, paymentId: res.body.id as string };
  }

  async function intentStatus(paymentId: string): Promise<string> {
    const [row] = await t.query<{ status: string }>(
      "SELECT status FROM sandbox_intents WHERE merchant_reference = $1",
      [paymentId],
    );
    return row.status;
  }

  function paidTimes(orderId: string) {
    return countRows(
      t,
      "SELECT 1 FROM order_status_history WHERE order_id = $1 AND to_status = 'paid'",
      [orderId],
    );
  }

  it("the answer is lost after the provider charged: asked again at once, the payment succeeds", async () => {
    const { customer, order } = await newOrder();
    const warn = jest.spyOn(Logger.prototype, "warn");
    faults.arm("after_provider_confirm");
    const res = await pay(t, customer, order.id, "pm_card_visa").expect(201);
    expect(res.body).toMatchObject({ status: "succeeded", amount: order.total });
    expect(warn).toHaveBeenCalledWith(
      expect.objectContaining({ paymentId: res.body.id }),
      expect.stringMatching(/unknown outcome/),
    );
    warn.mockRestore();
    expect(await orderStatus(t, order.id)).toBe("paid");
    expect(await ledger(t, res.body.id as string)).toEqual([
      { type: "charge", status: "succeeded", amount: order.total },
    ]);
  });

  it("the confirmation never reached the provider: cancelled there, 502, pay again at once", async () => {
    const { customer, order } = await newOrder();
    const key = randomUUID();
    faults.arm("before_provider_confirm");
    const res = await pay(t, customer, order.id, "pm_card_visa", key).expect(502);
    expect(res.headers["content-type"]).toMatch(/application\/problem\+json/);
    expect(res.body.code).toBe("payment_provider_unavailable");
    const paymentId = res.body.paymentId as string;
    expect(await paymentRow(t, paymentId)).toMatchObject({ status: "cancelled" });
    // It can never be charged now: the provider's intent is cancelled too.
    expect(await intentStatus(paymentId)).toBe("cancelled");
    expect(await ledger(t, paymentId)).toEqual([]);
    expect(await orderStatus(t, order.id)).toBe("pending_payment");

    // The same key replays the answer; a new one pays.
    const replay = await pay(t, customer, order.id, "pm_card_visa", key).expect(502);
    expect(replay.headers["idempotent-replayed"]).toBe("true");
    const retry = await pay(t, customer, order.id, "pm_card_visa").expect(201);
    expect(retry.body.status).toBe("succeeded");
    expect(await orderStatus(t, order.id)).toBe("paid");
  });

  it("still unknown after asking: 202 processing, settled after the short recheck delay", async () => {
    // Another customer's payment waiting for 3-D Secure since the same moment.
    const other = await newOrder();
    const waiting = await pay(t, other.customer, other.order.id, "pm_card_authenticationRequired");
    expect(waiting.status).toBe(201);

    const { customer, order, key, paymentId } = await payUnknown("after_provider_confirm");
    // The provider did charge; we do not know it yet, so no second payment may start.
    expect(await intentStatus(paymentId)).toBe("succeeded");
    const retry = await pay(t, customer, order.id, "pm_card_visa").expect(409);
    expect(retry.body.code).toBe("payment_in_progress");
    const replay = await pay(t, customer, order.id, "pm_card_visa", key).expect(202);
    expect(replay.headers["idempotent-replayed"]).toBe("true");
    const got = await t.api.get(`/api/v1/payments/${paymentId}`).set(customer.auth).expect(200);
    expect(got.body.status).toBe("processing");

    await reconciler.runOnce();
    expect(await paymentRow(t, paymentId)).toMatchObject({ status: "processing" });

    await reconciler.runOnce(new Date(Date.now() + 31 * SECOND));
    expect(await paymentRow(t, paymentId)).toMatchObject({ status: "succeeded" });
    expect(await orderStatus(t, order.id)).toBe("paid");
    expect(await ledger(t, paymentId)).toEqual([
      { type: "charge", status: "succeeded", amount: order.total },
    ]);
    // The customer still on the 3-D Secure page is left alone until abandonment.
    const waitingId = waiting.body.id as string;
    expect(await paymentRow(t, waitingId)).toMatchObject({ status: "requires_action" });
    await reconciler.runOnce(new Date(Date.now() + 11 * MINUTE));
    expect(await paymentRow(t, waitingId)).toMatchObject({ status: "cancelled" });
  });

  it("never confirmed and unknown: the reconciler cancels it soon; the customer pays again", async () => {
    const { customer, order, paymentId } = await payUnknown("before_provider_confirm");
    expect(await intentStatus(paymentId)).toBe("requires_confirmation");

    const result = await reconciler.runOnce(new Date(Date.now() + 31 * SECOND));
    expect(result.errors).toBe(0);
    expect(await paymentRow(t, paymentId)).toMatchObject({ status: "cancelled" });
    expect(await intentStatus(paymentId)).toBe("cancelled");
    expect(await ledger(t, paymentId)).toEqual([]);

    await pay(t, customer, order.id, "pm_card_visa").expect(201);
    expect(await orderStatus(t, order.id)).toBe("paid");
  });

  it("reconcilers racing the provider's webhooks settle the payment once", async () => {
    const { order, paymentId } = await payUnknown("after_provider_confirm");
    const [success] = await sandboxEvents(t, paymentId, "payment_intent.succeeded");

    const later = new Date(Date.now() + 31 * SECOND);
    const outcomes = await Promise.all([
      reconciler.runOnce(later),
      ...Array.from({ length: 4 }, () => postWebhook(t, success).then((r) => r.status)),
      reconciler.runOnce(later),
    ]);
    expect(outcomes.slice(1, 5)).toEqual([200, 200, 200, 200]);

    expect(await paymentRow(t, paymentId)).toMatchObject({ status: "succeeded" });
    expect(await orderStatus(t, order.id)).toBe("paid");
    expect(await paidTimes(order.id)).toBe(1);
    expect(await ledger(t, paymentId)).toEqual([
      { type: "charge", status: "succeeded", amount: order.total },
    ]);
    const published = `SELECT 1 FROM outbox_messages
      WHERE topic = 'payments.payment_succeeded' AND payload->>'paymentId' = $1`;
    expect(await countRows(t, published, [paymentId])).toBe(1);
  });
});
