import { randomUUID } from "node:crypto";
import { DomainEvents } from "../../src/common/events/domain-events";
import {
  OrdersService,
  ORDER_STATUS_CHANGED,
  OrderStatusChangedEvent,
} from "../../src/orders/orders.service";
import { loginAdmin, registerCustomer, TestUser } from "../support/auth";
import { createTestApp, TestApp } from "../support/test-app";
import { createVariant, OrderBody, placeOrder, stockAndLedger, Variant } from "./order-factories";

describe("Order lifecycle", () => {
  let t: TestApp;
  let admin: TestUser;
  let customer: TestUser;
  let variant: Variant;
  let orders: OrdersService;
  const events: OrderStatusChangedEvent[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAdmin(t);
    customer = await registerCustomer(t);
    variant = await createVariant(t, admin, { price: 1000, stock: 1000 });
    orders = t.app.get(OrdersService);
    t.app.get(DomainEvents).subscribe<OrderStatusChangedEvent>(ORDER_STATUS_CHANGED, (e) => {
      events.push(e);
    });
  });
  afterAll(async () => {
    await t.close();
  });

  const ship = (id: string, body: object = {}) =>
    t.api.post(`/api/v1/orders/${id}/ship`).set(admin.auth).send(body);
  const deliver = (id: string) =>
    t.api.post(`/api/v1/orders/${id}/deliver`).set(admin.auth).send({});
  const cancel = (id: string, user: TestUser = customer, body: object = {}) =>
    t.api.post(`/api/v1/orders/${id}/cancel`).set(user.auth).send(body);
  const pay = (id: string) => orders.markPaid(id, { actorId: null, note: "test payment" });

  async function history(orderId: string) {
    return t.query<{
      from_status: string | null;
      to_status: string;
      actor_id: string | null;
      note: string | null;
    }>(
      `SELECT from_status, to_status, actor_id, note FROM order_status_history WHERE order_id = $1 ORDER BY created_at, id`,
      [orderId],
    );
  }

  async function waitForEvent(orderId: string, to: string) {
    for (let i = 0; i < 100 && !events.some((e) => e.orderId === orderId && e.to === to); i++) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    return events.find((e) => e.orderId === orderId && e.to === to);
  }

  it("runs pending_payment → paid → shipped → delivered, recording history and events", async () => {
    const order = await placeOrder(t, customer, variant.id, 2);
    await expect(waitForEvent(order.id, "pending_payment")).resolves.toMatchObject({ from: null });

    await expect(pay(order.id)).resolves.toMatchObject({
      id: order.id,
      status: "paid",
      total: order.total,
    });
    // markPaid is idempotent.
    await expect(pay(order.id)).resolves.toMatchObject({ status: "paid" });

    let res = await ship(order.id, { carrier: "DHL", trackingNumber: "JD0001" }).expect(200);
    expect(res.body).toMatchObject({ status: "shipped", carrier: "DHL", trackingNumber: "JD0001" });
    res = await deliver(order.id).expect(200);
    expect((res.body as OrderBody).status).toBe("delivered");

    await expect(history(order.id)).resolves.toEqual([
      { from_status: null, to_status: "pending_payment", actor_id: customer.id, note: null },
      { from_status: "pending_payment", to_status: "paid", actor_id: null, note: "test payment" },
      { from_status: "paid", to_status: "shipped", actor_id: admin.id, note: null },
      { from_status: "shipped", to_status: "delivered", actor_id: admin.id, note: null },
    ]);
    const api = await t.api
      .get(`/api/v1/orders/${order.id}/history`)
      .set(customer.auth)
      .expect(200);
    expect((api.body as { to: string }[]).map((h) => h.to)).toEqual([
      "pending_payment",
      "paid",
      "shipped",
      "delivered",
    ]);
    await expect(waitForEvent(order.id, "delivered")).resolves.toMatchObject({
      type: "order.status_changed",
      from: "shipped",
      userId: customer.id,
      number: order.number,
      actorId: admin.id,
    });
  });

  it("cancels a pending order: stock back through a cancellation movement, no refund request", async () => {
    const before = await stockAndLedger(t, variant.id);
    const order = await placeOrder(t, customer, variant.id, 3);
    await expect(stockAndLedger(t, variant.id)).resolves.toEqual({
      stock: before.stock - 3,
      ledger: before.stock - 3,
    });
    const res = await cancel(order.id, customer, { reason: "changed my mind" }).expect(200);
    expect((res.body as OrderBody).status).toBe("cancelled");
    await expect(stockAndLedger(t, variant.id)).resolves.toEqual(before);
    const movements = await t.query<{ delta: number }>(
      `SELECT delta FROM stock_movements WHERE reference = $1 AND reason = 'cancellation'`,
      [order.id],
    );
    expect(movements).toEqual([{ delta: 3 }]);
    const refunds = await t.query(
      `SELECT id FROM outbox_messages WHERE topic = 'payments.refund_order' AND payload->>'orderId' = $1`,
      [order.id],
    );
    expect(refunds).toEqual([]);
    await expect(history(order.id)).resolves.toContainEqual({
      from_status: "pending_payment",
      to_status: "cancelled",
      actor_id: customer.id,
      note: "changed my mind",
    });
  });

  it("cancels a paid order (admin): stock back and a refund requested through the outbox", async () => {
    const before = await stockAndLedger(t, variant.id);
    const order = await placeOrder(t, customer, variant.id, 1);
    await pay(order.id);
    await cancel(order.id, admin).expect(200);
    await expect(stockAndLedger(t, variant.id)).resolves.toEqual(before);
    const refunds = await t.query<{ payload: { orderId: string; reason: string } }>(
      `SELECT payload FROM outbox_messages WHERE topic = 'payments.refund_order' AND payload->>'orderId' = $1`,
      [order.id],
    );
    expect(refunds).toHaveLength(1);
    expect(refunds[0].payload.orderId).toBe(order.id);
  });

  it("refuses every other transition with 409 invalid_transition naming the current status", async () => {
    const pending = await placeOrder(t, customer, variant.id);
    let res = await ship(pending.id).expect(409);
    expect(res.body).toMatchObject({
      code: "invalid_transition",
      currentStatus: "pending_payment",
    });
    expect(res.body.detail).toContain("pending_payment");
    res = await deliver(pending.id).expect(409);
    expect(res.body.currentStatus).toBe("pending_payment");
    await expect(
      orders.markRefunded(pending.id, "refunded", { actorId: null }),
    ).rejects.toMatchObject({
      code: "invalid_transition",
    });

    await pay(pending.id);
    res = await deliver(pending.id).expect(409);
    expect(res.body.currentStatus).toBe("paid");

    await ship(pending.id).expect(200);
    res = await cancel(pending.id).expect(409);
    expect(res.body.currentStatus).toBe("shipped");
    res = await ship(pending.id).expect(409);
    expect(res.body.currentStatus).toBe("shipped");
    await expect(pay(pending.id)).rejects.toMatchObject({ code: "invalid_transition" });

    await deliver(pending.id).expect(200);
    res = await cancel(pending.id, admin).expect(409);
    expect(res.body.currentStatus).toBe("delivered");
    res = await deliver(pending.id).expect(409);
    expect(res.body.currentStatus).toBe("delivered");

    const cancelled = await placeOrder(t, customer, variant.id);
    await cancel(cancelled.id).expect(200);
    for (const call of [
      () => cancel(cancelled.id),
      () => ship(cancelled.id),
      () => deliver(cancelled.id),
    ]) {
      res = await call().expect(409);
      expect(res.body.currentStatus).toBe("cancelled");
    }
    await expect(pay(cancelled.id)).rejects.toMatchObject({ code: "invalid_transition" });
    // A refused transition writes nothing.
    await expect(history(cancelled.id)).resolves.toHaveLength(2);
  });

  it("lets payments mark paid, shipped and delivered orders refunded or partially refunded", async () => {
    const a = await placeOrder(t, customer, variant.id);
    await pay(a.id);
    await expect(
      orders.markRefunded(a.id, "partially_refunded", { actorId: null }),
    ).resolves.toMatchObject({
      status: "partially_refunded",
    });
    await expect(orders.markRefunded(a.id, "refunded", { actorId: null })).resolves.toMatchObject({
      status: "refunded",
    });
    // Idempotent once refunded.
    await expect(orders.markRefunded(a.id, "refunded", { actorId: null })).resolves.toMatchObject({
      status: "refunded",
    });
    await expect(
      orders.markRefunded(a.id, "partially_refunded", { actorId: null }),
    ).rejects.toMatchObject({
      code: "invalid_transition",
    });
    const res = await cancel(a.id).expect(409);
    expect(res.body.currentStatus).toBe("refunded");

    const b = await placeOrder(t, customer, variant.id);
    await pay(b.id);
    await ship(b.id).expect(200);
    await expect(orders.markRefunded(b.id, "refunded", { actorId: null })).resolves.toMatchObject({
      status: "refunded",
    });
    const c = await placeOrder(t, customer, variant.id);
    await pay(c.id);
    await ship(c.id).expect(200);
    await deliver(c.id).expect(200);
    await expect(
      orders.markRefunded(c.id, "partially_refunded", { actorId: null }),
    ).resolves.toMatchObject({
      status: "partially_refunded",
    });
  });

  describe("ownership and roles", () => {
    it("answers 404 for another customer's order, on every route", async () => {
      const order = await placeOrder(t, customer, variant.id);
      const other = await registerCustomer(t);
      await t.api.get(`/api/v1/orders/${order.id}`).set(other.auth).expect(404);
      await t.api.get(`/api/v1/orders/${order.id}/history`).set(other.auth).expect(404);
      await cancel(order.id, other).expect(404);
      await expect(orders.getOwnedOrder(order.id, other.id)).rejects.toMatchObject({ status: 404 });
      await expect(orders.getOwnedOrder(order.id, customer.id)).resolves.toEqual({
        id: order.id,
        userId: customer.id,
        number: order.number,
        status: "pending_payment",
        total: order.total,
        currency: "USD",
      });
      await t.api.get(`/api/v1/orders/${randomUUID()}`).set(customer.auth).expect(404);
      const notAnId = await t.api
        .offContract("an id that is not a UUID")
        .get(`/api/v1/orders/not-a-uuid`)
        .set(customer.auth)
        .expect(400);
      expect(notAnId.body).toMatchObject({ code: "bad_request" });
      await expect(orders.getOrder(randomUUID())).rejects.toMatchObject({ status: 404 });
      const still = await t.api.get(`/api/v1/orders/${order.id}`).set(customer.auth).expect(200);
      expect((still.body as OrderBody).status).toBe("pending_payment");
    });

    it("keeps ship and deliver for admins (403 for customers)", async () => {
      const order = await placeOrder(t, customer, variant.id);
      await pay(order.id);
      await t.api.post(`/api/v1/orders/${order.id}/ship`).set(customer.auth).send({}).expect(403);
      await t.api
        .post(`/api/v1/orders/${order.id}/deliver`)
        .set(customer.auth)
        .send({})
        .expect(403);
      await t.api.get(`/api/v1/orders/${order.id}`).set(admin.auth).expect(200);
    });
  });

  describe("lists", () => {
    it("shows a customer only their own orders, newest first, with cursor pages", async () => {
      const buyer = await registerCustomer(t);
      const placed: OrderBody[] = [];
      for (let i = 0; i < 5; i++) placed.push(await placeOrder(t, buyer, variant.id));
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const url: string = `/api/v1/orders?limit=2${cursor ? `&cursor=${cursor}` : ""}`;
        const res = await t.api.get(url).set(buyer.auth).expect(200);
        const page = res.body as { data: OrderBody[]; nextCursor: string | null };
        expect(page.data.length).toBeLessThanOrEqual(2);
        seen.push(...page.data.map((o) => o.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(placed.map((o) => o.id).reverse());

      // A customer's userId filter cannot widen the list.
      const res = await t.api
        .get(`/api/v1/orders?userId=${customer.id}`)
        .set(buyer.auth)
        .expect(200);
      expect((res.body as { data: OrderBody[] }).data.every((o) => o.userId === buyer.id)).toBe(
        true,
      );
      await t.api
        .offContract("a limit over the documented 100")
        .get("/api/v1/orders?limit=101")
        .set(buyer.auth)
        .expect(400);
      await t.api.get("/api/v1/orders?cursor=garbage").set(buyer.auth).expect(400);
    });

    it("lets admins see all orders filtered by status, userId, from and to", async () => {
      const buyer = await registerCustomer(t);
      const first = await placeOrder(t, buyer, variant.id);
      const second = await placeOrder(t, buyer, variant.id);
      await pay(second.id);

      let res = await t.api.get(`/api/v1/orders?userId=${buyer.id}`).set(admin.auth).expect(200);
      expect((res.body as { data: OrderBody[] }).data.map((o) => o.id)).toEqual([
        second.id,
        first.id,
      ]);
      res = await t.api
        .get(`/api/v1/orders?userId=${buyer.id}&status=paid`)
        .set(admin.auth)
        .expect(200);
      expect((res.body as { data: OrderBody[] }).data.map((o) => o.id)).toEqual([second.id]);
      res = await t.api
        .get(`/api/v1/orders?userId=${buyer.id}&from=${encodeURIComponent(second.createdAt)}`)
        .set(admin.auth)
        .expect(200);
      expect((res.body as { data: OrderBody[] }).data.map((o) => o.id)).toEqual([second.id]);
      res = await t.api
        .get(`/api/v1/orders?userId=${buyer.id}&to=${encodeURIComponent(second.createdAt)}`)
        .set(admin.auth)
        .expect(200);
      expect((res.body as { data: OrderBody[] }).data.map((o) => o.id)).toEqual([first.id]);
      res = await t.api.get("/api/v1/orders?status=paid&limit=100").set(admin.auth).expect(200);
      expect((res.body as { data: OrderBody[] }).data.every((o) => o.status === "paid")).toBe(true);
      expect((res.body as { data: OrderBody[] }).data.some((o) => o.userId !== buyer.id)).toBe(
        true,
      );
      const invalid = t.api.offContract("an unknown status and a date that is not ISO 8601");
      await invalid.get("/api/v1/orders?status=lost").set(admin.auth).expect(400);
      await invalid.get("/api/v1/orders?from=yesterday").set(admin.auth).expect(400);
    });
  });
});
