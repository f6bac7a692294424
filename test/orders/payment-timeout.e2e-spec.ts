import { PaymentTimeoutJob } from "../../src/orders/jobs/payment-timeout.job";
import { OrdersService } from "../../src/orders/orders.service";
import { loginAdmin, registerCustomer, TestUser } from "../support/auth";
import { createTestApp, TestApp } from "../support/test-app";
import { createVariant, placeOrder, stockAndLedger } from "./order-factories";

describe("Payment-timeout job", () => {
  let t: TestApp;
  let admin: TestUser;
  let job: PaymentTimeoutJob;

  beforeAll(async () => {
    t = await createTestApp({ ORDER_PAYMENT_TIMEOUT_MINUTES: "30" });
    admin = await loginAdmin(t);
    job = t.app.get(PaymentTimeoutJob);
  });
  afterAll(async () => {
    await t.close();
  });

  const age = (orderId: string, minutes: number) =>
    t.query(`UPDATE orders SET created_at = now() - make_interval(mins => $2) WHERE id = $1`, [
      orderId,
      minutes,
    ]);
  const statusOf = async (orderId: string) =>
    (await t.query<{ status: string }>(`SELECT status FROM orders WHERE id = $1`, [orderId]))[0]
      .status;

  it("cancels only unpaid orders older than the timeout and releases their stock", async () => {
    const customer = await registerCustomer(t);
    const variant = await createVariant(t, admin, { stock: 20 });
    const overdue = await placeOrder(t, customer, variant.id, 3);
    const recent = await placeOrder(t, customer, variant.id, 2);
    const paid = await placeOrder(t, customer, variant.id, 1);
    await t.app.get(OrdersService).markPaid(paid.id, { actorId: null });
    await age(overdue.id, 31);
    await age(recent.id, 29);
    await age(paid.id, 120);
    await expect(stockAndLedger(t, variant.id)).resolves.toEqual({ stock: 14, ledger: 14 });

    await expect(job.runOnce()).resolves.toBe(1);

    await expect(statusOf(overdue.id)).resolves.toBe("cancelled");
    await expect(statusOf(recent.id)).resolves.toBe("pending_payment");
    await expect(statusOf(paid.id)).resolves.toBe("paid");
    await expect(stockAndLedger(t, variant.id)).resolves.toEqual({ stock: 17, ledger: 17 });
    const released = await t.query(
      `SELECT delta FROM stock_movements WHERE reference = $1 AND reason = 'cancellation'`,
      [overdue.id],
    );
    expect(released).toEqual([{ delta: 3 }]);
    const history = await t.query(
      `SELECT actor_id, note FROM order_status_history WHERE order_id = $1 AND to_status = 'cancelled'`,
      [overdue.id],
    );
    expect(history).toEqual([{ actor_id: null, note: "payment_timeout" }]);
    // Nothing left to do: a second run changes nothing.
    await expect(job.runOnce()).resolves.toBe(0);
  });

  it("is safe when several runners work at once: every overdue order is cancelled exactly once", async () => {
    const variant = await createVariant(t, admin, { stock: 200 });
    const ids: string[] = [];
    const customers = await Promise.all(Array.from({ length: 6 }, () => registerCustomer(t)));
    for (const customer of customers) {
      for (let i = 0; i < 10; i++) ids.push((await placeOrder(t, customer, variant.id, 1)).id);
    }
    await t.query(`UPDATE orders SET created_at = now() - interval '1 hour' WHERE id = ANY($1)`, [
      ids,
    ]);

    const counts = await Promise.all([job.runOnce(), job.runOnce(), job.runOnce(), job.runOnce()]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(60);

    const [row] = await t.query<{ cancelled: string; history: string; releases: string }>(
      `SELECT (SELECT count(*) FROM orders WHERE id = ANY($1) AND status = 'cancelled') AS cancelled,
              (SELECT count(*) FROM order_status_history WHERE order_id = ANY($1) AND to_status = 'cancelled') AS history,
              (SELECT count(*) FROM stock_movements WHERE reference = ANY($2) AND reason = 'cancellation') AS releases`,
      [ids, ids],
    );
    expect(row).toEqual({ cancelled: "60", history: "60", releases: "60" });
    await expect(stockAndLedger(t, variant.id)).resolves.toEqual({ stock: 200, ledger: 200 });
  });
});
