import { signWebhook } from "../../src/payments/providers/webhook-signature";
import { loginAdmin, TestUser } from "../support/auth";
import { createTestApp, TestApp } from "../support/test-app";
import {
  createVariant,
  intentEvent,
  WEBHOOK_URL,
  ledger,
  orderStatus,
  paymentAwaitingAuthentication,
  paymentRow,
} from "./payment-factories";

const PRIMARY = "whsec_primary_secret_for_payment_tests_0001";
const PREVIOUS = "whsec_previous_secret_for_payment_tests_0002";
const URL = WEBHOOK_URL;

describe("Payment webhooks", () => {
  let t: TestApp;
  let admin: TestUser;
  let variantId: string;

  beforeAll(async () => {
    // A long delay: the sandbox's own deliveries never interfere with the forged events here.
    t = await createTestApp({
      SANDBOX_WEBHOOK_DELAY_MS: "60000",
      PAYMENT_WEBHOOK_SECRET: `${PRIMARY},${PREVIOUS}`,
    });
    admin = await loginAdmin(t);
    variantId = await createVariant(t, admin);
  });
  afterAll(async () => {
    await t.close();
  });

  /** A payment waiting for 3-D Secure, and the provider's view of its intent. */
  const pendingPayment = () => paymentAwaitingAuthentication(t, variantId);

  const event = intentEvent;

  function post(body: string, signature?: string) {
    const req = t.api.post(URL).set("Content-Type", "application/json");
    if (signature !== undefined) req.set("Storefront-Signature", signature);
    return req.send(body);
  }

  async function processedEvents(): Promise<number> {
    const [row] = await t.query<{ n: string }>("SELECT count(*) AS n FROM payment_webhook_events");
    return Number(row.n);
  }

  it("refuses a missing, tampered, wrongly keyed or stale signature and changes nothing", async () => {
    const p = await pendingPayment();
    const body = event(p, "succeeded");
    const before = await processedEvents();
    const now = Math.floor(Date.now() / 1000);

    const attempts = [
      post(body),
      post(body, "t=garbage"),
      // Signed, then the body changed in transit.
      post(body.replace(`"amount":${p.order.total}`, `"amount":1`), signWebhook(body, [PRIMARY])),
      post(body, signWebhook(body, ["whsec_someone_elses_secret_value_000000"])),
      // Well past the 300 s tolerance either way, so a slow test run cannot bring them back in.
      post(body, signWebhook(body, [PRIMARY], now - 600)),
      post(body, signWebhook(body, [PRIMARY], now + 600)),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.status).toBe(400);
      expect(res.body.code).toBe("invalid_webhook_signature");
    }
    expect(await processedEvents()).toBe(before);
    expect(await paymentRow(t, p.paymentId)).toMatchObject({ status: "requires_action" });
    expect(await orderStatus(t, p.order.id)).toBe("pending_payment");
  });

  it("accepts a signature made with the previous secret, and several v1 values", async () => {
    const p = await pendingPayment();
    const body = event(p, "succeeded");
    const ts = Math.floor(Date.now() / 1000);
    const wrong = signWebhook(body, ["whsec_not_ours_at_all_0000000000000000"], ts).split(",")[1];
    const header = `${signWebhook(body, [PREVIOUS], ts)},${wrong}`;
    const res = await post(body, header).expect(200);
    expect(res.body).toEqual({ received: true, duplicate: false });
    expect(await paymentRow(t, p.paymentId)).toMatchObject({ status: "succeeded" });
    expect(await orderStatus(t, p.order.id)).toBe("paid");
  });

  it("applies a duplicated event once and ignores late, out-of-order events", async () => {
    const p = await pendingPayment();
    const succeeded = event(p, "succeeded");
    const results = await Promise.all(
      Array.from({ length: 5 }, () => post(succeeded, signWebhook(succeeded, [PRIMARY]))),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(results.filter((r) => r.body.duplicate === false)).toHaveLength(1);

    // Events the provider emitted earlier arrive after the success: they change nothing.
    for (const status of ["requires_action", "failed", "cancelled"]) {
      const late = event(p, status);
      const res = await post(late, signWebhook(late, [PRIMARY])).expect(200);
      expect(res.body.duplicate).toBe(false);
    }
    expect(await paymentRow(t, p.paymentId)).toMatchObject({ status: "succeeded" });
    expect(await orderStatus(t, p.order.id)).toBe("paid");
    const charges = await t.query("SELECT status FROM payment_transactions WHERE payment_id = $1", [
      p.paymentId,
    ]);
    expect(charges).toEqual([{ status: "succeeded" }]);
    const paid = await t.query(
      "SELECT 1 FROM order_status_history WHERE order_id = $1 AND to_status = 'paid'",
      [p.order.id],
    );
    expect(paid).toHaveLength(1);
  });

  it("a success reported after a failure is money taken: it pays the order still waiting", async () => {
    const p = await pendingPayment();
    const failed = event(p, "failed");
    await post(failed, signWebhook(failed, [PRIMARY])).expect(200);
    expect(await paymentRow(t, p.paymentId)).toMatchObject({ status: "failed" });
    const succeeded = event(p, "succeeded");
    await post(succeeded, signWebhook(succeeded, [PRIMARY])).expect(200);
    expect(await paymentRow(t, p.paymentId)).toMatchObject({
      status: "succeeded",
      failure_code: null,
    });
    expect(await orderStatus(t, p.order.id)).toBe("paid");
    expect(await ledger(t, p.paymentId)).toEqual([
      { type: "charge", status: "succeeded", amount: p.order.total },
    ]);
  });

  it.each([
    ["amount", { amount: 1 }],
    ["currency", { currency: "JPY" }],
  ])("records a success with the wrong %s as an error, never a paid order", async (_f, change) => {
    const p = await pendingPayment();
    const body = event(p, "succeeded", change);
    await post(body, signWebhook(body, [PRIMARY])).expect(200);
    expect(await paymentRow(t, p.paymentId)).toMatchObject({
      status: "failed",
      failure_code: "amount_mismatch",
    });
    expect(await orderStatus(t, p.order.id)).toBe("pending_payment");
    // What the provider reports it took is in the ledger, and goes back in full.
    const [charge] = await ledger(t, p.paymentId);
    expect(charge).toMatchObject({ type: "charge", status: "succeeded" });
    const refunds = await t.query<{ amount: number; status: string; reason: string }>(
      "SELECT amount, status, reason FROM refunds WHERE payment_id = $1",
      [p.paymentId],
    );
    expect(refunds).toEqual([
      { amount: charge.amount, status: "pending", reason: "amount_mismatch" },
    ]);
    // The same report again (another event id) decides nothing twice.
    const again = event(p, "succeeded", change);
    await post(again, signWebhook(again, [PRIMARY])).expect(200);
    expect(await ledger(t, p.paymentId)).toHaveLength(1);
    expect(
      await t.query("SELECT 1 FROM refunds WHERE payment_id = $1", [p.paymentId]),
    ).toHaveLength(1);
  });

  it("is 404 for an unknown provider and 400 for a signed body that is not an event", async () => {
    const body = JSON.stringify({ hello: "world" });
    await t.api
      .offContract("a provider the spec does not list")
      .post("/api/v1/payments/webhooks/acme")
      .set("Content-Type", "application/json")
      .set("Storefront-Signature", signWebhook(body, [PRIMARY]))
      .send(body)
      .expect(404);
    const res = await post(body, signWebhook(body, [PRIMARY])).expect(400);
    expect(res.body.code).toBe("invalid_webhook_signature");
  });
});
