import { randomUUID } from "node:crypto";
import { loginAdmin, registerCustomer, TestUser } from "../support/auth";
import { createTestApp, TestApp } from "../support/test-app";
import {
  addToCart,
  checkout,
  chooseShipping,
  createVariant,
  expectStatus,
  OrderBody,
  Variant,
} from "../orders/order-factories";
import { orderStatus, pay, refund } from "../payments/payment-factories";
import { applyCode, createPromotion, uniqueCode, usage } from "./promotion-factories";

describe("Refunds of discounted orders", () => {
  let t: TestApp;
  let admin: TestUser;
  let shirt: Variant;
  let socks: Variant;

  beforeAll(async () => {
    t = await createTestApp({ SANDBOX_WEBHOOK_DELAY_MS: "50", TAX_RATE_BPS: "1000" });
    admin = await loginAdmin(t);
    shirt = await createVariant(t, admin, { price: 2000 });
    socks = await createVariant(t, admin, { price: 500 });
  });
  afterAll(async () => {
    await t.close();
  });

  /** A paid order of a shirt and 3 socks with 10 % off: total 4015 (see promotions.e2e-spec). */
  async function paidDiscountedOrder() {
    const code = uniqueCode();
    const promotion = await createPromotion(t, admin, {
      code,
      usageLimit: 10,
      action: { type: "percentage_off_order", percentOff: 10 },
    });
    const customer = await registerCustomer(t);
    await addToCart(t, customer, shirt.id, 1);
    await addToCart(t, customer, socks.id, 3);
    await chooseShipping(t, customer);
    expectStatus(await applyCode(t, customer, code), 201, "apply");
    const placed = await checkout(t, customer);
    expectStatus(placed, 201, "checkout");
    const order = placed.body as OrderBody;
    expect(order.total).toBe(4015);
    const paid = await pay(t, customer, order.id, "pm_card_visa");
    expectStatus(paid, 201, "pay");
    return { order, promotion, paymentId: (paid.body as { id: string }).id };
  }

  it("a refund of a discounted line gives back what was paid for it; the full refund releases the promotion", async () => {
    const { order, promotion, paymentId } = await paidDiscountedOrder();
    // Shirt: 2000 − 200 discount + 180 tax share (365 over 1800 : 1350 : 500 shipping).
    const line = await refund(t, admin, paymentId, {
      items: [{ variantId: shirt.id, quantity: 1 }],
    });
    expectStatus(line, 201, "refund the shirt");
    expect(line.body.amount).toBe(1980);
    // One sock of three: (1500 − 150 + 135) / 3.
    const sock = await refund(t, admin, paymentId, {
      items: [{ variantId: socks.id, quantity: 1 }],
    });
    expect(sock.body.amount).toBe(495);
    expect(await orderStatus(t, order.id)).toBe("partially_refunded");
    await expect(usage(t, promotion.id)).resolves.toEqual({ used: 1, live: 1, released: 0 });

    const rest = await refund(t, admin, paymentId);
    expectStatus(rest, 201, "refund the rest");
    expect(rest.body.amount).toBe(4015 - 1980 - 495);
    expect(await orderStatus(t, order.id)).toBe("refunded");
    await expect(usage(t, promotion.id)).resolves.toEqual({ used: 0, live: 0, released: 1 });
  });

  it("refuses items with an amount, items not on the order and more units than bought (400)", async () => {
    const { paymentId } = await paidDiscountedOrder();
    const both = await refund(t, admin, paymentId, {
      amount: 100,
      items: [{ variantId: shirt.id, quantity: 1 }],
    });
    expect([both.status, both.body.code]).toEqual([400, "validation_failed"]);
    const stranger = await refund(t, admin, paymentId, {
      items: [{ variantId: randomUUID(), quantity: 1 }],
    });
    expect([stranger.status, stranger.body.errors]).toEqual([
      400,
      [{ field: "items.0", message: "not on the order, or more units than the order holds" }],
    ]);
    const tooMany = await refund(t, admin, paymentId, {
      items: [{ variantId: socks.id, quantity: 4 }],
    });
    expect(tooMany.status).toBe(400);
    const [payment] = await t.query<{ refunded_amount: number }>(
      "SELECT refunded_amount FROM payments WHERE id = $1",
      [paymentId],
    );
    expect(payment.refunded_amount).toBe(0);
  });
});
