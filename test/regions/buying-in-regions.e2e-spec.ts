import { randomUUID } from "node:crypto";
import { TEST_ADDRESS, pay, refund } from "../payments/payment-factories";
import { loginAdmin, registerCustomer, TestUser } from "../support/auth";
import { createTestApp, TestApp } from "../support/test-app";

interface TaxLine {
  rate: number;
  category: string;
  amount: number;
}

interface CartItem {
  id: string;
  variantId: string;
  unitPrice: number;
  tax: number;
  priced: boolean;
  available: boolean;
}

interface Cart {
  items: CartItem[];
  subtotal: number;
  shipping: number;
  tax: number;
  shippingTax: number;
  total: number;
  currency: string;
  region: string;
  taxInclusive: boolean;
  taxLines: TaxLine[];
}

/**
 * The same products bought by a German (EUR, prices include 19 % / 7 %), a British (GBP,
 * prices include 20 % / 0 %) and an American customer (USD, 8 % added): each order, its
 * payment and a refund are in the region's currency, with the tax of the region's rule
 * (common/money/tax.ts). A variant without a GBP price cannot be bought in the UK.
 */
describe("Buying in regions: currency, prices and tax per region", () => {
  let t: TestApp;
  let admin: TestUser;
  const variants = { shirt: "", book: "", mug: "" };

  beforeAll(async () => {
    t = await createTestApp({ SANDBOX_WEBHOOK_DELAY_MS: "50" });
    admin = await loginAdmin(t);

    const regions = [
      { code: "de", name: "Germany", currency: "EUR", taxInclusive: true, countries: ["DE"] },
      {
        code: "uk",
        name: "United Kingdom",
        currency: "GBP",
        taxInclusive: true,
        countries: ["GB"],
      },
      {
        code: "us",
        name: "United States",
        currency: "USD",
        taxInclusive: false,
        countries: ["US"],
      },
    ];
    for (const region of regions) {
      await t.api.post("/api/v1/regions").set(admin.auth).send(region).expect(201);
    }
    const rates: [string, string, number][] = [
      ["de", "standard", 1900],
      ["de", "reduced", 700],
      ["de", "shipping", 1900],
      ["uk", "standard", 2000],
      ["uk", "reduced", 0], // books are zero-rated in the UK
      ["uk", "shipping", 2000],
      ["us", "standard", 800],
      ["us", "reduced", 800],
      ["us", "shipping", 0],
    ];
    for (const [region, category, rate] of rates) {
      await t.api
        .post("/api/v1/tax-rates")
        .set(admin.auth)
        .send({ region, category, rate })
        .expect(201);
    }
    await t.api
      .patch("/api/v1/shipping-methods/standard")
      .set(admin.auth)
      .send({
        regionPrices: [
          { region: "de", price: 595 },
          { region: "uk", price: 450 },
          { region: "us", price: 700 },
        ],
      })
      .expect(200);

    // USD is the store's (and the default region's) currency: `price` is the USD price.
    const product = async (
      name: string,
      taxCategory: string,
      price: number,
      prices: { currency: string; amount: number }[],
    ) => {
      const res = await t.api
        .post("/api/v1/products")
        .set(admin.auth)
        .send({
          name: `${name} ${randomUUID().slice(0, 6)}`,
          status: "active",
          taxCategory,
          variants: [{ sku: `RG-${randomUUID().slice(0, 8)}`, price, prices, stock: 100 }],
        })
        .expect(201);
      expect(res.body).toMatchObject({ taxCategory, variants: [{ price, currency: "USD" }] });
      return (res.body as { variants: { id: string; prices: unknown }[] }).variants[0];
    };
    const shirt = await product("Shirt", "standard", 2500, [
      { currency: "EUR", amount: 2380 },
      { currency: "GBP", amount: 2000 },
    ]);
    expect(shirt.prices).toEqual([
      { currency: "EUR", amount: 2380 },
      { currency: "GBP", amount: 2000 },
    ]);
    variants.shirt = shirt.id;
    variants.book = (
      await product("Book", "reduced", 1500, [
        { currency: "EUR", amount: 1070 },
        { currency: "GBP", amount: 999 },
      ])
    ).id;
    // No GBP price: not for sale in the UK.
    variants.mug = (await product("Mug", "standard", 1000, [{ currency: "EUR", amount: 1190 }])).id;
  });
  afterAll(async () => {
    await t.close();
  });

  async function cartIn(country: string): Promise<TestUser> {
    const customer = await registerCustomer(t);
    await t.api.put("/api/v1/cart/region").set(customer.auth).send({ country }).expect(200);
    for (const variantId of [variants.shirt, variants.book]) {
      await t.api
        .post("/api/v1/cart/items")
        .set(customer.auth)
        .send({ variantId, quantity: 1 })
        .expect(201);
    }
    await t.api
      .put("/api/v1/cart/shipping-method")
      .set(customer.auth)
      .send({ code: "standard" })
      .expect(200);
    return customer;
  }

  function checkout(customer: TestUser, country: string) {
    return t.api
      .post("/api/v1/orders")
      .set(customer.auth)
      .set("Idempotency-Key", randomUUID())
      .send({ shippingAddress: { ...TEST_ADDRESS, country } });
  }

  it.each([
    {
      country: "DE",
      region: "de",
      currency: "EUR",
      taxInclusive: true,
      // shirt 2380 incl. 19 %: 380; book 1070 incl. 7 %: 70; shipping 595 incl. 19 %: 95
      prices: [2380, 1070],
      lineTaxes: [380, 70],
      totals: { subtotal: 3450, shipping: 595, shippingTax: 95, tax: 545, total: 4045 },
      taxLines: [
        { rate: 1900, category: "shipping", amount: 95 },
        { rate: 1900, category: "standard", amount: 380 },
        { rate: 700, category: "reduced", amount: 70 },
      ],
      // the book's line total holds its tax: nothing is added back
      bookRefund: 1070,
    },
    {
      country: "GB",
      region: "uk",
      currency: "GBP",
      taxInclusive: true,
      // shirt 2000 incl. 20 %: 333.33 -> 333; book 999 at 0 %; shipping 450 incl. 20 %: 75
      prices: [2000, 999],
      lineTaxes: [333, 0],
      totals: { subtotal: 2999, shipping: 450, shippingTax: 75, tax: 408, total: 3449 },
      taxLines: [
        { rate: 2000, category: "shipping", amount: 75 },
        { rate: 2000, category: "standard", amount: 333 },
        { rate: 0, category: "reduced", amount: 0 },
      ],
      bookRefund: 999,
    },
    {
      country: "US",
      region: "us",
      currency: "USD",
      taxInclusive: false,
      // 8 % added: shirt 2500 -> 200, book 1500 -> 120; shipping 700 at 0 %
      prices: [2500, 1500],
      lineTaxes: [200, 120],
      totals: { subtotal: 4000, shipping: 700, shippingTax: 0, tax: 320, total: 5020 },
      taxLines: [
        { rate: 800, category: "reduced", amount: 120 },
        { rate: 800, category: "standard", amount: 200 },
        { rate: 0, category: "shipping", amount: 0 },
      ],
      // the book and the tax added to it
      bookRefund: 1620,
    },
  ])(
    "a customer in $country buys in $currency: cart, order, payment and refund agree",
    async (c) => {
      const customer = await cartIn(c.country);
      const cart = (await t.api.get("/api/v1/cart").set(customer.auth).expect(200)).body as Cart;
      expect(cart).toMatchObject({
        region: c.region,
        currency: c.currency,
        taxInclusive: c.taxInclusive,
        ...c.totals,
        taxLines: c.taxLines,
      });
      expect(cart.items.map((i) => [i.unitPrice, i.tax, i.priced])).toEqual([
        [c.prices[0], c.lineTaxes[0], true],
        [c.prices[1], c.lineTaxes[1], true],
      ]);
      // They add up: lines + shipping (+ tax when added) = total; the tax lines sum to the tax.
      expect(cart.subtotal + cart.shipping + (c.taxInclusive ? 0 : cart.tax)).toBe(cart.total);
      expect(cart.taxLines.reduce((sum, l) => sum + l.amount, 0)).toBe(cart.tax);

      const placed = await checkout(customer, c.country).expect(201);
      expect(placed.body).toMatchObject({
        region: c.region,
        currency: c.currency,
        taxInclusive: c.taxInclusive,
        ...c.totals,
        taxLines: c.taxLines,
      });
      const orderId = placed.body.id as string;
      const stored = await t.api.get(`/api/v1/orders/${orderId}`).set(customer.auth).expect(200);
      expect(stored.body).toMatchObject({ currency: c.currency, total: c.totals.total });

      const payment = await pay(t, customer, orderId, "pm_card_visa").expect(201);
      expect(payment.body).toMatchObject({ amount: c.totals.total, currency: c.currency });

      const refunded = await refund(t, admin, payment.body.id as string, {
        items: [{ variantId: variants.book, quantity: 1 }],
      }).expect(201);
      expect(refunded.body).toMatchObject({ amount: c.bookRefund, currency: c.currency });
    },
  );

  it("a variant without a GBP price cannot be bought in the UK region", async () => {
    const customer = await registerCustomer(t);
    await t.api.put("/api/v1/cart/region").set(customer.auth).send({ region: "uk" }).expect(200);
    const res = await t.api
      .post("/api/v1/cart/items")
      .set(customer.auth)
      .send({ variantId: variants.mug, quantity: 1 })
      .expect(409);
    expect(res.body).toMatchObject({
      code: "variant_not_sold_in_region",
      region: "uk",
      currency: "GBP",
      variants: [{ variantId: variants.mug }],
    });
    const cart = await t.api.get("/api/v1/cart").set(customer.auth).expect(200);
    expect(cart.body).toMatchObject({ items: [], currency: "GBP" });
  });

  it("moving a cart to the UK re-prices it, says what changed, and checkout refuses the unpriced line", async () => {
    const customer = await registerCustomer(t);
    // In the default region (USD) first.
    for (const variantId of [variants.shirt, variants.mug]) {
      await t.api
        .post("/api/v1/cart/items")
        .set(customer.auth)
        .send({ variantId, quantity: 1 })
        .expect(201);
    }
    await t.api
      .put("/api/v1/cart/shipping-method")
      .set(customer.auth)
      .send({ code: "standard" })
      .expect(200);
    const before = (await t.api.get("/api/v1/cart").set(customer.auth).expect(200)).body as Cart;
    expect(before).toMatchObject({ region: "default", currency: "USD", subtotal: 3500 });
    const mugLine = before.items.find((i) => i.variantId === variants.mug);

    const moved = await t.api
      .put("/api/v1/cart/region")
      .set(customer.auth)
      .send({ country: "GB" })
      .expect(200);
    expect(moved.body).toMatchObject({
      region: "uk",
      currency: "GBP",
      // the shirt alone (2000, 20 % included: 333) and UK shipping (450, 75)
      subtotal: 2000,
      shipping: 450,
      tax: 408,
      total: 2450,
      changes: {
        fromRegion: "default",
        fromCurrency: "USD",
        fromTotal: before.total,
        unpricedItemIds: [mugLine?.id],
        shippingMethodDropped: false,
      },
    });
    const items = (moved.body as Cart).items;
    expect(items.find((i) => i.variantId === variants.mug)).toMatchObject({
      priced: false,
      available: false,
    });

    const refused = await checkout(customer, "GB").expect(409);
    expect(refused.body).toMatchObject({
      code: "variant_not_sold_in_region",
      variants: [{ variantId: variants.mug }],
    });
  });

  it("PUT /cart/shipping-method: a method with no price in the cart's region is a 409 and is not chosen", async () => {
    const customer = await registerCustomer(t);
    await t.api.put("/api/v1/cart/region").set(customer.auth).send({ region: "de" }).expect(200);
    // Only `standard` was given a price in region de.
    const refused = await t.api
      .put("/api/v1/cart/shipping-method")
      .set(customer.auth)
      .send({ code: "express" })
      .expect(409);
    expect(refused.body).toMatchObject({ code: "shipping_method_not_offered", region: "de" });
    const cart = await t.api.get("/api/v1/cart").set(customer.auth).expect(200);
    expect(cart.body).toMatchObject({ region: "de", shippingMethod: null });
  });

  it("PUT /cart/region: 404 for an unknown region, 400 for a country of another region", async () => {
    const customer = await registerCustomer(t);
    const unknown = await t.api
      .put("/api/v1/cart/region")
      .set(customer.auth)
      .send({ region: "nowhere" })
      .expect(404);
    expect(unknown.body.code).toBe("region_not_found");
    const mismatch = await t.api
      .put("/api/v1/cart/region")
      .set(customer.auth)
      .send({ region: "uk", country: "DE" })
      .expect(400);
    expect(mismatch.body.errors).toEqual([
      { field: "country", message: "DE belongs to region de" },
    ]);
    const cart = await t.api.get("/api/v1/cart").set(customer.auth).expect(200);
    expect(cart.body).toMatchObject({ region: "default", country: null });
  });

  it("refuses a shipping country of another region than the cart's at checkout", async () => {
    const customer = await cartIn("DE");
    const res = await checkout(customer, "US").expect(409);
    expect(res.body).toMatchObject({
      code: "region_mismatch",
      cartRegion: "de",
      countryRegion: "us",
    });
  });
});
