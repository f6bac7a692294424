import { loginAdmin, registerCustomer, TestUser } from "../support/auth";
import { createTestApp, TestApp } from "../support/test-app";
import {
  addToCart,
  checkout,
  chooseShipping,
  createVariant,
  OrderBody,
  stockAndLedger,
} from "./order-factories";

describe("Checkout under contention (never oversells)", () => {
  let t: TestApp;
  let admin: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAdmin(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it("40 customers with 1 unit each against a stock of 10: exactly 10 orders, 30 × 409, stock 0, ledger agrees", async () => {
    const variant = await createVariant(t, admin, { price: 2500, stock: 10 });
    const customers: TestUser[] = [];
    for (let i = 0; i < 40; i++) customers.push(await registerCustomer(t));
    for (const customer of customers) {
      await addToCart(t, customer, variant.id, 1);
      await chooseShipping(t, customer);
    }

    const responses = await Promise.all(customers.map((customer) => checkout(t, customer)));

    const created = responses.filter((r) => r.status === 201);
    const refused = responses.filter((r) => r.status === 409);
    const others = responses.filter((r) => r.status !== 201 && r.status !== 409);
    expect(others.map((r) => [r.status, r.body.code])).toEqual([]);
    expect(created).toHaveLength(10);
    expect(refused).toHaveLength(30);
    for (const r of refused) {
      expect(r.body.code).toBe("insufficient_stock");
      expect(r.body.variants).toEqual([{ variantId: variant.id, requested: 1, available: 0 }]);
    }
    expect(new Set(created.map((r) => (r.body as OrderBody).number)).size).toBe(10);

    await expect(stockAndLedger(t, variant.id)).resolves.toEqual({ stock: 0, ledger: 0 });
    const [sold] = await t.query<{ orders: string; units: string; sales: string }>(
      `SELECT (SELECT count(*) FROM orders o JOIN order_items i ON i.order_id = o.id WHERE i.variant_id = $1) AS orders,
              (SELECT coalesce(sum(quantity), 0) FROM order_items WHERE variant_id = $1) AS units,
              (SELECT coalesce(-sum(delta), 0) FROM stock_movements WHERE variant_id = $1 AND reason = 'sale') AS sales`,
      [variant.id],
    );
    expect(sold).toEqual({ orders: "10", units: "10", sales: "10" });
    // The 30 refused customers keep their carts; the 10 buyers' carts are empty.
    const [carts] = await t.query<{ kept: string }>(
      `SELECT count(*) AS kept FROM cart_items WHERE variant_id = $1`,
      [variant.id],
    );
    expect(carts.kept).toBe("30");
  });
});
