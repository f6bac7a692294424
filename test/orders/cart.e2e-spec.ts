import { loginAdmin, registerCustomer, TestUser } from "../support/auth";
import { createTestApp, TestApp } from "../support/test-app";
import { addToCart, CartBody, chooseShipping, createVariant } from "./order-factories";

describe("Cart (/api/v1/cart) and shipping methods", () => {
  let t: TestApp;
  let admin: TestUser;

  beforeAll(async () => {
    // 8.25 % tax so that the totals exercise the half-up rounding.
    t = await createTestApp({ TAX_RATE_BPS: "825" });
    admin = await loginAdmin(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it("starts empty, with zero totals in the store currency", async () => {
    const customer = await registerCustomer(t);
    const res = await t.api.get("/api/v1/cart").set(customer.auth).expect(200);
    expect(res.body).toMatchObject({
      items: [],
      itemCount: 0,
      subtotal: 0,
      shipping: 0,
      tax: 0,
      total: 0,
      currency: "USD",
      shippingMethod: null,
    });
  });

  it("needs a signed-in caller", async () => {
    await t.api.get("/api/v1/cart").expect(401);
  });

  it("adds, merges, updates and removes lines with live prices and totals", async () => {
    const customer = await registerCustomer(t);
    const a = await createVariant(t, admin, { price: 1999, stock: 50 });
    const b = await createVariant(t, admin, { price: 333, stock: 50 });

    let cart = await addToCart(t, customer, a.id, 2);
    expect(cart.items).toHaveLength(1);
    expect(cart.items[0]).toMatchObject({
      variantId: a.id,
      productId: a.productId,
      sku: a.sku,
      unitPrice: 1999,
      quantity: 2,
      lineTotal: 3998,
      available: true,
    });
    cart = await addToCart(t, customer, a.id, 1);
    expect(cart.items).toHaveLength(1);
    expect(cart.items[0].quantity).toBe(3);
    cart = await addToCart(t, customer, b.id, 3);
    expect(cart.itemCount).toBe(6);
    // 3 × 1999 + 3 × 333 = 6996; no shipping method yet; tax 8.25 % of 6996 = 577.17 -> 577.
    expect(cart).toMatchObject({ subtotal: 6996, shipping: 0, tax: 577, total: 7573 });

    const lineB = cart.items.find((i) => i.variantId === b.id);
    let res = await t.api
      .patch(`/api/v1/cart/items/${lineB?.id}`)
      .set(customer.auth)
      .send({ quantity: 1 })
      .expect(200);
    expect((res.body as CartBody).subtotal).toBe(3 * 1999 + 333);

    res = await t.api.delete(`/api/v1/cart/items/${lineB?.id}`).set(customer.auth).expect(200);
    expect((res.body as CartBody).items.map((i) => i.variantId)).toEqual([a.id]);

    // Prices are live: a price change shows at once.
    await t.api.patch(`/api/v1/variants/${a.id}`).set(admin.auth).send({ price: 2500 }).expect(200);
    res = await t.api.get("/api/v1/cart").set(customer.auth).expect(200);
    expect((res.body as CartBody).items[0]).toMatchObject({ unitPrice: 2500, lineTotal: 7500 });

    res = await t.api.delete("/api/v1/cart").set(customer.auth).expect(200);
    expect((res.body as CartBody).items).toEqual([]);
  });

  it("applies shipping, free shipping from freeOver, and tax per line and on shipping, each rounded half-up", async () => {
    const customer = await registerCustomer(t);
    const v = await createVariant(t, admin, { price: 1000, stock: 50 });
    await addToCart(t, customer, v.id, 2);
    await chooseShipping(t, customer, "standard"); // 500, free over 5000
    let res = await t.api.get("/api/v1/cart").set(customer.auth).expect(200);
    // 2000 × 8.25 % = 165, shipping 500 × 8.25 % = 41.25 -> 41: 206
    expect(res.body).toMatchObject({ subtotal: 2000, shipping: 500, tax: 206, total: 2706 });
    expect((res.body as CartBody).shippingMethod?.code).toBe("standard");

    await addToCart(t, customer, v.id, 3); // subtotal 5000: exactly freeOver
    res = await t.api.get("/api/v1/cart").set(customer.auth).expect(200);
    // 5000 × 8.25 % = 412.5 -> 413 (half-up)
    expect(res.body).toMatchObject({ subtotal: 5000, shipping: 0, tax: 413, total: 5413 });

    await chooseShipping(t, customer, "express"); // 1500, never free
    res = await t.api.get("/api/v1/cart").set(customer.auth).expect(200);
    // 5000 × 8.25 % = 412.5 -> 413, shipping 1500 × 8.25 % = 123.75 -> 124: 537 (rounding the
    // sum once, 536.25, would give 536)
    expect(res.body).toMatchObject({ subtotal: 5000, shipping: 1500, tax: 537, total: 7037 });
  });

  it("refuses quantities outside 1..99 (400), over the stock (409) and unknown variants (404)", async () => {
    const customer = await registerCustomer(t);
    const v = await createVariant(t, admin, { price: 100, stock: 5 });
    for (const quantity of [0, 100, -1, 1.5]) {
      const res = await t.api
        .offContract("a quantity outside the documented 1..99 integers")
        .post("/api/v1/cart/items")
        .set(customer.auth)
        .send({ variantId: v.id, quantity })
        .expect(400);
      expect(res.body.code).toBe("validation_failed");
    }
    let res = await t.api
      .post("/api/v1/cart/items")
      .set(customer.auth)
      .send({ variantId: v.id, quantity: 6 })
      .expect(409);
    expect(res.body.code).toBe("insufficient_stock");
    expect(res.body.variants).toEqual([{ variantId: v.id, requested: 6, available: 5 }]);

    await addToCart(t, customer, v.id, 5);
    res = await t.api
      .post("/api/v1/cart/items")
      .set(customer.auth)
      .send({ variantId: v.id, quantity: 1 })
      .expect(409);
    expect(res.body.code).toBe("insufficient_stock");
    const line = (await t.api.get("/api/v1/cart").set(customer.auth)).body as CartBody;
    await t.api
      .patch(`/api/v1/cart/items/${line.items[0].id}`)
      .set(customer.auth)
      .send({ quantity: 6 })
      .expect(409);

    res = await t.api
      .post("/api/v1/cart/items")
      .set(customer.auth)
      .send({ variantId: "00000000-0000-4000-8000-000000000000", quantity: 1 })
      .expect(404);
    expect(res.body.code).toBe("variant_not_found");

    // Merged lines are capped at 99 too.
    const big = await createVariant(t, admin, { price: 1, stock: 500 });
    await addToCart(t, customer, big.id, 60);
    res = await t.api
      .post("/api/v1/cart/items")
      .set(customer.auth)
      .send({ variantId: big.id, quantity: 40 })
      .expect(400);
    expect(res.body.code).toBe("validation_failed");
  });

  it("adds once per Idempotency-Key: a retry replays the first answer; without a key each add counts", async () => {
    const customer = await registerCustomer(t);
    const v = await createVariant(t, admin, { price: 250, stock: 50 });
    const send = (key?: string, quantity = 2) => {
      const req = t.api.post("/api/v1/cart/items").set(customer.auth);
      return (key ? req.set("Idempotency-Key", key) : req).send({ variantId: v.id, quantity });
    };
    const first = await send("add-once-1").expect(201);
    expect(first.headers["idempotent-replayed"]).toBeUndefined();
    const again = await send("add-once-1").expect(201);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(again.body).toEqual(first.body);
    let cart = (await t.api.get("/api/v1/cart").set(customer.auth).expect(200)).body as CartBody;
    expect(cart.items.map((line) => line.quantity)).toEqual([2]);

    // The same key with another body is refused, and adds nothing.
    const reused = await send("add-once-1", 3).expect(422);
    expect(reused.body.code).toBe("idempotency_key_reused");
    // A refusal is saved under its key too: the retry of a 409 is the same 409.
    const refused = await send("add-once-2", 49).expect(409);
    expect(refused.body.code).toBe("insufficient_stock");
    await send("add-once-2", 49).expect(409);

    await send(undefined).expect(201);
    await send(undefined).expect(201);
    cart = (await t.api.get("/api/v1/cart").set(customer.auth).expect(200)).body as CartBody;
    expect(cart.items.map((line) => line.quantity)).toEqual([6]);
  });

  it("refuses an inactive variant (404) and marks an archived line unavailable instead of dropping it", async () => {
    const customer = await registerCustomer(t);
    const v = await createVariant(t, admin, { price: 700, stock: 3 });
    await addToCart(t, customer, v.id, 2);

    await t.api.delete(`/api/v1/products/${v.productId}`).set(admin.auth).expect(204);
    const res = await t.api.get("/api/v1/cart").set(customer.auth).expect(200);
    expect((res.body as CartBody).items).toEqual([
      expect.objectContaining({ variantId: v.id, quantity: 2, available: false }),
    ]);
    const again = await t.api
      .post("/api/v1/cart/items")
      .set(customer.auth)
      .send({ variantId: v.id, quantity: 1 })
      .expect(404);
    expect(again.body.code).toBe("variant_not_found");
  });

  it("marks a line unavailable when the stock falls below its quantity", async () => {
    const customer = await registerCustomer(t);
    const v = await createVariant(t, admin, { price: 700, stock: 3 });
    await addToCart(t, customer, v.id, 3);
    await t.api
      .post("/api/v1/inventory/adjustments")
      .set(admin.auth)
      .send({ variantId: v.id, delta: -2, reason: "adjustment" })
      .expect(201);
    const res = await t.api.get("/api/v1/cart").set(customer.auth).expect(200);
    expect((res.body as CartBody).items[0]).toMatchObject({ quantity: 3, available: false });
  });

  it("keeps carts private: another customer's line is a 404", async () => {
    const alice = await registerCustomer(t);
    const bob = await registerCustomer(t);
    const v = await createVariant(t, admin);
    const cart = await addToCart(t, alice, v.id, 1);
    const lineId = cart.items[0].id;
    await t.api
      .patch(`/api/v1/cart/items/${lineId}`)
      .set(bob.auth)
      .send({ quantity: 2 })
      .expect(404);
    await t.api.delete(`/api/v1/cart/items/${lineId}`).set(bob.auth).expect(404);
    const notAnId = await t.api
      .offContract("an id that is not a UUID")
      .delete(`/api/v1/cart/items/not-a-uuid`)
      .set(bob.auth)
      .expect(400);
    expect(notAnId.body).toMatchObject({ code: "bad_request" });
    const res = await t.api.get("/api/v1/cart").set(alice.auth).expect(200);
    expect((res.body as CartBody).items[0].quantity).toBe(1);
  });

  describe("shipping methods", () => {
    it("lists the seeded methods publicly", async () => {
      const res = await t.api.get("/api/v1/shipping-methods").expect(200);
      const codes = (res.body as { code: string }[]).map((m) => m.code);
      expect(codes).toEqual(expect.arrayContaining(["standard", "express", "economy"]));
      expect(res.body).toContainEqual(
        expect.objectContaining({ code: "standard", price: 500, freeOver: 5000, estimatedDays: 5 }),
      );
    });

    it("lets admins create and edit methods; customers get 403; duplicates 409", async () => {
      const customer = await registerCustomer(t);
      const body = { code: "next-day", name: "Next day", price: 2500, estimatedDays: 1 };
      await t.api.post("/api/v1/shipping-methods").set(customer.auth).send(body).expect(403);
      let res = await t.api.post("/api/v1/shipping-methods").set(admin.auth).send(body).expect(201);
      expect(res.body).toMatchObject({ ...body, freeOver: null, active: true });
      res = await t.api.post("/api/v1/shipping-methods").set(admin.auth).send(body).expect(409);
      expect(res.body.code).toBe("shipping_method_exists");
      await t.api
        .offContract("a code outside the documented pattern")
        .post("/api/v1/shipping-methods")
        .set(admin.auth)
        .send({ ...body, code: "Bad Code" })
        .expect(400);

      res = await t.api
        .patch("/api/v1/shipping-methods/next-day")
        .set(admin.auth)
        .send({ price: 2000, freeOver: 10000 })
        .expect(200);
      expect(res.body).toMatchObject({ price: 2000, freeOver: 10000 });
      await t.api
        .patch("/api/v1/shipping-methods/next-day")
        .set(customer.auth)
        .send({ price: 1 })
        .expect(403);
      await t.api
        .patch("/api/v1/shipping-methods/nope")
        .set(admin.auth)
        .send({ price: 1 })
        .expect(404);

      // A deactivated method disappears from the list and cannot be chosen.
      await t.api
        .patch("/api/v1/shipping-methods/next-day")
        .set(admin.auth)
        .send({ active: false })
        .expect(200);
      res = await t.api.get("/api/v1/shipping-methods").expect(200);
      expect((res.body as { code: string }[]).map((m) => m.code)).not.toContain("next-day");
      res = await t.api
        .put("/api/v1/cart/shipping-method")
        .set(customer.auth)
        .send({ code: "next-day" })
        .expect(404);
      expect(res.body.code).toBe("shipping_method_not_found");
    });
  });
});
