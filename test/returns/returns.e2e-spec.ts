import { randomUUID } from "node:crypto";
import { loginAdmin, registerCustomer, TestUser } from "../support/auth";
import { createTestApp, TestApp } from "../support/test-app";
import { createVariant, stockAndLedger } from "../orders/order-factories";
import { createPromotion, uniqueCode } from "../promotions/promotion-factories";
import { deliveredOrder, requestReturn, ReturnBody, returnStep } from "./return-factories";

describe("Returns", () => {
  let t: TestApp;
  let admin: TestUser;

  beforeAll(async () => {
    // A 10 % tax, so a return's share visibly includes its tax.
    t = await createTestApp({ TAX_RATE_BPS: "1000", SANDBOX_WEBHOOK_DELAY_MS: "50" });
    admin = await loginAdmin(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const mailsTo = (email: string) =>
    t.query<{ subject: string }>(
      `SELECT subject FROM outbox_messages WHERE topic = 'returns.status_changed' AND recipient = $1
        ORDER BY created_at, id`,
      [email],
    );

  it("runs requested → approved → received → refunded: restocks, refunds the lines' share with discount and tax, mails each step", async () => {
    const variant = await createVariant(t, admin, { price: 1000, stock: 10 });
    const code = uniqueCode("RET");
    await createPromotion(t, admin, {
      code,
      action: { type: "percentage_off_order", percentOff: 10 },
    });
    const customer = await registerCustomer(t);
    const order = await deliveredOrder(
      t,
      admin,
      customer,
      [{ variantId: variant.id, quantity: 3 }],
      {
        code,
      },
    );
    // 3 × 1000 less 10 % = 2700, shipping 500, tax 10 % of 3200 = 320 (270 of it the line's):
    // the line cost 2970, 990 a unit.
    expect(order).toMatchObject({ discount: 300, shipping: 500, tax: 320, total: 3520 });
    const line = order.items[0];
    const before = await stockAndLedger(t, variant.id);

    let res = await requestReturn(t, customer, order.id, [
      { orderItemId: line.id, quantity: 2, reason: "Too small" },
    ]).expect(201);
    const requested = res.body as ReturnBody;
    expect(requested).toMatchObject({
      orderId: order.id,
      userId: customer.id,
      status: "requested",
      currency: order.currency,
      settledAmount: null,
      items: [{ orderItemId: line.id, quantity: 2, reason: "Too small", restocked: false }],
    });

    await returnStep(t, admin, requested.id, "approve").expect(200);
    res = await returnStep(t, admin, requested.id, "receive", { restock: true }).expect(200);
    expect((res.body as ReturnBody).items[0].restocked).toBe(true);
    expect(await stockAndLedger(t, variant.id)).toEqual({
      stock: before.stock + 2,
      ledger: before.stock + 2,
    });
    const [movement] = await t.query<{ delta: number; reference: string }>(
      `SELECT delta, reference FROM stock_movements WHERE variant_id = $1 AND reason = 'return'`,
      [variant.id],
    );
    expect(movement).toEqual({ delta: 2, reference: requested.id });

    res = await returnStep(t, admin, requested.id, "settle", { method: "refund" }).expect(200);
    const refunded = res.body as ReturnBody;
    expect(refunded).toMatchObject({ status: "refunded", settledAmount: 1980 });
    expect(refunded.refundId).toEqual(expect.any(String));
    expect(refunded.history.map((h) => [h.from, h.to])).toEqual([
      [null, "requested"],
      ["requested", "approved"],
      ["approved", "received"],
      ["received", "refunded"],
    ]);
    const [refund] = await t.query<{ amount: number; status: string }>(
      `SELECT amount, status FROM refunds WHERE id = $1`,
      [refunded.refundId],
    );
    expect(refund).toEqual({ amount: 1980, status: "succeeded" });
    res = await t.api.get(`/api/v1/orders/${order.id}`).set(customer.auth).expect(200);
    expect(res.body.status).toBe("partially_refunded");

    // The order shows its returns, to its customer.
    res = await t.api.get(`/api/v1/orders/${order.id}/returns`).set(customer.auth).expect(200);
    expect((res.body as ReturnBody[]).map((r) => [r.id, r.status])).toEqual([
      [requested.id, "refunded"],
    ]);
    expect((await mailsTo(customer.email)).map((m) => m.subject)).toEqual([
      `Your return for order ${order.number}: requested`,
      `Your return for order ${order.number}: approved`,
      `Your return for order ${order.number}: received`,
      `Your return for order ${order.number}: refunded`,
    ]);

    // The last unit, returned later, brings the line's refunds to exactly what it cost.
    res = await requestReturn(t, customer, order.id, [
      { orderItemId: line.id, quantity: 1 },
    ]).expect(201);
    const last = res.body as ReturnBody;
    await returnStep(t, admin, last.id, "approve").expect(200);
    await returnStep(t, admin, last.id, "receive").expect(200);
    res = await returnStep(t, admin, last.id, "settle", { method: "refund" }).expect(200);
    expect(res.body.settledAmount).toBe(990);
  });

  it("settles to store credit: the balance grows by the share, as an `issued` ledger row", async () => {
    const variant = await createVariant(t, admin, { price: 2000 });
    const customer = await registerCustomer(t);
    const order = await deliveredOrder(t, admin, customer, [
      { variantId: variant.id, quantity: 1 },
    ]);
    // 2000 + shipping 500, tax 10 % = 250 (200 of it the line's): the line cost 2200.
    expect(order).toMatchObject({ shipping: 500, tax: 250, total: 2750 });
    let res = await requestReturn(t, customer, order.id, [
      { orderItemId: order.items[0].id, quantity: 1 },
    ]).expect(201);
    const ret = res.body as ReturnBody;
    await returnStep(t, admin, ret.id, "approve").expect(200);
    await returnStep(t, admin, ret.id, "receive", {
      items: [{ returnItemId: ret.items[0].id, restock: false }],
    }).expect(200);
    res = await returnStep(t, admin, ret.id, "settle", { method: "store_credit" }).expect(200);
    expect(res.body).toMatchObject({ status: "credited", settledAmount: 2200, refundId: null });
    expect(res.body.items[0].restocked).toBe(false);
    expect(
      await t.query(`SELECT count(*)::int AS n FROM stock_movements WHERE reference = $1`, [
        ret.id,
      ]),
    ).toEqual([{ n: 0 }]);

    res = await t.api.get("/api/v1/users/me/balance").set(customer.auth).expect(200);
    expect(res.body.balances).toEqual([{ currency: order.currency, balance: 2200, owed: 0 }]);
    expect(res.body.movements.data).toMatchObject([
      { type: "issued", amount: 2200, reference: `return:${ret.id}` },
    ]);
    // No money went back to the card.
    expect(
      await t.query(
        `SELECT count(*)::int AS n FROM refunds r JOIN payments p ON p.id = r.payment_id WHERE p.order_id = $1`,
        [order.id],
      ),
    ).toEqual([{ n: 0 }]);
  });

  it("refuses returns of undelivered orders, past the window, beyond the delivered units, and foreign lines", async () => {
    const variant = await createVariant(t, admin, { price: 1000 });
    const customer = await registerCustomer(t);
    const paidOnly = await deliveredOrder(
      t,
      admin,
      customer,
      [{ variantId: variant.id, quantity: 1 }],
      {
        deliver: false,
      },
    );
    let res = await requestReturn(t, customer, paidOnly.id, [
      { orderItemId: paidOnly.items[0].id, quantity: 1 },
    ]).expect(409);
    expect(res.body.code).toBe("order_not_returnable");

    const order = await deliveredOrder(t, admin, customer, [
      { variantId: variant.id, quantity: 2 },
    ]);
    const lineId = order.items[0].id;
    res = await requestReturn(t, customer, order.id, [{ orderItemId: lineId, quantity: 3 }]).expect(
      409,
    );
    expect(res.body).toMatchObject({
      code: "return_quantity_exceeded",
      requested: 3,
      returnable: 2,
    });
    res = await requestReturn(t, customer, order.id, [
      { orderItemId: paidOnly.items[0].id, quantity: 1 },
    ]).expect(400);
    expect(res.body.errors).toEqual([
      { field: "items.0.orderItemId", message: "not a line of the order" },
    ]);
    res = await requestReturn(t, customer, order.id, [
      { orderItemId: lineId, quantity: 1 },
      { orderItemId: lineId, quantity: 1 },
    ]).expect(400);
    expect(res.body.code).toBe("validation_failed");
    await t.api
      .offContract("a quantity under the documented minimum of 1")
      .post(`/api/v1/orders/${order.id}/returns`)
      .set(customer.auth)
      .set("Idempotency-Key", randomUUID())
      .send({ items: [{ orderItemId: lineId, quantity: 0, reason: "Does not fit" }] })
      .expect(400);

    // Two units, one asked for: one is left; asking for two more is refused, one is fine.
    res = await requestReturn(t, customer, order.id, [{ orderItemId: lineId, quantity: 1 }]).expect(
      201,
    );
    const first = res.body as ReturnBody;
    res = await requestReturn(t, customer, order.id, [{ orderItemId: lineId, quantity: 2 }]).expect(
      409,
    );
    expect(res.body).toMatchObject({ code: "return_quantity_exceeded", returnable: 1 });
    // A rejection gives its units back.
    await returnStep(t, admin, first.id, "reject").expect(200);
    await requestReturn(t, customer, order.id, [{ orderItemId: lineId, quantity: 2 }]).expect(201);

    // Delivered longer ago than RETURN_WINDOW_DAYS (30): the delivery is moved back in time,
    // as no test can wait a month.
    const late = await deliveredOrder(t, admin, customer, [{ variantId: variant.id, quantity: 1 }]);
    await t.query(
      `UPDATE order_status_history SET created_at = now() - interval '31 days'
        WHERE order_id = $1 AND to_status = 'delivered'`,
      [late.id],
    );
    res = await requestReturn(t, customer, late.id, [
      { orderItemId: late.items[0].id, quantity: 1 },
    ]).expect(409);
    expect(res.body).toMatchObject({ code: "return_window_closed", returnWindowDays: 30 });
    expect(
      await t.query(`SELECT count(*)::int AS n FROM returns WHERE order_id = ANY($1)`, [
        [paidOnly.id, late.id],
      ]),
    ).toEqual([{ n: 0 }]);
  });

  it("refuses steps out of order with 409 invalid_transition, changing nothing", async () => {
    const variant = await createVariant(t, admin, { price: 1000 });
    const customer = await registerCustomer(t);
    const order = await deliveredOrder(t, admin, customer, [
      { variantId: variant.id, quantity: 1 },
    ]);
    let res = await requestReturn(t, customer, order.id, [
      { orderItemId: order.items[0].id, quantity: 1 },
    ]).expect(201);
    const ret = res.body as ReturnBody;
    res = await returnStep(t, admin, ret.id, "settle", { method: "refund" }).expect(409);
    expect(res.body).toMatchObject({ code: "invalid_transition", currentStatus: "requested" });
    await returnStep(t, admin, ret.id, "receive").expect(409);
    await returnStep(t, admin, ret.id, "approve").expect(200);
    res = await returnStep(t, admin, ret.id, "approve").expect(409);
    expect(res.body.currentStatus).toBe("approved");
    await returnStep(t, admin, ret.id, "reject").expect(409);
    res = await returnStep(t, admin, ret.id, "receive", {
      items: [{ returnItemId: order.items[0].id, restock: true }],
    }).expect(400);
    expect(res.body.errors).toEqual([
      { field: "items.0.returnItemId", message: "not an item of the return" },
    ]);
    res = await t.api.get(`/api/v1/returns/${ret.id}`).set(customer.auth).expect(200);
    expect(res.body.status).toBe("approved");
    expect(res.body.history).toHaveLength(2);
  });

  it("hides another customer's returns (404) and keeps the admin steps from customers (403)", async () => {
    const variant = await createVariant(t, admin, { price: 1000 });
    const owner = await registerCustomer(t);
    const other = await registerCustomer(t);
    const order = await deliveredOrder(t, admin, owner, [{ variantId: variant.id, quantity: 1 }]);
    let res = await requestReturn(t, other, order.id, [
      { orderItemId: order.items[0].id, quantity: 1 },
    ]).expect(404);
    expect(res.body.code).toBe("order_not_found");
    res = await requestReturn(t, owner, order.id, [
      { orderItemId: order.items[0].id, quantity: 1 },
    ]).expect(201);
    const ret = res.body as ReturnBody;
    res = await t.api.get(`/api/v1/returns/${ret.id}`).set(other.auth).expect(404);
    expect(res.body.code).toBe("return_not_found");
    await t.api.get(`/api/v1/orders/${order.id}/returns`).set(other.auth).expect(404);
    await returnStep(t, other, ret.id, "approve").expect(403);
    await returnStep(t, owner, ret.id, "approve").expect(403);
    res = await t.api.get("/api/v1/returns?status=requested").set(admin.auth).expect(200);
    expect((res.body.data as ReturnBody[]).map((r) => r.id)).toContain(ret.id);
  });

  it("20 parallel return requests for one line never claim more units than were delivered", async () => {
    const variant = await createVariant(t, admin, { price: 1000 });
    const customer = await registerCustomer(t);
    const order = await deliveredOrder(t, admin, customer, [
      { variantId: variant.id, quantity: 5 },
    ]);
    const lineId = order.items[0].id;
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        requestReturn(t, customer, order.id, [{ orderItemId: lineId, quantity: 1 }]),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(5);
    expect(statuses.filter((s) => s === 409)).toHaveLength(15);
    const [row] = await t.query<{ returned: number; items: number }>(
      `SELECT i.returned_quantity AS returned,
              (SELECT coalesce(sum(ri.quantity), 0)::int FROM return_items ri WHERE ri.order_item_id = i.id) AS items
         FROM order_items i WHERE i.id = $1`,
      [lineId],
    );
    expect(row).toEqual({ returned: 5, items: 5 });
  });

  it("replays a return request and a settlement for the same Idempotency-Key; another body with the key is a 422", async () => {
    const variant = await createVariant(t, admin, { price: 1000, stock: 10 });
    const customer = await registerCustomer(t);
    const order = await deliveredOrder(t, admin, customer, [
      { variantId: variant.id, quantity: 2 },
    ]);
    const lineId = order.items[0].id;
    const key = randomUUID();
    const ask = (quantity: number) =>
      requestReturn(t, customer, order.id, [{ orderItemId: lineId, quantity }], key);
    const first = await ask(1).expect(201);
    const replay = await ask(1).expect(201);
    expect(replay.body.id).toBe(first.body.id);
    const reused = await ask(2).expect(422);
    expect(reused.body.code).toBe("idempotency_key_reused");
    expect(await t.query("SELECT 1 FROM returns WHERE order_id = $1", [order.id])).toHaveLength(1);

    const id = (first.body as ReturnBody).id;
    await returnStep(t, admin, id, "approve").expect(200);
    await returnStep(t, admin, id, "receive").expect(200);
    const settleKey = randomUUID();
    const settle = (method: string) =>
      t.api
        .post(`/api/v1/returns/${id}/settle`)
        .set(admin.auth)
        .set("Idempotency-Key", settleKey)
        .send({ method });
    const settled = await settle("refund").expect(200);
    expect((await settle("refund").expect(200)).body).toEqual(settled.body);
    const other = await settle("store_credit").expect(422);
    expect(other.body.code).toBe("idempotency_key_reused");
    expect(
      await t.query(
        "SELECT 1 FROM refunds r JOIN payments p ON p.id = r.payment_id WHERE p.order_id = $1",
        [order.id],
      ),
    ).toHaveLength(1);
  });

  it("settling by refund when the provider refuses it is a 502 return_refund_failed; the return stays received", async () => {
    const variant = await createVariant(t, admin, { price: 1000, stock: 10 });
    const customer = await registerCustomer(t);
    const order = await deliveredOrder(t, admin, customer, [
      { variantId: variant.id, quantity: 1 },
    ]);
    const asked = await requestReturn(t, customer, order.id, [
      { orderItemId: order.items[0].id, quantity: 1 },
    ]).expect(201);
    const id = (asked.body as ReturnBody).id;
    await returnStep(t, admin, id, "approve").expect(200);
    await returnStep(t, admin, id, "receive").expect(200);
    // As if the payment had been refunded in full in the provider's own dashboard: the sandbox
    // (the provider's side) then refuses any further refund of it.
    await t.query(
      `UPDATE sandbox_intents SET refunded_amount = captured_amount
        WHERE id = (SELECT provider_reference FROM payments WHERE order_id = $1)`,
      [order.id],
    );
    const res = await returnStep(t, admin, id, "settle", { method: "refund" }).expect(502);
    expect(res.body).toMatchObject({ code: "return_refund_failed" });
    const after = await t.api.get(`/api/v1/returns/${id}`).set(admin.auth).expect(200);
    expect((after.body as ReturnBody).status).toBe("received");
  });
});
