import { randomUUID } from "node:crypto";
import { OutboxWorker } from "../../src/notifications/outbox.worker";
import { loginAdmin, registerCustomer, TestUser } from "../support/auth";
import { createTestApp, TestApp } from "../support/test-app";
import {
  createVariant,
  intentEvent,
  orderStatus,
  pay,
  paymentRow,
  placeOrder,
  postWebhook,
  providerReference,
  refund,
  waitFor,
} from "./payment-factories";

describe("Store credit", () => {
  let t: TestApp;
  let admin: TestUser;
  let variantId: string;

  beforeAll(async () => {
    t = await createTestApp({ SANDBOX_WEBHOOK_DELAY_MS: "50" });
    admin = await loginAdmin(t);
    variantId = await createVariant(t, admin, 2000);
  });
  afterAll(async () => {
    await t.close();
  });

  const changeCredit = (userId: string, body: object, as: TestUser = admin) =>
    t.api
      .post(`/api/v1/users/${userId}/credit`)
      .set(as.auth)
      .set("Idempotency-Key", randomUUID())
      .send(body);

  const issue = (userId: string, amount: number) =>
    changeCredit(userId, { kind: "issue", amount, currency: "USD", reason: "Goodwill" }).expect(
      201,
    );

  /** The balance row and the sum of the ledger, which must always agree. */
  async function balanceAndLedger(userId: string) {
    const [row] = await t.query<{ balance: number | null; ledger: number }>(
      `SELECT (SELECT balance FROM credit_balances WHERE user_id = $1 AND currency = 'USD') AS balance,
              (SELECT coalesce(sum(amount), 0)::int FROM credit_transactions
                WHERE user_id = $1 AND currency = 'USD') AS ledger`,
      [userId],
    );
    return { balance: row.balance ?? 0, ledger: row.ledger };
  }

  it("replays an issue for the same Idempotency-Key; another body with the key is a 422", async () => {
    const customer = await registerCustomer(t);
    const key = randomUUID();
    const send = (amount: number) =>
      t.api
        .post(`/api/v1/users/${customer.id}/credit`)
        .set(admin.auth)
        .set("Idempotency-Key", key)
        .send({ kind: "issue", amount, currency: "USD", reason: "Goodwill" });
    const first = await send(300).expect(201);
    expect((await send(300).expect(201)).body).toEqual(first.body);
    const reused = await send(400).expect(422);
    expect(reused.body.code).toBe("idempotency_key_reused");
    expect(await balanceAndLedger(customer.id)).toEqual({ balance: 300, ledger: 300 });
  });

  it("lets an admin issue and adjust credit with a reason (audited), never below zero", async () => {
    const customer = await registerCustomer(t);
    let res = await issue(customer.id, 1500);
    expect(res.body).toMatchObject({
      type: "issued",
      amount: 1500,
      currency: "USD",
      reference: `admin:${admin.id}`,
      reason: "Goodwill",
    });
    res = await changeCredit(customer.id, {
      kind: "adjust",
      amount: -2000,
      currency: "USD",
      reason: "Correction",
    }).expect(409);
    expect(res.body).toMatchObject({ code: "insufficient_store_credit", available: 1500 });
    await changeCredit(customer.id, {
      kind: "adjust",
      amount: -500,
      currency: "USD",
      reason: "Correction",
    }).expect(201);
    await changeCredit(customer.id, {
      kind: "issue",
      amount: -5,
      currency: "USD",
      reason: "x",
    }).expect(400);
    await t.api
      .offContract("no reason, which the spec requires")
      .post(`/api/v1/users/${customer.id}/credit`)
      .set(admin.auth)
      .set("Idempotency-Key", randomUUID())
      .send({ kind: "issue", amount: 10, currency: "USD" })
      .expect(400);
    expect(await balanceAndLedger(customer.id)).toEqual({ balance: 1000, ledger: 1000 });

    const audit = await t.query<{ details: Record<string, unknown> }>(
      `SELECT details FROM security_events WHERE type = 'store_credit_changed' AND user_id = $1
        ORDER BY created_at`,
      [customer.id],
    );
    expect(audit.map((a) => a.details)).toMatchObject([
      { actorId: admin.id, kind: "issue", amount: 1500, currency: "USD" },
      { actorId: admin.id, kind: "adjust", amount: -500, currency: "USD" },
    ]);

    await changeCredit(randomUUID(), {
      kind: "issue",
      amount: 10,
      currency: "USD",
      reason: "x",
    }).expect(404);
    // Customers cannot change credit (403, an admin route); another customer's balance is a
    // 404, as if the account did not exist, while their own reads by id as by /me.
    const other = await registerCustomer(t);
    await changeCredit(
      other.id,
      { kind: "issue", amount: 10, currency: "USD", reason: "x" },
      other,
    ).expect(403);
    const foreign = await t.api.get(`/api/v1/users/${customer.id}/balance`).set(other.auth);
    expect([foreign.status, foreign.body.code]).toEqual([404, "user_not_found"]);
    const own = await t.api.get(`/api/v1/users/${other.id}/balance`).set(other.auth).expect(200);
    expect(own.body.balances).toEqual([]);
    res = await t.api.get(`/api/v1/users/${customer.id}/balance`).set(admin.auth).expect(200);
    expect(res.body.balances).toEqual([{ currency: "USD", balance: 1000, owed: 0 }]);
  });

  it("GET /users/me/balance: what the customer has and owes, movements newest first by cursor", async () => {
    const customer = await registerCustomer(t);
    await issue(customer.id, 100);
    await issue(customer.id, 200);
    await issue(customer.id, 300);
    const order = await placeOrder(t, customer, variantId);
    let res = await t.api.get("/api/v1/users/me/balance?limit=2").set(customer.auth).expect(200);
    expect(res.body.balances).toEqual([{ currency: "USD", balance: 600, owed: order.total }]);
    expect(res.body.movements.data.map((m: { amount: number }) => m.amount)).toEqual([300, 200]);
    const cursor = res.body.movements.nextCursor as string;
    expect(cursor).toEqual(expect.any(String));
    res = await t.api
      .get(`/api/v1/users/me/balance?limit=2&cursor=${encodeURIComponent(cursor)}`)
      .set(customer.auth)
      .expect(200);
    expect(res.body.movements).toMatchObject({ data: [{ amount: 100 }], nextCursor: null });
    // Another customer sees only their own (empty) account.
    const other = await registerCustomer(t);
    res = await t.api.get("/api/v1/users/me/balance").set(other.auth).expect(200);
    expect(res.body).toEqual({ balances: [], movements: { data: [], nextCursor: null } });
    await t.api
      .offContract("a limit over the documented 100")
      .get("/api/v1/users/me/balance?limit=101")
      .set(other.auth)
      .expect(400);
  });

  it("pays an order wholly with store credit; a refund of it goes back to the credit", async () => {
    const customer = await registerCustomer(t);
    const order = await placeOrder(t, customer, variantId);
    await issue(customer.id, order.total + 100);
    let res = await pay(t, customer, order.id, "store_credit").expect(201);
    expect(res.body).toMatchObject({
      status: "succeeded",
      amount: order.total,
      creditAmount: order.total,
      paymentMethodDescription: "store credit",
    });
    const paymentId = res.body.id as string;
    expect(await orderStatus(t, order.id)).toBe("paid");
    expect(await balanceAndLedger(customer.id)).toEqual({ balance: 100, ledger: 100 });

    res = await refund(t, admin, paymentId, { amount: 700 }).expect(201);
    expect(res.body).toMatchObject({ status: "succeeded", amount: 700, creditAmount: 700 });
    expect(await balanceAndLedger(customer.id)).toEqual({ balance: 800, ledger: 800 });
    expect(await orderStatus(t, order.id)).toBe("partially_refunded");
  });

  it("cancelling an order paid by credit gives the credit back, once", async () => {
    const customer = await registerCustomer(t);
    const order = await placeOrder(t, customer, variantId);
    await issue(customer.id, order.total);
    await pay(t, customer, order.id, "store_credit").expect(201);
    expect(await balanceAndLedger(customer.id)).toEqual({ balance: 0, ledger: 0 });
    const res = await t.api
      .post(`/api/v1/orders/${order.id}/cancel`)
      .set(customer.auth)
      .send({ reason: "changed my mind" })
      .expect(200);
    expect(res.body.status).toBe("cancelled");
    const worker = t.app.get(OutboxWorker);
    await worker.runOnce();
    await worker.runOnce();
    expect(await balanceAndLedger(customer.id)).toEqual({
      balance: order.total,
      ledger: order.total,
    });
    const issued = await t.query<{ reference: string }>(
      `SELECT reference FROM credit_transactions WHERE user_id = $1 AND type = 'issued'
        AND reference LIKE 'refund:%'`,
      [customer.id],
    );
    expect(issued).toHaveLength(1);
  });

  it("refuses store credit that does not cover the order (409), writing nothing", async () => {
    const customer = await registerCustomer(t);
    const order = await placeOrder(t, customer, variantId);
    await issue(customer.id, order.total - 1);
    const res = await pay(t, customer, order.id, "store_credit").expect(409);
    expect(res.body).toMatchObject({ code: "insufficient_store_credit", requested: order.total });
    expect(await orderStatus(t, order.id)).toBe("pending_payment");
    expect(
      await t.query(`SELECT count(*)::int AS n FROM payments WHERE order_id = $1`, [order.id]),
    ).toEqual([{ n: 0 }]);
    expect(await balanceAndLedger(customer.id)).toEqual({
      balance: order.total - 1,
      ledger: order.total - 1,
    });
  });

  it("splits: credit first, the card the rest; a declined card gives the credit back", async () => {
    const customer = await registerCustomer(t);
    await issue(customer.id, 500);
    const declined = await placeOrder(t, customer, variantId);
    let res = await t.api
      .post(`/api/v1/orders/${declined.id}/payments`)
      .set(customer.auth)
      .set("Idempotency-Key", randomUUID())
      .send({ paymentMethod: "pm_card_chargeDeclined", useStoreCredit: true })
      .expect(402);
    expect(res.body.code).toBe("card_declined");
    expect(await balanceAndLedger(customer.id)).toEqual({ balance: 500, ledger: 500 });
    const kinds = await t.query<{ type: string; amount: number }>(
      `SELECT type, amount FROM credit_transactions WHERE user_id = $1 AND type <> 'issued'
        ORDER BY created_at, amount`,
      [customer.id],
    );
    expect(kinds).toEqual([
      { type: "spent", amount: -500 },
      { type: "released", amount: 500 },
    ]);

    const order = await placeOrder(t, customer, variantId);
    res = await t.api
      .post(`/api/v1/orders/${order.id}/payments`)
      .set(customer.auth)
      .set("Idempotency-Key", randomUUID())
      .send({ paymentMethod: "pm_card_visa", useStoreCredit: true })
      .expect(201);
    expect(res.body).toMatchObject({ status: "succeeded", amount: order.total, creditAmount: 500 });
    expect(await orderStatus(t, order.id)).toBe("paid");
    expect(await balanceAndLedger(customer.id)).toEqual({ balance: 0, ledger: 0 });
    const [charge] = await t.query<{ amount: number }>(
      `SELECT amount FROM payment_transactions WHERE payment_id = $1 AND type = 'charge'`,
      [res.body.id],
    );
    expect(charge.amount).toBe(order.total - 500);

    // A full refund goes to the card for its part, the rest back to the credit.
    const full = await refund(t, admin, res.body.id as string).expect(201);
    expect(full.body).toMatchObject({
      amount: order.total,
      creditAmount: 500,
      status: "succeeded",
    });
    expect(await balanceAndLedger(customer.id)).toEqual({ balance: 500, ledger: 500 });
    expect(await orderStatus(t, order.id)).toBe("refunded");
  });

  it("refunds a late card success of a failed split payment: its credit was already given back", async () => {
    const customer = await registerCustomer(t);
    await issue(customer.id, 500);
    const order = await placeOrder(t, customer, variantId);
    const res = await t.api
      .post(`/api/v1/orders/${order.id}/payments`)
      .set(customer.auth)
      .set("Idempotency-Key", randomUUID())
      .send({ paymentMethod: "pm_card_authenticationRequired", useStoreCredit: true })
      .expect(201);
    expect(res.body).toMatchObject({ status: "requires_action", creditAmount: 500 });
    const paymentId = res.body.id as string;
    const challengeUrl = res.body.nextAction.url as string;
    expect(await balanceAndLedger(customer.id)).toEqual({ balance: 0, ledger: 0 });

    // The provider reports the payment failed (an earlier attempt): the credit comes back.
    const cardPart = order.total - 500;
    const target = {
      paymentId,
      reference: await providerReference(t, paymentId),
      order: { total: cardPart, currency: order.currency },
    };
    await postWebhook(t, intentEvent(target, "failed")).expect(200);
    expect(await paymentRow(t, paymentId)).toMatchObject({ status: "failed" });
    expect(await balanceAndLedger(customer.id)).toEqual({ balance: 500, ledger: 500 });

    // The customer then completes the challenge and the card is charged after all.
    await t.api.post(challengeUrl).send({ outcome: "succeed" }).expect(200);
    const refunds = await waitFor(
      () =>
        t.query<{ amount: number; reason: string }>(
          `SELECT amount, reason FROM refunds WHERE payment_id = $1`,
          [paymentId],
        ),
      (rows) => rows.length > 0,
    );
    expect(refunds).toEqual([{ amount: cardPart, reason: "store_credit_released" }]);
    expect(await paymentRow(t, paymentId)).toMatchObject({ status: "failed" });
    expect(await orderStatus(t, order.id)).toBe("pending_payment");
    expect(await balanceAndLedger(customer.id)).toEqual({ balance: 500, ledger: 500 });
  });

  it("20 parallel payments of one order with credit spend it once", async () => {
    const customer = await registerCustomer(t);
    const order = await placeOrder(t, customer, variantId);
    await issue(customer.id, order.total * 3);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => pay(t, customer, order.id, "store_credit")),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    for (const r of results.filter((r) => r.status !== 201)) {
      expect(r.status).toBe(409);
      expect(["payment_in_progress", "order_already_paid"]).toContain(r.body.code);
    }
    expect(await balanceAndLedger(customer.id)).toEqual({
      balance: order.total * 2,
      ledger: order.total * 2,
    });
    expect(
      await t.query(
        `SELECT count(*)::int AS n FROM credit_transactions WHERE user_id = $1 AND type = 'spent'`,
        [customer.id],
      ),
    ).toEqual([{ n: 1 }]);
  });

  it("parallel spends across orders never overdraw the balance", async () => {
    const customer = await registerCustomer(t);
    const orders = [];
    for (let i = 0; i < 8; i++) orders.push(await placeOrder(t, customer, variantId));
    await issue(customer.id, orders[0].total * 3);
    const results = await Promise.all(orders.map((o) => pay(t, customer, o.id, "store_credit")));
    expect(results.filter((r) => r.status === 201)).toHaveLength(3);
    for (const r of results.filter((r) => r.status !== 201)) {
      expect(r.body.code).toBe("insufficient_store_credit");
    }
    expect(await balanceAndLedger(customer.id)).toEqual({ balance: 0, ledger: 0 });
  });
});
