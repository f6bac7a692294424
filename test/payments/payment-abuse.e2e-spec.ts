import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Logger } from "@nestjs/common";
import { loadConfig } from "../../src/config/app-config";
import { signWebhook } from "../../src/payments/providers/webhook-signature";
import { loginAdmin, registerCustomer, TestUser } from "../support/auth";
import { createTestApp, TestApp } from "../support/test-app";
import {
  createVariant,
  intentEvent,
  orderStatus,
  pay,
  paymentAwaitingAuthentication,
  paymentRow,
  placeOrder,
  postWebhook,
  WEBHOOK_URL,
} from "./payment-factories";

const PROBLEM = /^application\/problem\+json/;
/** The constant that signed webhooks outside production before secrets were generated. */
const OLD_PUBLIC_SECRET = "whsec_development_only_change_me";

describe("Payment abuse (development defaults)", () => {
  let t: TestApp;
  let admin: TestUser;
  let variantId: string;

  beforeAll(async () => {
    // No PAYMENT_WEBHOOK_SECRET, as a developer runs it; a long delay keeps the sandbox's own
    // deliveries out of the way.
    t = await createTestApp({
      SANDBOX_WEBHOOK_DELAY_MS: "60000",
      PAYMENT_MAX_FAILURES_PER_ORDER: "3",
    });
    admin = await loginAdmin(t);
    variantId = await createVariant(t, admin);
  });
  afterAll(async () => {
    await t.close();
  });

  const waitingForAuthentication = () => paymentAwaitingAuthentication(t, variantId);

  it("webhook forgery with a public development secret: refused; the secret is generated per data directory", async () => {
    const p = await waitingForAuthentication();
    const body = intentEvent(p, "succeeded");
    const forged = await t.api
      .post(WEBHOOK_URL)
      .set("Content-Type", "application/json")
      .set("Storefront-Signature", signWebhook(body, [OLD_PUBLIC_SECRET]))
      .send(body)
      .expect(400);
    expect(forged.body.code).toBe("invalid_webhook_signature");
    expect(await paymentRow(t, p.paymentId)).toMatchObject({ status: "requires_action" });
    expect(await orderStatus(t, p.order.id)).toBe("pending_payment");

    // The app's own secret is random, kept in its data directory, and signs for real.
    expect(t.config.paymentWebhookSecrets).toHaveLength(1);
    expect(t.config.paymentWebhookSecrets[0]).not.toBe(OLD_PUBLIC_SECRET);
    expect(t.config.paymentWebhookSecrets[0]).toMatch(/^whsec_[A-Za-z0-9_-]{64}$/);
    await postWebhook(t, body).expect(200);
    expect(await orderStatus(t, p.order.id)).toBe("paid");
  });

  it("3-D Secure hijack: a payment id or a guessed token cannot answer another customer's challenge", async () => {
    const p = await waitingForAuthentication();
    expect(p.url).toMatch(/^\/api\/v1\/payments\/sandbox\/authenticate\/[0-9a-f]{64}$/);
    expect(p.url).not.toContain(p.paymentId);
    const attempts = [
      `/api/v1/payments/sandbox/authenticate/${p.paymentId}`,
      `/api/v1/payments/sandbox/authenticate/${randomBytes(32).toString("hex")}`,
      `/api/v1/payments/sandbox/authenticate/${p.url.slice(-64).toUpperCase()}`,
      `/api/v1/payments/sandbox/authenticate/${p.url.slice(-64, -1)}`,
    ];
    for (const url of attempts) {
      const res = await t.api
        .offContract("tokens that are not the challenge's")
        .post(url)
        .send({ outcome: "fail" });
      expect([url, res.status]).toEqual([url, 404]);
      expect(res.headers["content-type"]).toMatch(PROBLEM);
    }
    const [intent] = await t.query<{ status: string }>(
      "SELECT status FROM sandbox_intents WHERE merchant_reference = $1",
      [p.paymentId],
    );
    expect(intent.status).toBe("requires_action");

    // The customer's own URL works, once.
    const done = await t.api.post(p.url).send({ outcome: "succeed" }).expect(200);
    expect(done.body).toEqual({ paymentId: p.paymentId, status: "succeeded" });
    const replay = await t.api.post(p.url).send({ outcome: "fail" }).expect(404);
    expect(replay.headers["content-type"]).toMatch(PROBLEM);
  });

  it("card testing: an order takes a bounded number of failed payments, then 409 payment_attempts_exhausted", async () => {
    const customer = await registerCustomer(t);
    const order = await placeOrder(t, customer, variantId);
    for (const card of ["pm_card_chargeDeclined", "pm_card_insufficientFunds", "pm_card_expired"]) {
      await pay(t, customer, order.id, card).expect(402);
    }
    for (const card of ["pm_card_chargeDeclined", "pm_card_visa"]) {
      const res = await pay(t, customer, order.id, card).expect(409);
      expect(res.headers["content-type"]).toMatch(PROBLEM);
      expect(res.body).toMatchObject({ code: "payment_attempts_exhausted", maxFailures: 3 });
    }
    const payments = await t.query<{ status: string }>(
      "SELECT status FROM payments WHERE order_id = $1",
      [order.id],
    );
    expect(payments.map((row) => row.status)).toEqual(["failed", "failed", "failed"]);
    const intents = await t.query(
      "SELECT 1 FROM sandbox_intents i JOIN payments p ON p.id::text = i.merchant_reference WHERE p.order_id = $1",
      [order.id],
    );
    expect(intents).toHaveLength(3);
    expect(await orderStatus(t, order.id)).toBe("pending_payment");
  });
});

describe("Sandbox exposure in production", () => {
  const production = {
    NODE_ENV: "production",
    PAYMENT_WEBHOOK_SECRET: "whsec_production_secret_for_tests_0000000001",
  };

  it("is not there unless chosen: no sandbox route, no sandbox webhook, paying is a 503", async () => {
    const t = await createTestApp(production);
    try {
      expect(t.config.paymentProvider).toBe("none");
      const admin = await loginAdmin(t);
      const variantId = await createVariant(t, admin);
      const customer = await registerCustomer(t);
      const order = await placeOrder(t, customer, variantId);

      const token = randomBytes(32).toString("hex");
      for (const url of [`/api/v1/payments/sandbox/authenticate/${token}`, WEBHOOK_URL]) {
        // In production the sandbox's routes do not exist: outside the contract there.
        const res = await t.nonApi.post(url).send({ outcome: "succeed" });
        expect([url, res.status]).toEqual([url, 404]);
      }
      const res = await pay(t, customer, order.id, "pm_card_visa").expect(503);
      expect(res.headers["content-type"]).toMatch(PROBLEM);
      expect(res.body.code).toBe("payment_provider_not_configured");
      expect(await t.query("SELECT 1 FROM payments WHERE order_id = $1", [order.id])).toHaveLength(
        0,
      );
      expect(await orderStatus(t, order.id)).toBe("pending_payment");
    } finally {
      await t.close();
    }
  });

  it("runs only when explicitly enabled, and says so at start-up", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "storefront-sandbox-"));
    try {
      expect(() =>
        loadConfig({
          ...production,
          DATA_DIR: dataDir,
          JWT_SECRET: "s".repeat(40),
          PAYMENT_PROVIDER: "sandbox",
        }),
      ).toThrow(/SANDBOX_IN_PRODUCTION=true/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
    const warn = jest.spyOn(Logger.prototype, "warn");
    const t = await createTestApp({
      ...production,
      PAYMENT_PROVIDER: "sandbox",
      SANDBOX_IN_PRODUCTION: "true",
    });
    try {
      expect(warn.mock.calls.map((call) => String(call[0]))).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/sandbox payment provider is enabled in production/),
        ]),
      );
      const res = await t.api
        .post(`/api/v1/payments/sandbox/authenticate/${randomBytes(32).toString("hex")}`)
        .send({ outcome: "succeed" })
        .expect(404);
      expect(res.body.code).toBe("not_found");
    } finally {
      warn.mockRestore();
      await t.close();
    }
  });
});
