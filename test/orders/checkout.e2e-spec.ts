import { randomUUID } from "node:crypto";
import { loginAdmin, registerCustomer, TestUser } from "../support/auth";
import { createTestApp, TestApp } from "../support/test-app";
import {
  ADDRESS,
  addToCart,
  CartBody,
  checkout,
  chooseShipping,
  createVariant,
  OrderBody,
  stockAndLedger,
} from "./order-factories";

describe("Checkout (POST /api/v1/orders)", () => {
  let t: TestApp;
  let admin: TestUser;

  beforeAll(async () => {
    t = await createTestApp({ TAX_RATE_BPS: "2000" });
    admin = await loginAdmin(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it("places an order: snapshots, totals, number, stock sold through the ledger, cart emptied, confirmation queued", async () => {
    const customer = await registerCustomer(t);
    const a = await createVariant(t, admin, { price: 1250, stock: 10 });
    const b = await createVariant(t, admin, { price: 999, stock: 10 });
    await addToCart(t, customer, a.id, 2);
    await addToCart(t, customer, b.id, 1);
    await chooseShipping(t, customer, "standard");

    const res = await checkout(t, customer).expect(201);
    const order = res.body as OrderBody;
    expect(order.number).toMatch(/^SF-\d{6,}$/);
    expect(order).toMatchObject({
      userId: customer.id,
      status: "pending_payment",
      subtotal: 3499,
      shipping: 500,
      tax: 800, // 20 % of 3999 = 799.8 -> 800
      total: 4799,
      currency: "USD",
      shippingMethod: { code: "standard", name: "Standard delivery" },
      shippingAddress: { ...ADDRESS, line2: null, phone: null },
      carrier: null,
      trackingNumber: null,
    });
    expect(order.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          variantId: a.id,
          sku: a.sku,
          unitPrice: 1250,
          quantity: 2,
          lineTotal: 2500,
        }),
        expect.objectContaining({
          variantId: b.id,
          sku: b.sku,
          unitPrice: 999,
          quantity: 1,
          lineTotal: 999,
        }),
      ]),
    );

    await expect(stockAndLedger(t, a.id)).resolves.toEqual({ stock: 8, ledger: 8 });
    await expect(stockAndLedger(t, b.id)).resolves.toEqual({ stock: 9, ledger: 9 });
    const sales = await t.query<{ variant_id: string; delta: number }>(
      `SELECT variant_id, delta FROM stock_movements WHERE reason = 'sale' AND reference = $1`,
      [order.id],
    );
    expect(sales).toHaveLength(2);

    const cart = (await t.api.get("/api/v1/cart").set(customer.auth).expect(200)).body as CartBody;
    expect(cart.items).toEqual([]);

    const outbox = await t.query<{ recipient: string; payload: { orderId: string } }>(
      `SELECT recipient, payload FROM outbox_messages WHERE topic = 'orders.confirmation'`,
    );
    expect(outbox).toContainEqual(
      expect.objectContaining({
        recipient: customer.email,
        payload: expect.objectContaining({ orderId: order.id }),
      }),
    );
    const history = await t.query(
      `SELECT from_status, to_status, actor_id FROM order_status_history WHERE order_id = $1`,
      [order.id],
    );
    expect(history).toEqual([
      { from_status: null, to_status: "pending_payment", actor_id: customer.id },
    ]);

    // What checkout answered is exactly what the order reads back as.
    const stored = await t.api.get(`/api/v1/orders/${order.id}`).set(customer.auth).expect(200);
    expect(stored.body).toEqual(order);

    // Later price changes never touch the order.
    await t.api.patch(`/api/v1/variants/${a.id}`).set(admin.auth).send({ price: 1 }).expect(200);
    const again = await t.api.get(`/api/v1/orders/${order.id}`).set(customer.auth).expect(200);
    expect((again.body as OrderBody).items.find((i) => i.variantId === a.id)?.unitPrice).toBe(1250);
  });

  it("snapshots a saved address by id; another customer's address is a 404", async () => {
    const customer = await registerCustomer(t);
    const other = await registerCustomer(t);
    const v = await createVariant(t, admin);
    const saved = await t.api
      .post("/api/v1/users/me/addresses")
      .set(customer.auth)
      .send({ ...ADDRESS, line2: "Suite 9", phone: "+1 555 0100" })
      .expect(201);
    const othersAddress = await t.api
      .post("/api/v1/users/me/addresses")
      .set(other.auth)
      .send(ADDRESS)
      .expect(201);
    await addToCart(t, customer, v.id, 1);
    await chooseShipping(t, customer);

    let res = await checkout(t, customer, randomUUID(), {
      shippingAddressId: othersAddress.body.id,
    }).expect(404);
    expect(res.body.code).toBe("address_not_found");
    await expect(stockAndLedger(t, v.id)).resolves.toEqual({ stock: 100, ledger: 100 });

    res = await checkout(t, customer, randomUUID(), { shippingAddressId: saved.body.id }).expect(
      201,
    );
    expect((res.body as OrderBody).shippingAddress).toEqual({
      ...ADDRESS,
      line2: "Suite 9",
      phone: "+1 555 0100",
    });
  });

  it("needs exactly one of shippingAddressId and shippingAddress, validated like an address", async () => {
    const customer = await registerCustomer(t);
    const invalidCheckout = (body: object) =>
      t.api
        .offContract("a body the spec's oneOf and address schema refuse")
        .post("/api/v1/orders")
        .set(customer.auth)
        .set("Idempotency-Key", randomUUID())
        .send(body);
    const v = await createVariant(t, admin);
    await addToCart(t, customer, v.id, 1);
    await chooseShipping(t, customer);
    for (const body of [
      {},
      { shippingAddressId: randomUUID(), shippingAddress: ADDRESS },
      { shippingAddress: { ...ADDRESS, country: "Narnia" } },
      { shippingAddress: { ...ADDRESS, fullName: undefined } },
      { shippingAddressId: "nope" },
      { shippingAddress: ADDRESS, total: 1 },
    ]) {
      const res = await invalidCheckout(body).expect(400);
      expect(res.body.code).toBe("validation_failed");
    }
    // Neither given: the message says what is missing, not "not both".
    const neither = await invalidCheckout({}).expect(400);
    expect(neither.body.errors).toEqual([
      {
        field: "shippingAddressId|shippingAddress",
        message: "give exactly one of shippingAddressId or shippingAddress",
      },
    ]);
    await expect(stockAndLedger(t, v.id)).resolves.toEqual({ stock: 100, ledger: 100 });
  });

  it("requires the Idempotency-Key header (400 idempotency_key_required)", async () => {
    const customer = await registerCustomer(t);
    const res = await t.api
      .offContract("no Idempotency-Key")
      .post("/api/v1/orders")
      .set(customer.auth)
      .send({ shippingAddress: ADDRESS })
      .expect(400);
    expect(res.body.code).toBe("idempotency_key_required");
    const long = await t.api
      .offContract("an Idempotency-Key over the documented 255 characters")
      .post("/api/v1/orders")
      .set(customer.auth)
      .set("Idempotency-Key", "x".repeat(256))
      .send({ shippingAddress: ADDRESS })
      .expect(400);
    expect(long.body.code).toBe("idempotency_key_required");
  });

  it("refuses an empty cart (409 cart_empty) and a cart without shipping method (409)", async () => {
    const customer = await registerCustomer(t);
    let res = await checkout(t, customer).expect(409);
    expect(res.body.code).toBe("cart_empty");

    const v = await createVariant(t, admin);
    await addToCart(t, customer, v.id, 1);
    res = await checkout(t, customer).expect(409);
    expect(res.body.code).toBe("shipping_method_required");
    await expect(stockAndLedger(t, v.id)).resolves.toEqual({ stock: 100, ledger: 100 });
  });

  it("changes nothing when any line lacks stock (409 insufficient_stock naming the variants)", async () => {
    const customer = await registerCustomer(t);
    const plenty = await createVariant(t, admin, { stock: 10 });
    const scarce = await createVariant(t, admin, { stock: 3 });
    await addToCart(t, customer, plenty.id, 2);
    await addToCart(t, customer, scarce.id, 3);
    await chooseShipping(t, customer);
    // Someone else takes stock between add-to-cart and checkout.
    await t.api
      .post("/api/v1/inventory/adjustments")
      .set(admin.auth)
      .send({ variantId: scarce.id, delta: -2, reason: "adjustment" })
      .expect(201);

    const res = await checkout(t, customer).expect(409);
    expect(res.body.code).toBe("insufficient_stock");
    expect(res.body.variants).toEqual([{ variantId: scarce.id, requested: 3, available: 1 }]);
    await expect(stockAndLedger(t, plenty.id)).resolves.toEqual({ stock: 10, ledger: 10 });
    await expect(stockAndLedger(t, scarce.id)).resolves.toEqual({ stock: 1, ledger: 1 });
    const cart = (await t.api.get("/api/v1/cart").set(customer.auth).expect(200)).body as CartBody;
    expect(cart.items).toHaveLength(2);
    const orders = await t.query(`SELECT id FROM orders WHERE user_id = $1`, [customer.id]);
    expect(orders).toEqual([]);
  });

  it("refuses a cart holding an archived product (409 item_unavailable)", async () => {
    const customer = await registerCustomer(t);
    const v = await createVariant(t, admin, { stock: 5 });
    await addToCart(t, customer, v.id, 1);
    await chooseShipping(t, customer);
    await t.api.delete(`/api/v1/products/${v.productId}`).set(admin.auth).expect(204);
    const res = await checkout(t, customer).expect(409);
    expect(res.body.code).toBe("item_unavailable");
    expect(res.body.variants).toEqual([{ variantId: v.id }]);
    await expect(stockAndLedger(t, v.id)).resolves.toEqual({ stock: 5, ledger: 5 });
  });

  it("gives every order a distinct number", async () => {
    const v = await createVariant(t, admin, { stock: 100 });
    const customers = await Promise.all([1, 2, 3].map(() => registerCustomer(t)));
    const numbers: string[] = [];
    for (const c of customers) {
      await addToCart(t, c, v.id, 1);
      await chooseShipping(t, c);
      numbers.push(((await checkout(t, c).expect(201)).body as OrderBody).number);
    }
    expect(new Set(numbers).size).toBe(3);
  });
});
