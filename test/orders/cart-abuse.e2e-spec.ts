import { loginAdmin, registerCustomer, TestUser } from "../support/auth";
import { createTestApp, TestApp } from "../support/test-app";
import {
  addToCart,
  CartBody,
  checkout,
  chooseShipping,
  createVariant,
  placeOrder,
  stockAndLedger,
} from "./order-factories";

const INT_MAX = 2_147_483_647;

describe("Cart and checkout abuse (stock hoarding, oversized totals, cart flooding)", () => {
  let t: TestApp;
  let admin: TestUser;

  beforeAll(async () => {
    t = await createTestApp({
      MAX_UNPAID_ORDERS_PER_CUSTOMER: "3",
      MAX_UNPAID_UNITS_PER_VARIANT: "10",
    });
    admin = await loginAdmin(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const unpaidOrdersOf = async (userId: string) =>
    Number(
      (
        await t.query<{ n: string }>(
          `SELECT count(*) AS n FROM orders WHERE user_id = $1 AND status = 'pending_payment'`,
          [userId],
        )
      )[0].n,
    );

  describe("stock hoarding", () => {
    it("bounds the units of one variant a customer holds in unpaid orders; the refusal takes no stock", async () => {
      const variant = await createVariant(t, admin, { stock: 50 });
      const hoarder = await registerCustomer(t);
      await placeOrder(t, hoarder, variant.id, 6);
      await addToCart(t, hoarder, variant.id, 5);
      const before = await stockAndLedger(t, variant.id);

      const refused = await checkout(t, hoarder).expect(409);
      expect(refused.body).toMatchObject({
        code: "unpaid_units_limit",
        limit: 10,
        variants: [{ variantId: variant.id, requested: 5, unpaid: 6 }],
      });
      expect(refused.headers["content-type"]).toMatch(/application\/problem\+json/);
      await expect(stockAndLedger(t, variant.id)).resolves.toEqual(before);
      await expect(unpaidOrdersOf(hoarder.id)).resolves.toBe(1);

      // Within the bound it goes through, and another customer is not limited by the hoarder.
      await t.api
        .patch(`/api/v1/cart/items/${(await cartOf(hoarder)).items[0].id}`)
        .set(hoarder.auth)
        .send({ quantity: 4 })
        .expect(200);
      await checkout(t, hoarder).expect(201);
      const other = await registerCustomer(t);
      await placeOrder(t, other, variant.id, 10);
      await expect(stockAndLedger(t, variant.id)).resolves.toEqual({ stock: 30, ledger: 30 });
    });

    it("bounds the number of unpaid orders per customer; cancelling one frees a place", async () => {
      const variant = await createVariant(t, admin, { stock: 100 });
      const hoarder = await registerCustomer(t);
      const placed = [];
      for (let i = 0; i < 3; i++) placed.push(await placeOrder(t, hoarder, variant.id, 1));
      await addToCart(t, hoarder, variant.id, 1);
      const refused = await checkout(t, hoarder).expect(409);
      expect(refused.body).toMatchObject({ code: "unpaid_order_limit", unpaidOrders: 3, limit: 3 });
      await expect(unpaidOrdersOf(hoarder.id)).resolves.toBe(3);

      await t.api
        .post(`/api/v1/orders/${placed[0].id}/cancel`)
        .set(hoarder.auth)
        .send({})
        .expect(200);
      await checkout(t, hoarder).expect(201);
      await expect(unpaidOrdersOf(hoarder.id)).resolves.toBe(3);
    });
  });

  describe("oversized totals", () => {
    it("refuses a cart whose subtotal an integer total cannot hold (409 total_too_large), never a 500", async () => {
      const dear = await createVariant(t, admin, { price: 2_000_000_000, stock: 10 });
      const alsoDear = await createVariant(t, admin, { price: 1_500_000_000, stock: 10 });
      const customer = await registerCustomer(t);
      const cart = await addToCart(t, customer, dear.id, 1);
      expect(cart.subtotal).toBe(2_000_000_000);

      for (const attempt of [
        { variantId: dear.id, quantity: 1 },
        { variantId: alsoDear.id, quantity: 1 },
        { variantId: alsoDear.id, quantity: 2 },
      ]) {
        const res = await t.api.post("/api/v1/cart/items").set(customer.auth).send(attempt);
        expect(res.status).toBe(409);
        expect(res.body).toMatchObject({ code: "total_too_large", limit: INT_MAX });
      }
      const res = await t.api
        .patch(`/api/v1/cart/items/${cart.items[0].id}`)
        .set(customer.auth)
        .send({ quantity: 2 });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe("total_too_large");
      await expect(cartOf(customer)).resolves.toMatchObject({ itemCount: 1 });
    });

    it("refuses at checkout an order whose total (shipping and tax included) passes the bound, writing nothing", async () => {
      const variant = await createVariant(t, admin, { price: 1_000_000_000, stock: 10 });
      const customer = await registerCustomer(t);
      await addToCart(t, customer, variant.id, 2);
      await chooseShipping(t, customer);
      // The price rises after the line was added: the cart now holds more than a total can.
      await t.query(`UPDATE product_variants SET price = 1500000000 WHERE id = $1`, [variant.id]);
      const before = await stockAndLedger(t, variant.id);
      const res = await checkout(t, customer).expect(409);
      expect(res.body.code).toBe("total_too_large");
      await expect(stockAndLedger(t, variant.id)).resolves.toEqual(before);
      await expect(unpaidOrdersOf(customer.id)).resolves.toBe(0);
      await expect(cartOf(customer)).resolves.toMatchObject({ itemCount: 2 });
    });
  });

  describe("cart flooding", () => {
    it("caps a cart at 100 lines: the 101st is 409 cart_line_limit, sequentially and in parallel", async () => {
      const variants = [];
      for (let i = 0; i < 110; i++) variants.push(await createVariant(t, admin, { stock: 5 }));
      const customer = await registerCustomer(t);
      for (const variant of variants.slice(0, 95)) await addToCart(t, customer, variant.id, 1);

      // Fifteen new lines at once against five free places.
      const responses = await Promise.all(
        variants
          .slice(95)
          .map((variant) =>
            t.api
              .post("/api/v1/cart/items")
              .set(customer.auth)
              .send({ variantId: variant.id, quantity: 1 }),
          ),
      );
      for (const res of responses) {
        expect([201, 409]).toContain(res.status);
        if (res.status === 409) expect(res.body.code).toBe("cart_line_limit");
      }
      const lines = (await cartOf(customer)).items.length;
      expect(lines).toBeLessThanOrEqual(100);

      // Fill what is left one by one; then the next new line is refused, a merge is not.
      for (const variant of variants.slice(95)) {
        if ((await cartOf(customer)).items.length === 100) break;
        await t.api
          .post("/api/v1/cart/items")
          .set(customer.auth)
          .send({ variantId: variant.id, quantity: 1 });
      }
      await expect(cartOf(customer).then((c) => c.items.length)).resolves.toBe(100);
      const inCart = new Set((await cartOf(customer)).items.map((i) => i.variantId));
      const outside = variants.find((v) => !inCart.has(v.id));
      const refused = await t.api
        .post("/api/v1/cart/items")
        .set(customer.auth)
        .send({ variantId: outside?.id, quantity: 1 })
        .expect(409);
      expect(refused.body).toMatchObject({ code: "cart_line_limit", limit: 100 });
      await addToCart(t, customer, variants[0].id, 1);
      await expect(cartOf(customer).then((c) => c.items.length)).resolves.toBe(100);
      // 110 products and some 215 requests: more than the default minute on a busy machine.
    }, 180_000);
  });

  async function cartOf(user: TestUser): Promise<CartBody> {
    const res = await t.api.get("/api/v1/cart").set(user.auth).expect(200);
    return res.body as CartBody;
  }
});
