import { Logger } from "@nestjs/common";
import { OutboxWorker } from "../../src/notifications/outbox.worker";
import { PaymentReconciler } from "../../src/payments/payment-reconciler";
import { loginAdmin, registerCustomer, TestUser } from "../support/auth";
import { createTestApp, TestApp } from "../support/test-app";
import {
  countRows,
  createVariant,
  intentEvent,
  ledger,
  orderStatus,
  pay,
  paymentRow,
  placeOrder,
  PlacedOrder,
  postWebhook,
  providerReference,
  sandboxEvents,
} from "./payment-factories";

const MINUTE = 60_000;

/**
 * The provider reports a success after we recorded the payment failed or cancelled: the money
 * was taken, so it must pay the order or be given back, exactly once.
 */
describe("Late success from the provider", () => {
  let t: TestApp;
  let admin: TestUser;
  let variantId: string;

  beforeAll(async () => {
    // The sandbox's own deliveries are far off: each test delivers the sandbox's events itself,
    // when and as often as it wants, through the signed webhook route.
    t = await createTestApp({ SANDBOX_WEBHOOK_DELAY_MS: "60000" });
    admin = await loginAdmin(t);
    variantId = await createVariant(t, admin);
  });
  afterAll(async () => {
    await t.close();
  });

  interface GivenUp {
    customer: TestUser;
    order: PlacedOrder;
    paymentId: string;
    reference: string;
  }

  /**
   * A 3-D Secure payment we recorded `failed` or `cancelled` (the provider reported so, e.g.
   * for an earlier attempt), whose customer then completes the challenge at the provider.
   * Returns once the provider has charged; its success event is waiting to be delivered.
   */
  async function givenUpThenCharged(
    recorded: "failed" | "cancelled",
    beforeCharge?: (p: GivenUp) => Promise<void>,
  ): Promise<GivenUp> {
    const customer = await registerCustomer(t);
    const order = await placeOrder(t, customer, variantId);
    const res = await pay(t, customer, order.id, "pm_card_authenticationRequired").expect(201);
    const paymentId = res.body.id as string;
    const challengeUrl = res.body.nextAction.url as string;
    const p = { customer, order, paymentId, reference: await providerReference(t, paymentId) };
    await postWebhook(t, intentEvent(p, recorded)).expect(200);
    expect(await paymentRow(t, paymentId)).toMatchObject({ status: recorded });
    await beforeCharge?.(p);
    await t.api.post(challengeUrl).send({ outcome: "succeed" }).expect(200);
    return p;
  }

  async function deliverSuccess(p: GivenUp, copies: number) {
    const [body] = await sandboxEvents(t, p.paymentId, "payment_intent.succeeded");
    const results = await Promise.all(Array.from({ length: copies }, () => postWebhook(t, body)));
    expect(results.map((r) => r.status)).toEqual(Array<number>(copies).fill(200));
  }

  function refundsOf(paymentId: string) {
    return t.query<{ amount: number; status: string; reason: string }>(
      "SELECT amount, status, reason FROM refunds WHERE payment_id = $1",
      [paymentId],
    );
  }

  function sandboxRefunds(paymentId: string) {
    return t.query<{ amount: number; status: string }>(
      `SELECT r.amount, r.status FROM sandbox_refunds r JOIN sandbox_intents i ON i.id = r.intent_id
        WHERE i.merchant_reference = $1`,
      [paymentId],
    );
  }

  /** Sends pending refunds: the outbox worker and the reconciler's sweep racing each other. */
  async function sendRefunds() {
    const [worker, reconciler] = await Promise.all([
      t.app.get(OutboxWorker).runOnce(),
      t.app.get(PaymentReconciler).runOnce(new Date(Date.now() + 11 * MINUTE)),
    ]);
    expect(worker.failed + worker.retried + reconciler.errors).toBe(0);
  }

  it.each(["failed", "cancelled"] as const)(
    "accepts it when the order still waits (payment %s), once, under duplicates and the reconciler",
    async (recorded) => {
      const p = await givenUpThenCharged(recorded);
      const stale = intentEvent(p, recorded);
      await Promise.all([
        deliverSuccess(p, 5),
        // The provider's older report arriving again, and the reconciler passing by.
        postWebhook(t, stale).expect(200),
        t.app.get(PaymentReconciler).runOnce(new Date(Date.now() + 11 * MINUTE)),
      ]);

      expect(await paymentRow(t, p.paymentId)).toMatchObject({
        status: "succeeded",
        failure_code: null,
        refunded_amount: 0,
      });
      expect(await orderStatus(t, p.order.id)).toBe("paid");
      expect(await ledger(t, p.paymentId)).toEqual([
        { type: "charge", status: "succeeded", amount: p.order.total },
      ]);
      const paid = "SELECT 1 FROM order_status_history WHERE order_id = $1 AND to_status = 'paid'";
      expect(await countRows(t, paid, [p.order.id])).toBe(1);
      const published = `SELECT 1 FROM outbox_messages
        WHERE topic = 'payments.payment_succeeded' AND payload->>'paymentId' = $1`;
      expect(await countRows(t, published, [p.paymentId])).toBe(1);
      expect(await refundsOf(p.paymentId)).toEqual([]);
      const got = await t.api
        .get(`/api/v1/payments/${p.paymentId}`)
        .set(p.customer.auth)
        .expect(200);
      expect(got.body).toMatchObject({ status: "succeeded", failureCode: null });
      const again = await pay(t, p.customer, p.order.id, "pm_card_visa").expect(409);
      expect(again.body.code).toBe("order_already_paid");
    },
  );

  it("refunds it in full when another payment has paid the order, with a warning", async () => {
    const warn = jest.spyOn(Logger.prototype, "warn");
    let otherId = "";
    const p = await givenUpThenCharged("failed", async (given) => {
      // The customer paid again with another card meanwhile.
      const other = await pay(t, given.customer, given.order.id, "pm_card_visa").expect(201);
      otherId = other.body.id as string;
    });
    expect(await orderStatus(t, p.order.id)).toBe("paid");
    await deliverSuccess(p, 3);

    // Recorded as the provider's charge, refunded, never a second payment of the order.
    expect(await paymentRow(t, p.paymentId)).toMatchObject({
      status: "failed",
      refunded_amount: p.order.total,
    });
    expect(await refundsOf(p.paymentId)).toEqual([
      { amount: p.order.total, status: "pending", reason: "order_already_paid" },
    ]);
    expect(warn).toHaveBeenCalledWith(
      expect.objectContaining({ paymentId: p.paymentId, refusal: "order_already_paid" }),
      expect.stringMatching(/late success.*refunding it in full/),
    );
    warn.mockRestore();

    await sendRefunds();
    await sendRefunds();
    expect(await sandboxRefunds(p.paymentId)).toEqual([
      { amount: p.order.total, status: "succeeded" },
    ]);
    expect(await refundsOf(p.paymentId)).toEqual([
      { amount: p.order.total, status: "succeeded", reason: "order_already_paid" },
    ]);
    expect(await ledger(t, p.paymentId)).toEqual([
      { type: "charge", status: "succeeded", amount: p.order.total },
      { type: "refund", status: "succeeded", amount: p.order.total },
    ]);
    // The order stays paid by the other payment, which nothing touched.
    expect(await orderStatus(t, p.order.id)).toBe("paid");
    expect(await paymentRow(t, otherId)).toMatchObject({ status: "succeeded", refunded_amount: 0 });

    // The provider's refund event, and the success once more, change nothing.
    for (const body of await sandboxEvents(t, p.paymentId, "refund.succeeded")) {
      await postWebhook(t, body).expect(200);
    }
    await deliverSuccess(p, 1);
    expect(await refundsOf(p.paymentId)).toHaveLength(1);
    expect(await ledger(t, p.paymentId)).toHaveLength(2);
  });

  it("refunds it in full when the order was cancelled; the order stays cancelled", async () => {
    const p = await givenUpThenCharged("cancelled", async (given) => {
      await t.api
        .post(`/api/v1/orders/${given.order.id}/cancel`)
        .set(given.customer.auth)
        .send({ reason: "gave up paying" })
        .expect(200);
    });
    await deliverSuccess(p, 2);
    expect(await paymentRow(t, p.paymentId)).toMatchObject({ status: "cancelled" });
    expect(await refundsOf(p.paymentId)).toEqual([
      { amount: p.order.total, status: "pending", reason: "order_not_payable" },
    ]);

    await sendRefunds();
    expect(await sandboxRefunds(p.paymentId)).toEqual([
      { amount: p.order.total, status: "succeeded" },
    ]);
    expect(await ledger(t, p.paymentId)).toEqual([
      { type: "charge", status: "succeeded", amount: p.order.total },
      { type: "refund", status: "succeeded", amount: p.order.total },
    ]);
    expect(await orderStatus(t, p.order.id)).toBe("cancelled");
  });

  it("refunds what was taken when the provider charged another amount", async () => {
    const p = await givenUpThenCharged("failed", async (given) => {
      // The provider's own record is off by 100: it will capture that amount.
      await t.query(
        "UPDATE sandbox_intents SET amount = amount - 100 WHERE merchant_reference = $1",
        [given.paymentId],
      );
    });
    const taken = p.order.total - 100;
    await deliverSuccess(p, 2);
    expect(await paymentRow(t, p.paymentId)).toMatchObject({
      status: "failed",
      failure_code: "card_declined",
    });
    expect(await orderStatus(t, p.order.id)).toBe("pending_payment");
    expect(await refundsOf(p.paymentId)).toEqual([
      { amount: taken, status: "pending", reason: "amount_mismatch" },
    ]);

    await sendRefunds();
    expect(await sandboxRefunds(p.paymentId)).toEqual([{ amount: taken, status: "succeeded" }]);
    expect(await ledger(t, p.paymentId)).toEqual([
      { type: "charge", status: "succeeded", amount: taken },
      { type: "refund", status: "succeeded", amount: taken },
    ]);
    // Nothing of it paid the order: the customer pays it properly.
    await pay(t, p.customer, p.order.id, "pm_card_visa").expect(201);
    expect(await orderStatus(t, p.order.id)).toBe("paid");
  });
});
