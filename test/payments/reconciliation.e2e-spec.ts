import { PaymentFaults } from "../../src/payments/payment-faults";
import { PaymentReconciler } from "../../src/payments/payment-reconciler";
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

const MINUTE = 60_000;

describe("Payment reconciliation", () => {
  let t: TestApp;
  let admin: TestUser;
  let variantId: string;
  let reconciler: PaymentReconciler;

  beforeAll(async () => {
    // Webhooks far in the future: only the reconciler can settle anything here.
    t = await createTestApp({
      SANDBOX_WEBHOOK_DELAY_MS: "60000",
      PAYMENT_RECONCILE_AFTER_MINUTES: "10",
    });
    admin = await loginAdmin(t);
    variantId = await createVariant(t, admin);
    reconciler = t.app.get(PaymentReconciler);
  });
  afterAll(async () => {
    await t.close();
  });

  it("repairs a crash between the provider's success and the order update", async () => {
    const customer = await registerCustomer(t);
    const order = await placeOrder(t, customer, variantId);
    t.app.get(PaymentFaults).arm("after_provider_success");

    const res = await pay(t, customer, order.id, "pm_card_visa").expect(500);
    expect(res.body.code).toBe("internal_error");
    const [payment] = await t.query<{ id: string; status: string }>(
      "SELECT id, status FROM payments WHERE order_id = $1",
      [order.id],
    );
    // The provider took the money; our side never recorded it.
    expect(payment.status).toBe("processing");
    const [intent] = await t.query<{ status: string }>(
      "SELECT status FROM sandbox_intents WHERE merchant_reference = $1",
      [payment.id],
    );
    expect(intent.status).toBe("succeeded");
    expect(await orderStatus(t, order.id)).toBe("pending_payment");
    // Nor can a retry charge a second time while it is unresolved.
    const retry = await pay(t, customer, order.id, "pm_card_visa").expect(409);
    expect(retry.body.code).toBe("payment_in_progress");

    // Not yet past the timeout: left alone.
    await reconciler.runOnce();
    expect(await paymentRow(t, payment.id)).toMatchObject({ status: "processing" });

    const result = await reconciler.runOnce(new Date(Date.now() + 11 * MINUTE));
    expect(result.settled).toBeGreaterThanOrEqual(1);
    expect(await paymentRow(t, payment.id)).toMatchObject({ status: "succeeded" });
    expect(await orderStatus(t, order.id)).toBe("paid");
    const charges = await t.query(
      "SELECT status FROM payment_transactions WHERE payment_id = $1 AND type = 'charge'",
      [payment.id],
    );
    expect(charges).toEqual([{ status: "succeeded" }]);

    // A second pass finds nothing to do.
    await reconciler.runOnce(new Date(Date.now() + 11 * MINUTE));
    expect(await paymentRow(t, payment.id)).toMatchObject({ status: "succeeded" });
  });

  it("cancels a payment left waiting for 3-D Secure, so the customer can pay again", async () => {
    const customer = await registerCustomer(t);
    const order = await placeOrder(t, customer, variantId);
    const res = await pay(t, customer, order.id, "pm_card_authenticationRequired").expect(201);
    const paymentId = res.body.id as string;

    await reconciler.runOnce(new Date(Date.now() + 11 * MINUTE));
    expect(await paymentRow(t, paymentId)).toMatchObject({ status: "cancelled" });
    const [intent] = await t.query<{ status: string }>(
      "SELECT status FROM sandbox_intents WHERE merchant_reference = $1",
      [paymentId],
    );
    expect(intent.status).toBe("cancelled");
    await pay(t, customer, order.id, "pm_card_visa").expect(201);
    expect(await orderStatus(t, order.id)).toBe("paid");
  });

  it("two reconcilers running at once settle each payment once", async () => {
    const customer = await registerCustomer(t);
    const order = await placeOrder(t, customer, variantId);
    t.app.get(PaymentFaults).arm("after_provider_success");
    await pay(t, customer, order.id, "pm_card_visa").expect(500);
    const later = new Date(Date.now() + 11 * MINUTE);
    const [a, b] = await Promise.all([reconciler.runOnce(later), reconciler.runOnce(later)]);
    expect(a.errors + b.errors).toBe(0);
    expect(await orderStatus(t, order.id)).toBe("paid");
    const paid = await t.query(
      "SELECT 1 FROM order_status_history WHERE order_id = $1 AND to_status = 'paid'",
      [order.id],
    );
    expect(paid).toHaveLength(1);
  });
});

describe("Refund reconciliation", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ SANDBOX_WEBHOOK_DELAY_MS: "60000" });
  });
  afterAll(async () => {
    await t.close();
  });

  it("completes a refund left pending by a crash before the provider was asked", async () => {
    const admin = await loginAdmin(t);
    const variantId = await createVariant(t, admin);
    const customer = await registerCustomer(t);
    const order = await placeOrder(t, customer, variantId);
    const paid = await pay(t, customer, order.id, "pm_card_visa").expect(201);
    const paymentId = paid.body.id as string;

    t.app.get(PaymentFaults).arm("before_provider_refund");
    await refund(t, admin, paymentId, { amount: 700 }, "refund-after-crash").expect(500);
    // Retrying with the same key replays the failure: it never refunds a second time.
    const retry = await refund(t, admin, paymentId, { amount: 700 }, "refund-after-crash");
    expect(retry.status).toBe(500);
    expect(retry.headers["idempotent-replayed"]).toBe("true");
    const [pending] = await t.query<{ id: string; status: string }>(
      "SELECT id, status FROM refunds WHERE payment_id = $1",
      [paymentId],
    );
    expect(pending.status).toBe("pending");
    // The amount stays reserved: nothing can be refunded past the captured amount meanwhile.
    expect(await paymentRow(t, paymentId)).toMatchObject({ refunded_amount: 700 });
    await refund(t, admin, paymentId, { amount: order.total - 699 }).expect(409);

    const result = await t.app.get(PaymentReconciler).runOnce(new Date(Date.now() + 11 * MINUTE));
    expect(result.refundsSettled).toBe(1);
    const [settled] = await t.query<{ status: string }>(
      "SELECT status FROM refunds WHERE id = $1",
      [pending.id],
    );
    expect(settled.status).toBe("succeeded");
    expect(await orderStatus(t, order.id)).toBe("partially_refunded");
    const ledger = await t.query(
      "SELECT amount FROM payment_transactions WHERE refund_id = $1 AND status = 'succeeded'",
      [pending.id],
    );
    expect(ledger).toEqual([{ amount: 700 }]);
  });
});

describe(PaymentFaults.name, () => {
  it("refuses to arm outside NODE_ENV=test", () => {
    const sut = new PaymentFaults({ nodeEnv: "production" } as never);
    expect(() => sut.arm("after_provider_success")).toThrow(/only available/);
    expect(() => sut.hit("after_provider_success")).not.toThrow();
  });
});
