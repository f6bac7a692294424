import { randomUUID } from "node:crypto";
import {
  addToCart,
  CartBody,
  checkout,
  chooseShipping,
  expectStatus,
  OrderBody,
} from "../orders/order-factories";
import { loginAdmin, registerCustomer, TestUser } from "../support/auth";
import { createTestApp, TestApp } from "../support/test-app";
import { applyCode, uniqueCode } from "./promotion-factories";

interface PromotionView {
  id: string;
  code: string | null;
  currency: string | null;
}

/**
 * A promotion's amounts are in one currency: a fixed amount or minimum subtotal in USD means
 * nothing in a GBP cart (500 would be 5 pounds there, or 500 yen in a JPY one), so such a
 * promotion applies only to carts in its currency. Promotions without amounts apply in any.
 * The default region here is the store's USD; a UK region sells in GBP.
 */
describe("Promotions and currencies", () => {
  let t: TestApp;
  let admin: TestUser;
  let variantId = "";

  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAdmin(t);
    await t.api
      .post("/api/v1/regions")
      .set(admin.auth)
      .send({ code: "uk", name: "United Kingdom", currency: "GBP", countries: ["GB"] })
      .expect(201);
    await t.api
      .patch("/api/v1/shipping-methods/standard")
      .set(admin.auth)
      .send({ regionPrices: [{ region: "uk", price: 450 }] })
      .expect(200);
    const product = await t.api
      .post("/api/v1/products")
      .set(admin.auth)
      .send({
        name: `Scarf ${randomUUID().slice(0, 6)}`,
        status: "active",
        variants: [
          {
            sku: `PC-${randomUUID().slice(0, 8)}`,
            price: 2500,
            prices: [{ currency: "GBP", amount: 2000 }],
            stock: 50,
          },
        ],
      })
      .expect(201);
    variantId = (product.body as { variants: { id: string }[] }).variants[0].id;
  });
  afterAll(async () => {
    await t.close();
  });

  async function create(body: Record<string, unknown>): Promise<PromotionView> {
    const res = await t.api
      .post("/api/v1/promotions")
      .set(admin.auth)
      .send({ name: "Currency test", status: "active", ...body });
    expectStatus(res, 201, "create promotion");
    return res.body as PromotionView;
  }

  async function customerWithCart(region: "uk" | null): Promise<TestUser> {
    const customer = await registerCustomer(t);
    if (region) {
      await t.api.put("/api/v1/cart/region").set(customer.auth).send({ region }).expect(200);
    }
    await addToCart(t, customer, variantId, 1);
    return customer;
  }

  it("puts a promotion with amounts in the default region's currency unless told; one without amounts has none", async () => {
    const fixed = await create({
      code: uniqueCode("USD"),
      action: { type: "fixed_off_order", amountOff: 500 },
    });
    expect(fixed.currency).toBe("USD");
    const minimum = await create({
      code: uniqueCode("MIN"),
      conditions: { minSubtotal: 1000 },
      action: { type: "percentage_off_order", percentOff: 10 },
    });
    expect(minimum.currency).toBe("USD");
    const percentage = await create({
      code: uniqueCode("ANY"),
      action: { type: "percentage_off_order", percentOff: 10 },
    });
    expect(percentage.currency).toBeNull();
    const pounds = await create({
      code: uniqueCode("GBP"),
      currency: "GBP",
      action: { type: "fixed_off_order", amountOff: 300 },
    });
    expect(pounds.currency).toBe("GBP");

    // Giving the percentage an amount puts it in the default currency; a currency given stays.
    const changed = await t.api
      .patch(`/api/v1/promotions/${percentage.id}`)
      .set(admin.auth)
      .send({ action: { type: "fixed_off_order", amountOff: 200 } })
      .expect(200);
    expect((changed.body as PromotionView).currency).toBe("USD");
    const moved = await t.api
      .patch(`/api/v1/promotions/${percentage.id}`)
      .set(admin.auth)
      .send({ currency: "GBP" })
      .expect(200);
    expect((moved.body as PromotionView).currency).toBe("GBP");

    const refused = await t.api
      .post("/api/v1/promotions")
      .set(admin.auth)
      .send({
        name: "Not a currency",
        currency: "XYZ",
        action: { type: "fixed_off_order", amountOff: 100 },
      })
      .expect(400);
    expect(refused.body).toMatchObject({ code: "validation_failed" });
    expect(JSON.stringify(refused.body.errors)).toContain("currency");
  });

  it("refuses a USD code on a GBP cart (409, condition currency) and applies a GBP one there", async () => {
    const dollars = await create({
      code: uniqueCode("USD"),
      action: { type: "fixed_off_order", amountOff: 500 },
    });
    const pounds = await create({
      code: uniqueCode("GBP"),
      currency: "GBP",
      action: { type: "fixed_off_order", amountOff: 300 },
    });
    const customer = await customerWithCart("uk");

    const refused = await applyCode(t, customer, dollars.code!).expect(409);
    expect(refused.body).toMatchObject({
      code: "promotion_condition_not_met",
      condition: "currency",
      promotionId: dollars.id,
    });
    const cart = await t.api.get("/api/v1/cart").set(customer.auth).expect(200);
    expect(cart.body).toMatchObject({ currency: "GBP", subtotal: 2000, discount: 0 });

    const applied = await applyCode(t, customer, pounds.code!).expect(201);
    const body = applied.body as CartBody;
    expect(body).toMatchObject({ currency: "GBP", subtotal: 2000, discount: 300 });
    expect(body.promotions).toEqual([
      expect.objectContaining({ promotionId: pounds.id, applied: true, discount: 300 }),
    ]);

    // The order keeps the GBP discount.
    await chooseShipping(t, customer);
    const order = await checkout(t, customer, randomUUID(), {
      shippingAddress: {
        fullName: "Ada Lovelace",
        line1: "1 Analytical Way",
        city: "London",
        postalCode: "N1 9GU",
        country: "GB",
      },
    });
    expectStatus(order, 201, "checkout");
    expect(order.body as OrderBody).toMatchObject({ currency: "GBP", discount: 300 });
  });

  it("applies an automatic USD promotion to USD carts only, and one without amounts to both", async () => {
    const dollars = await create({ action: { type: "fixed_off_order", amountOff: 400 } });
    const anywhere = await create({ action: { type: "percentage_off_order", percentOff: 10 } });
    try {
      const american = await customerWithCart(null);
      const usd = (await t.api.get("/api/v1/cart").set(american.auth).expect(200)).body as CartBody;
      expect(usd.currency).toBe("USD");
      expect(usd.promotions.filter((p) => p.applied).map((p) => p.promotionId)).toEqual(
        expect.arrayContaining([dollars.id, anywhere.id]),
      );
      // 10 % of 2500, then 400 off what is left.
      expect(usd.discount).toBe(250 + 400);

      const british = await customerWithCart("uk");
      const gbp = (await t.api.get("/api/v1/cart").set(british.auth).expect(200)).body as CartBody;
      expect(gbp.currency).toBe("GBP");
      expect(gbp.promotions.filter((p) => p.applied).map((p) => p.promotionId)).toEqual([
        anywhere.id,
      ]);
      expect(gbp.discount).toBe(200);
    } finally {
      // Automatic promotions apply to every cart: archive them for the tests that follow.
      for (const p of [dollars, anywhere]) {
        await t.api.post(`/api/v1/promotions/${p.id}/archive`).set(admin.auth).expect(200);
      }
    }
  });
});
