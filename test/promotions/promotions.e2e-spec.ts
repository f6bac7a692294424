import { randomUUID } from "node:crypto";
import { loginAdmin, registerCustomer, TestUser } from "../support/auth";
import { createTestApp, TestApp } from "../support/test-app";
import {
  addToCart,
  CartBody,
  checkout,
  chooseShipping,
  expectStatus,
  OrderBody,
  stockAndLedger,
  Variant,
} from "../orders/order-factories";
import { applyCode, createPromotion, uniqueCode, usage } from "./promotion-factories";

type PricedCart = CartBody;
type PricedOrder = OrderBody;

const DAY = 24 * 60 * 60 * 1000;

describe("Promotions (admin API, cart, checkout, release)", () => {
  let t: TestApp;
  let admin: TestUser;
  let clothes: string;
  let shirt: Variant; // 2000, category clothes
  let socks: Variant; // 500
  let mug: Variant; // 1250

  async function variant(price: number, categoryId?: string): Promise<Variant> {
    const sku = `PRM-${randomUUID().slice(0, 8).toUpperCase()}`;
    const res = await t.api
      .post("/api/v1/products")
      .set(admin.auth)
      .send({
        name: `Promo ${sku}`,
        status: "active",
        ...(categoryId ? { categoryId } : {}),
        variants: [{ sku, price, stock: 500 }],
      });
    expectStatus(res, 201, "create product");
    const body = res.body as { id: string; variants: { id: string }[] };
    return { id: body.variants[0].id, productId: body.id, sku };
  }

  /** A fresh customer whose cart holds `lines` with standard shipping (500, free from 5000). */
  async function customerWith(lines: [Variant, number][]): Promise<TestUser> {
    const customer = await registerCustomer(t);
    for (const [v, quantity] of lines) await addToCart(t, customer, v.id, quantity);
    await chooseShipping(t, customer);
    return customer;
  }

  async function cartOf(customer: TestUser): Promise<PricedCart> {
    const res = await t.api.get("/api/v1/cart").set(customer.auth);
    expectStatus(res, 200, "get cart");
    return res.body as PricedCart;
  }

  const totalsOf = (c: {
    subtotal: number;
    discount: number;
    shipping: number;
    tax: number;
    total: number;
  }) => ({
    subtotal: c.subtotal,
    discount: c.discount,
    shipping: c.shipping,
    tax: c.tax,
    total: c.total,
  });

  beforeAll(async () => {
    // 10 % tax, so that tax on the discounted amounts shows in every total.
    t = await createTestApp({ TAX_RATE_BPS: "1000" });
    admin = await loginAdmin(t);
    const category = await t.api
      .post("/api/v1/categories")
      .set(admin.auth)
      .send({ name: `Clothes ${randomUUID().slice(0, 6)}` });
    expectStatus(category, 201, "create category");
    clothes = (category.body as { id: string }).id;
    shirt = await variant(2000, clothes);
    socks = await variant(500);
    mug = await variant(1250);
  });
  afterAll(async () => {
    await t.close();
  });

  describe("admin API", () => {
    it("creates, reads, lists by cursor, changes and archives promotions", async () => {
      const created = await t.api
        .post("/api/v1/promotions")
        .set(admin.auth)
        .send({
          name: "Welcome",
          code: "welcome-admin",
          usageLimit: 10,
          usageLimitPerCustomer: 1,
          conditions: { minSubtotal: 1000 },
          action: { type: "percentage_off_order", percentOff: 10, amountOff: 999 },
        });
      expectStatus(created, 201, "create");
      const promotion = created.body as Record<string, unknown> & { id: string };
      expect(promotion).toMatchObject({
        name: "Welcome",
        code: "WELCOME-ADMIN",
        status: "draft",
        endsAt: null,
        usageLimit: 10,
        usageLimitPerCustomer: 1,
        used: 0,
        combinable: true,
        releaseOnCancel: true,
        conditions: { minSubtotal: 1000, contains: null, signedIn: false, firstOrder: false },
        // Fields the action type does not use are dropped.
        action: {
          type: "percentage_off_order",
          percentOff: 10,
          amountOff: null,
          target: null,
          buyQuantity: null,
          getQuantity: null,
        },
      });

      const got = await t.api.get(`/api/v1/promotions/${promotion.id}`).set(admin.auth);
      expectStatus(got, 200, "get");
      expect(got.body).toEqual(promotion);

      const second = await createPromotion(t, admin, {
        code: uniqueCode(),
        status: "draft",
        action: { type: "free_shipping" },
      });
      const page1 = await t.api.get("/api/v1/promotions?limit=1").set(admin.auth);
      expectStatus(page1, 200, "list");
      expect((page1.body as { data: { id: string }[] }).data.map((p) => p.id)).toEqual([second.id]);
      const cursor = (page1.body as { nextCursor: string }).nextCursor;
      const page2 = await t.api
        .get(`/api/v1/promotions?limit=1&cursor=${encodeURIComponent(cursor)}`)
        .set(admin.auth);
      expect((page2.body as { data: { id: string }[] }).data.map((p) => p.id)).toEqual([
        promotion.id,
      ]);

      const changed = await t.api
        .patch(`/api/v1/promotions/${promotion.id}`)
        .set(admin.auth)
        .send({
          status: "active",
          usageLimit: null,
          endsAt: new Date(Date.now() + DAY).toISOString(),
        });
      expectStatus(changed, 200, "update");
      expect(changed.body).toMatchObject({ status: "active", usageLimit: null, used: null });

      const archived = await t.api
        .post(`/api/v1/promotions/${promotion.id}/archive`)
        .set(admin.auth);
      expectStatus(archived, 200, "archive");
      expect((archived.body as { status: string }).status).toBe("archived");
    });

    it("refuses bad input (400), duplicate codes (409), unknown ids (404) and customers (403)", async () => {
      const code = uniqueCode();
      await createPromotion(t, admin, { code, action: { type: "free_shipping" } });
      const duplicate = await t.api
        .post("/api/v1/promotions")
        .set(admin.auth)
        .send({ name: "Again", code: code.toLowerCase(), action: { type: "free_shipping" } });
      expect([duplicate.status, duplicate.body.code]).toEqual([409, "promotion_code_taken"]);
      // Taking another promotion's code by an update is refused the same way.
      const other = await createPromotion(t, admin, {
        code: uniqueCode(),
        action: { type: "free_shipping" },
      });
      const renamed = await t.api
        .patch(`/api/v1/promotions/${other.id}`)
        .set(admin.auth)
        .send({ code });
      expect([renamed.status, renamed.body.code]).toEqual([409, "promotion_code_taken"]);

      const noPercent = await t.api
        .post("/api/v1/promotions")
        .set(admin.auth)
        .send({ name: "Broken", action: { type: "percentage_off_order" } });
      expect([noPercent.status, noPercent.body.code]).toEqual([400, "validation_failed"]);
      expect(noPercent.body.errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: "action.percentOff" })]),
      );
      const overHundred = await t.api
        .offContract("a percentOff over the documented 100")
        .post("/api/v1/promotions")
        .set(admin.auth)
        .send({ name: "Broken", action: { type: "percentage_off_order", percentOff: 101 } });
      expect(overHundred.status).toBe(400);
      const backwards = await t.api
        .post("/api/v1/promotions")
        .set(admin.auth)
        .send({
          name: "Backwards",
          startsAt: "2030-01-02T00:00:00Z",
          endsAt: "2030-01-01T00:00:00Z",
          action: { type: "free_shipping" },
        });
      expect([backwards.status, backwards.body.errors]).toEqual([
        400,
        [{ field: "endsAt", message: "endsAt must be after startsAt" }],
      ]);

      const unknown = await t.api.get(`/api/v1/promotions/${randomUUID()}`).set(admin.auth);
      expect([unknown.status, unknown.body.code]).toEqual([404, "promotion_not_found"]);
      const notAnId = await t.api
        .offContract("an id that is not a UUID")
        .get("/api/v1/promotions/not-a-uuid")
        .set(admin.auth);
      expect(notAnId.status).toBe(400);
      const customer = await registerCustomer(t);
      const forbidden = await t.api
        .post("/api/v1/promotions")
        .set(customer.auth)
        .send({ name: "Mine", action: { type: "free_shipping" } });
      expect(forbidden.status).toBe(403);
    });
  });

  describe("actions, priced in the cart with tax on the discounted amounts", () => {
    it.each([
      [
        "10 % off the order, spread 200/150 over the lines",
        () =>
          [
            [shirt, 1],
            [socks, 3],
          ] as [Variant, number][],
        () => ({ type: "percentage_off_order", percentOff: 10 }),
        [200, 150],
        { subtotal: 3500, discount: 350, shipping: 500, tax: 365, total: 4015 },
      ],
      [
        "20 % off the items of a category",
        () =>
          [
            [shirt, 1],
            [mug, 2],
          ] as [Variant, number][],
        () => ({
          type: "percentage_off_items",
          percentOff: 20,
          target: { categoryIds: [clothes] },
        }),
        [400, 0],
        { subtotal: 4500, discount: 400, shipping: 500, tax: 460, total: 5060 },
      ],
      [
        "a fixed amount off the order, never below zero",
        () => [[socks, 3]] as [Variant, number][],
        () => ({ type: "fixed_off_order", amountOff: 5000 }),
        [1500],
        { subtotal: 1500, discount: 1500, shipping: 500, tax: 50, total: 550 },
      ],
      [
        "a fixed amount off each matching unit",
        () =>
          [
            [socks, 3],
            [mug, 1],
          ] as [Variant, number][],
        () => ({ type: "fixed_off_unit", amountOff: 100, target: { variantIds: [socks.id] } }),
        [300, 0],
        { subtotal: 2750, discount: 300, shipping: 500, tax: 295, total: 3245 },
      ],
      [
        "free shipping",
        () => [[shirt, 1]] as [Variant, number][],
        () => ({ type: "free_shipping" }),
        [0],
        { subtotal: 2000, discount: 0, shipping: 0, tax: 200, total: 2200 },
      ],
      [
        "buy 2 get 1: the cheapest matching unit is free",
        () =>
          [
            [socks, 3],
            [mug, 2],
          ] as [Variant, number][],
        () => ({
          type: "buy_x_get_y",
          buyQuantity: 2,
          getQuantity: 1,
          target: { variantIds: [socks.id, mug.id] },
        }),
        [500, 0],
        { subtotal: 4000, discount: 500, shipping: 500, tax: 400, total: 4400 },
      ],
    ])("%s", async (_title, lines, action, lineDiscounts, totals) => {
      const code = uniqueCode();
      const promotion = await createPromotion(t, admin, { code, action: action() });
      const customer = await customerWith(lines());

      const res = await applyCode(t, customer, code.toLowerCase());
      expectStatus(res, 201, "apply code");
      const cart = res.body as PricedCart;
      expect(totalsOf(cart)).toEqual(totals);
      expect(cart.items.map((i) => i.discount)).toEqual(lineDiscounts);
      const shippingDiscount = totals.discount === 0 ? 500 : 0;
      expect(cart.promotions).toEqual([
        {
          promotionId: promotion.id,
          name: "Test promotion",
          code,
          applied: true,
          discount: totals.discount,
          shippingDiscount,
          reason: null,
        },
      ]);
      // GET /cart shows the same.
      expect(await cartOf(customer)).toEqual(cart);
    });
  });

  describe("conditions and refusals", () => {
    it("minimum subtotal: 409 promotion_condition_not_met below it, applies from it on", async () => {
      const code = uniqueCode();
      await createPromotion(t, admin, {
        code,
        conditions: { minSubtotal: 3000 },
        action: { type: "fixed_off_order", amountOff: 300 },
      });
      const customer = await customerWith([[shirt, 1]]);
      const below = await applyCode(t, customer, code);
      expect([below.status, below.body.code, below.body.condition]).toEqual([
        409,
        "promotion_condition_not_met",
        "min_subtotal",
      ]);
      // A refused code is not kept on the cart.
      expect((await cartOf(customer)).promotions).toEqual([]);
      await addToCart(t, customer, socks.id, 2);
      const from = await applyCode(t, customer, code);
      expectStatus(from, 201, "apply at the minimum");
      expect((from.body as PricedCart).discount).toBe(300);
    });

    it("contains: 2 units of a category; signed in; first order", async () => {
      const two = uniqueCode();
      await createPromotion(t, admin, {
        code: two,
        conditions: { contains: { categoryIds: [clothes], minQuantity: 2 } },
        action: { type: "fixed_off_order", amountOff: 100 },
      });
      const customer = await customerWith([[shirt, 1]]);
      const one = await applyCode(t, customer, two);
      expect([one.status, one.body.code, one.body.condition]).toEqual([
        409,
        "promotion_condition_not_met",
        "contains",
      ]);
      await addToCart(t, customer, shirt.id, 1);
      expectStatus(await applyCode(t, customer, two), 201, "two shirts");

      const members = uniqueCode();
      await createPromotion(t, admin, {
        code: members,
        conditions: { signedIn: true },
        action: { type: "fixed_off_order", amountOff: 50 },
      });
      const signedIn = await applyCode(t, customer, members);
      expectStatus(signedIn, 201, "signed-in customer");
      expect((signedIn.body as PricedCart).discount).toBe(150);

      const first = uniqueCode();
      await createPromotion(t, admin, {
        code: first,
        conditions: { firstOrder: true },
        action: { type: "fixed_off_order", amountOff: 100 },
      });
      const newcomer = await customerWith([[socks, 1]]);
      expectStatus(await applyCode(t, newcomer, first), 201, "first order");
      expectStatus(await checkout(t, newcomer), 201, "the first order");
      await addToCart(t, newcomer, socks.id, 1);
      const again = await applyCode(t, newcomer, first);
      expect([again.status, again.body.code, again.body.condition]).toEqual([
        409,
        "promotion_condition_not_met",
        "first_order",
      ]);
    });

    it("404 promotion_not_found for unknown, draft, archived and not yet started codes", async () => {
      const customer = await customerWith([[shirt, 1]]);
      const draft = uniqueCode();
      await createPromotion(t, admin, {
        code: draft,
        status: "draft",
        action: { type: "free_shipping" },
      });
      const archived = uniqueCode();
      const toArchive = await createPromotion(t, admin, {
        code: archived,
        action: { type: "free_shipping" },
      });
      await t.api.post(`/api/v1/promotions/${toArchive.id}/archive`).set(admin.auth);
      const later = uniqueCode();
      await createPromotion(t, admin, {
        code: later,
        startsAt: new Date(Date.now() + DAY).toISOString(),
        action: { type: "free_shipping" },
      });
      for (const code of [uniqueCode(), draft, archived, later]) {
        const res = await applyCode(t, customer, code);
        expect([code, res.status, res.body.code]).toEqual([code, 404, "promotion_not_found"]);
      }
      const notOnCart = await t.api.delete(`/api/v1/cart/promotions/${draft}`).set(customer.auth);
      expect([notOnCart.status, notOnCart.body.code]).toEqual([404, "promotion_not_found"]);
    });

    it("409 promotion_expired and promotion_exhausted", async () => {
      const expired = uniqueCode();
      await createPromotion(t, admin, {
        code: expired,
        startsAt: new Date(Date.now() - 2 * DAY).toISOString(),
        endsAt: new Date(Date.now() - DAY).toISOString(),
        action: { type: "free_shipping" },
      });
      const single = uniqueCode();
      const once = await createPromotion(t, admin, {
        code: single,
        usageLimit: 1,
        action: { type: "free_shipping" },
      });
      const first = await customerWith([[shirt, 1]]);
      const late = await applyCode(t, first, expired);
      expect([late.status, late.body.code]).toEqual([409, "promotion_expired"]);
      expectStatus(await applyCode(t, first, single), 201, "apply single-use");
      expectStatus(await checkout(t, first), 201, "use it");
      await expect(usage(t, once.id)).resolves.toEqual({ used: 1, live: 1, released: 0 });

      const second = await customerWith([[shirt, 1]]);
      const gone = await applyCode(t, second, single);
      expect([gone.status, gone.body.code]).toEqual([409, "promotion_exhausted"]);
    });

    it("409 promotion_limit_reached on the same customer's second order, while the first is unpaid", async () => {
      const code = uniqueCode();
      const promotion = await createPromotion(t, admin, {
        code,
        usageLimitPerCustomer: 1,
        action: { type: "percentage_off_order", percentOff: 10 },
      });
      const customer = await customerWith([[shirt, 1]]);
      expectStatus(await applyCode(t, customer, code), 201, "apply");
      const first = await checkout(t, customer);
      expectStatus(first, 201, "first order");
      expect((first.body as PricedOrder).status).toBe("pending_payment");

      await addToCart(t, customer, shirt.id, 1);
      const second = await applyCode(t, customer, code);
      expect([second.status, second.body.code]).toEqual([409, "promotion_limit_reached"]);
      // Another customer still may.
      const other = await customerWith([[shirt, 1]]);
      expectStatus(await applyCode(t, other, code), 201, "another customer");

      // Cancelling the first order gives the customer's use back.
      const cancel = await t.api
        .post(`/api/v1/orders/${(first.body as PricedOrder).id}/cancel`)
        .set(customer.auth)
        .send({});
      expectStatus(cancel, 200, "cancel");
      expectStatus(await applyCode(t, customer, code), 201, "after the cancellation");
      await expect(usage(t, promotion.id)).resolves.toEqual({ used: 0, live: 0, released: 1 });
    });

    it("checkout refuses (409) a code that stopped applying since it was entered, and changes nothing", async () => {
      const code = uniqueCode();
      const promotion = await createPromotion(t, admin, {
        code,
        action: { type: "percentage_off_order", percentOff: 50 },
      });
      const customer = await customerWith([[mug, 2]]);
      expectStatus(await applyCode(t, customer, code), 201, "apply");
      const before = await stockAndLedger(t, mug.id);
      await t.api.post(`/api/v1/promotions/${promotion.id}/archive`).set(admin.auth);

      const res = await checkout(t, customer);
      expect([res.status, res.body.code, res.body.promotionCode]).toEqual([
        409,
        "promotion_inactive",
        code,
      ]);
      await expect(stockAndLedger(t, mug.id)).resolves.toEqual(before);
      const orders = await t.query("SELECT id FROM orders WHERE user_id = $1", [customer.id]);
      expect(orders).toEqual([]);
      const cart = await cartOf(customer);
      expect(cart.items.map((i) => i.quantity)).toEqual([2]);
      expect(cart.promotions).toEqual([
        expect.objectContaining({ code, applied: false, reason: "promotion_inactive" }),
      ]);

      // Taking the code off lets the customer buy at the full price, knowingly.
      const removed = await t.api
        .delete(`/api/v1/cart/promotions/${code.toLowerCase()}`)
        .set(customer.auth);
      expectStatus(removed, 200, "remove code");
      expect((removed.body as PricedCart).promotions).toEqual([]);
      expectStatus(await checkout(t, customer), 201, "checkout without it");
    });
  });

  describe("checkout, snapshot and release", () => {
    it("snapshots promotions and line discounts on the order and records one redemption", async () => {
      const code = uniqueCode();
      const promotion = await createPromotion(t, admin, {
        name: "Ten off",
        code,
        usageLimit: 50,
        action: { type: "percentage_off_order", percentOff: 10 },
      });
      const customer = await customerWith([
        [shirt, 1],
        [socks, 3],
      ]);
      expectStatus(await applyCode(t, customer, code), 201, "apply");
      const res = await checkout(t, customer);
      expectStatus(res, 201, "checkout");
      const order = res.body as PricedOrder;
      expect(totalsOf(order)).toEqual({
        subtotal: 3500,
        discount: 350,
        shipping: 500,
        tax: 365,
        total: 4015,
      });
      const bySku = Object.fromEntries(order.items.map((i) => [i.sku, i.discount]));
      expect(bySku).toEqual({ [shirt.sku]: 200, [socks.sku]: 150 });
      expect(order.promotions).toEqual([
        { promotionId: promotion.id, code, name: "Ten off", discount: 350, shippingDiscount: 0 },
      ]);
      const again = await t.api.get(`/api/v1/orders/${order.id}`).set(customer.auth);
      expect(again.body).toEqual(order);

      await expect(usage(t, promotion.id)).resolves.toEqual({ used: 1, live: 1, released: 0 });
      const redemptions = await t.api
        .get(`/api/v1/promotions/${promotion.id}/redemptions`)
        .set(admin.auth);
      expectStatus(redemptions, 200, "redemptions");
      expect(redemptions.body).toEqual({
        data: [
          expect.objectContaining({
            promotionId: promotion.id,
            orderId: order.id,
            userId: customer.id,
            discount: 350,
            shippingDiscount: 0,
            releasedAt: null,
          }),
        ],
        nextCursor: null,
      });
      // The cart is empty and holds no code any more.
      const cart = await cartOf(customer);
      expect([cart.items, cart.promotions]).toEqual([[], []]);
    });

    it("cancelling gives the redemption back when releaseOnCancel, and keeps it otherwise", async () => {
      const releasing = await createPromotion(t, admin, {
        code: uniqueCode(),
        usageLimit: 5,
        action: { type: "fixed_off_order", amountOff: 100 },
      });
      const keeping = await createPromotion(t, admin, {
        code: uniqueCode(),
        usageLimit: 5,
        releaseOnCancel: false,
        action: { type: "fixed_off_order", amountOff: 200 },
      });
      const customer = await customerWith([[shirt, 1]]);
      expectStatus(await applyCode(t, customer, releasing.code!), 201, "apply 1");
      expectStatus(await applyCode(t, customer, keeping.code!), 201, "apply 2");
      const placed = await checkout(t, customer);
      expectStatus(placed, 201, "checkout");
      expect((placed.body as PricedOrder).discount).toBe(300);
      await expect(usage(t, releasing.id)).resolves.toEqual({ used: 1, live: 1, released: 0 });

      const cancel = await t.api
        .post(`/api/v1/orders/${(placed.body as PricedOrder).id}/cancel`)
        .set(admin.auth)
        .send({ reason: "test" });
      expectStatus(cancel, 200, "cancel");
      await expect(usage(t, releasing.id)).resolves.toEqual({ used: 0, live: 0, released: 1 });
      await expect(usage(t, keeping.id)).resolves.toEqual({ used: 1, live: 1, released: 0 });
      // The order keeps its snapshot.
      expect((cancel.body as PricedOrder).promotions.map((p) => p.discount)).toEqual([100, 200]);
    });

    it("automatic promotions apply without action; the best of stack and non-combinable wins", async () => {
      const special = await variant(4000);
      const automatic = await createPromotion(t, admin, {
        name: "Automatic 10 %",
        conditions: { contains: { variantIds: [special.id] } },
        action: { type: "percentage_off_order", percentOff: 10 },
      });
      try {
        const customer = await customerWith([[special, 1]]);
        const cart = await cartOf(customer);
        expect(cart.promotions).toEqual([
          {
            promotionId: automatic.id,
            name: "Automatic 10 %",
            code: null,
            applied: true,
            discount: 400,
            shippingDiscount: 0,
            reason: null,
          },
        ]);
        expect(totalsOf(cart)).toEqual({
          subtotal: 4000,
          discount: 400,
          shipping: 500,
          tax: 410,
          total: 4510,
        });

        // A weaker non-combinable code loses to the automatic one: shown, not refused.
        const weak = uniqueCode();
        await createPromotion(t, admin, {
          code: weak,
          combinable: false,
          action: { type: "percentage_off_order", percentOff: 5 },
        });
        const lost = await applyCode(t, customer, weak);
        expectStatus(lost, 201, "apply weak");
        expect(
          (lost.body as PricedCart).promotions.map((p) => [p.code, p.applied, p.reason]),
        ).toEqual([
          [null, true, null],
          [weak, false, "promotion_not_combinable"],
        ]);
        // A stronger one replaces it.
        const strong = uniqueCode();
        await createPromotion(t, admin, {
          code: strong,
          combinable: false,
          action: { type: "percentage_off_order", percentOff: 30 },
        });
        const won = await applyCode(t, customer, strong);
        expectStatus(won, 201, "apply strong");
        expect((won.body as PricedCart).discount).toBe(1200);
        const placed = await checkout(t, customer);
        expectStatus(placed, 201, "checkout");
        expect((placed.body as PricedOrder).promotions.map((p) => p.code)).toEqual([strong]);
        await expect(usage(t, automatic.id)).resolves.toMatchObject({ live: 0 });
      } finally {
        await t.api.post(`/api/v1/promotions/${automatic.id}/archive`).set(admin.auth);
      }
    });
  });
});
