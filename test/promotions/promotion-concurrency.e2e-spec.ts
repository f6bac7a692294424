import { loginAdmin, registerCustomer, TestUser } from "../support/auth";
import { createTestApp, TestApp } from "../support/test-app";
import {
  addToCart,
  checkout,
  chooseShipping,
  createVariant,
  expectStatus,
} from "../orders/order-factories";
import { applyCode, createPromotion, uniqueCode, usage } from "./promotion-factories";

/**
 * Usage limits hold under real concurrency: many parallel HTTP checkouts, then the invariants
 * checked in the database. The limits are a conditional UPDATE (`used < usage_limit`) and a
 * unique index, both in the checkout transaction, so no interleaving can oversell a code.
 */
describe("Promotion limits under concurrent checkouts", () => {
  let t: TestApp;
  let admin: TestUser;

  beforeAll(async () => {
    // 150 checkouts at once queue for the 10 pooled connections longer than the default 3 s
    // wait, which would shed some as 503 (correctly, but beside the point here): every
    // checkout must reach the database for the limit to be tested.
    t = await createTestApp({ DB_CONNECT_TIMEOUT_MS: "60000" });
    admin = await loginAdmin(t);
  });
  afterAll(async () => {
    await t.close();
  });

  /** `count` customers, each with one unit in the cart and the code applied (set up 10 at a time). */
  async function customersHolding(count: number, variantId: string, code: string) {
    const customers: TestUser[] = [];
    while (customers.length < count) {
      const batch = Math.min(10, count - customers.length);
      const ready = await Promise.all(
        Array.from({ length: batch }, async () => {
          const customer = await registerCustomer(t);
          await addToCart(t, customer, variantId, 1);
          await chooseShipping(t, customer);
          expectStatus(await applyCode(t, customer, code), 201, "apply code");
          return customer;
        }),
      );
      customers.push(...ready);
    }
    return customers;
  }

  // Setting up 150 customers through the real API takes a while on a busy machine.
  jest.setTimeout(300_000);

  it("usageLimit 1, 40 parallel checkouts by 40 customers: exactly one discounted order, 39 × 409 promotion_exhausted, no full-price order", async () => {
    const variant = await createVariant(t, admin, { price: 3000, stock: 1000 });
    const code = uniqueCode("ONCE");
    const promotion = await createPromotion(t, admin, {
      code,
      usageLimit: 1,
      action: { type: "fixed_off_order", amountOff: 1000 },
    });
    const customers = await customersHolding(40, variant.id, code);

    const responses = await Promise.all(customers.map((customer) => checkout(t, customer)));

    const created = responses.filter((r) => r.status === 201);
    const refused = responses.filter((r) => r.status === 409);
    expect(responses.filter((r) => r.status !== 201 && r.status !== 409)).toEqual([]);
    expect(created).toHaveLength(1);
    expect((created[0].body as { discount: number }).discount).toBe(1000);
    expect(refused).toHaveLength(39);
    for (const r of refused) {
      expect([r.body.code, r.body.promotionCode]).toEqual(["promotion_exhausted", code]);
    }

    // One order among the 40 customers, discounted; nobody was charged the full price instead.
    const orders = await t.query<{ discount: number }>(
      "SELECT discount FROM orders WHERE user_id = ANY($1::uuid[])",
      [customers.map((c) => c.id)],
    );
    expect(orders).toEqual([{ discount: 1000 }]);
    await expect(usage(t, promotion.id)).resolves.toEqual({ used: 1, live: 1, released: 0 });
    // Stock moved for the one order only; the 39 keep their cart and their code.
    const [stock] = await t.query<{ stock: number }>(
      "SELECT stock FROM product_variants WHERE id = $1",
      [variant.id],
    );
    expect(stock.stock).toBe(999);
    const [kept] = await t.query<{ carts: string; codes: string }>(
      `SELECT (SELECT count(*) FROM cart_items WHERE variant_id = $1) AS carts,
              (SELECT count(*) FROM cart_promotions WHERE promotion_id = $2) AS codes`,
      [variant.id, promotion.id],
    );
    expect(kept).toEqual({ carts: "39", codes: "39" });
  });

  it("usageLimit 100 under 150 parallel checkouts: the counter ends at exactly 100, equal to the redemption rows", async () => {
    const variant = await createVariant(t, admin, { price: 1500, stock: 1000 });
    const code = uniqueCode("HUNDRED");
    const promotion = await createPromotion(t, admin, {
      code,
      usageLimit: 100,
      action: { type: "percentage_off_order", percentOff: 20 },
    });
    const customers = await customersHolding(150, variant.id, code);

    const responses = await Promise.all(customers.map((customer) => checkout(t, customer)));

    expect(responses.filter((r) => r.status !== 201 && r.status !== 409)).toEqual([]);
    expect(responses.filter((r) => r.status === 201)).toHaveLength(100);
    const refused = responses.filter((r) => r.status === 409);
    expect(refused).toHaveLength(50);
    expect(new Set(refused.map((r) => r.body.code))).toEqual(new Set(["promotion_exhausted"]));
    await expect(usage(t, promotion.id)).resolves.toEqual({ used: 100, live: 100, released: 0 });
    const [orders] = await t.query<{ discounted: string; full: string }>(
      `SELECT count(*) FILTER (WHERE discount = 300) AS discounted,
              count(*) FILTER (WHERE discount = 0) AS full
       FROM orders WHERE user_id = ANY($1::uuid[])`,
      [customers.map((c) => c.id)],
    );
    expect(orders).toEqual({ discounted: "100", full: "0" });
  });
});
