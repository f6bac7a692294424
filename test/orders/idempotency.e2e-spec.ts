import { randomUUID } from "node:crypto";
import { IdempotencyCleanupJob } from "../../src/common/idempotency/idempotency-cleanup.job";
import { loginAdmin, registerCustomer, TestUser } from "../support/auth";
import { createTestApp, TestApp } from "../support/test-app";
import {
  ADDRESS,
  addToCart,
  checkout,
  chooseShipping,
  createVariant,
  OrderBody,
  stockAndLedger,
  Variant,
} from "./order-factories";

describe("Idempotent checkout (Idempotency-Key)", () => {
  let t: TestApp;
  let admin: TestUser;
  let variant: Variant;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAdmin(t);
    variant = await createVariant(t, admin, { price: 1500, stock: 1000 });
  });
  afterAll(async () => {
    await t.close();
  });

  async function readyCart(quantity = 1): Promise<TestUser> {
    const customer = await registerCustomer(t);
    await addToCart(t, customer, variant.id, quantity);
    await chooseShipping(t, customer);
    return customer;
  }

  const ordersOf = (userId: string) =>
    t.query<{ id: string }>(`SELECT id FROM orders WHERE user_id = $1`, [userId]);

  it("replays the saved status and body for the same key and body: one order, not two", async () => {
    const customer = await readyCart();
    const key = randomUUID();
    const first = await checkout(t, customer, key).expect(201);
    expect(first.headers["idempotent-replayed"]).toBeUndefined();
    const second = await checkout(t, customer, key).expect(201);
    expect(second.headers["idempotent-replayed"]).toBe("true");
    expect(second.body).toEqual(first.body);
    // Key order in the body does not matter.
    const reordered = await checkout(t, customer, key, {
      shippingAddress: Object.fromEntries(Object.entries(ADDRESS).reverse()),
    }).expect(201);
    expect((reordered.body as OrderBody).id).toBe((first.body as OrderBody).id);
    await expect(ordersOf(customer.id)).resolves.toHaveLength(1);
  });

  it("answers 422 idempotency_key_reused for the same key with another body", async () => {
    const customer = await readyCart();
    const key = randomUUID();
    await checkout(t, customer, key).expect(201);
    const res = await checkout(t, customer, key, {
      shippingAddress: { ...ADDRESS, city: "Elsewhere" },
    }).expect(422);
    expect(res.body.code).toBe("idempotency_key_reused");
    await expect(ordersOf(customer.id)).resolves.toHaveLength(1);
  });

  it("scopes keys to the caller: another customer's identical key is independent", async () => {
    const a = await readyCart();
    const b = await readyCart();
    const key = randomUUID();
    const first = await checkout(t, a, key).expect(201);
    const second = await checkout(t, b, key).expect(201);
    expect((second.body as OrderBody).id).not.toBe((first.body as OrderBody).id);
    expect((second.body as OrderBody).userId).toBe(b.id);
  });

  it("replays a saved business refusal (409 cart_empty) but not invalid input", async () => {
    const customer = await registerCustomer(t);
    const key = randomUUID();
    const refused = await checkout(t, customer, key).expect(409);
    expect(refused.body.code).toBe("cart_empty");
    // Filling the cart does not change the answer for that key (Stripe semantics).
    await addToCart(t, customer, variant.id, 1);
    await chooseShipping(t, customer);
    const replay = await checkout(t, customer, key).expect(409);
    expect(replay.body.code).toBe("cart_empty");
    expect(replay.headers["idempotent-replayed"]).toBe("true");
    // A new key places the order.
    await checkout(t, customer, randomUUID()).expect(201);

    // Invalid input ran nothing: the key stays free for a corrected request.
    const other = await readyCart();
    const key2 = randomUUID();
    await checkout(t, other, key2, { shippingAddress: { ...ADDRESS, country: "XX" } }).expect(400);
    await checkout(t, other, key2).expect(201);
  });

  it("creates exactly one order from 20 parallel POSTs with one key", async () => {
    const customer = await readyCart(2);
    const before = await stockAndLedger(t, variant.id);
    const key = randomUUID();
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => checkout(t, customer, key)),
    );
    const created = responses.filter((r) => r.status === 201);
    const inUse = responses.filter((r) => r.status === 409);
    expect(created.length + inUse.length).toBe(20);
    expect(created.length).toBeGreaterThanOrEqual(1);
    for (const r of inUse) expect(r.body.code).toBe("idempotency_key_in_use");
    expect(new Set(created.map((r) => (r.body as OrderBody).id)).size).toBe(1);

    await expect(ordersOf(customer.id)).resolves.toHaveLength(1);
    await expect(stockAndLedger(t, variant.id)).resolves.toEqual({
      stock: before.stock - 2,
      ledger: before.stock - 2,
    });
    // Once finished, the key replays the one order.
    const replay = await checkout(t, customer, key).expect(201);
    expect((replay.body as OrderBody).id).toBe((created[0].body as OrderBody).id);
  });

  it("stores keys in the database for at least 24 hours; the cleanup removes only expired ones", async () => {
    const customer = await readyCart();
    const key = randomUUID();
    await checkout(t, customer, key).expect(201);
    const [row] = await t.query<{ state: string; hours: number; route: string; method: string }>(
      `SELECT state, method, route, extract(epoch FROM expires_at - created_at) / 3600 AS hours
       FROM idempotency_keys WHERE key = $1 AND user_id = $2`,
      [key, customer.id],
    );
    expect(row).toMatchObject({ state: "completed", method: "POST", route: "/api/v1/orders" });
    expect(Number(row.hours)).toBeGreaterThanOrEqual(24);

    const cleanup = t.app.get(IdempotencyCleanupJob);
    await cleanup.runOnce();
    await expect(
      t.query(`SELECT 1 FROM idempotency_keys WHERE key = $1`, [key]),
    ).resolves.toHaveLength(1);
    await t.query(
      `UPDATE idempotency_keys SET expires_at = now() - interval '1 second' WHERE key = $1`,
      [key],
    );
    await expect(cleanup.runOnce()).resolves.toBeGreaterThanOrEqual(1);
    await expect(
      t.query(`SELECT 1 FROM idempotency_keys WHERE key = $1`, [key]),
    ).resolves.toHaveLength(0);
  });

  it("lets a key left in progress by a dead attempt be taken over after the stale period", async () => {
    const customer = await readyCart();
    const key = randomUUID();
    // A crash after the claim: the business transaction never committed, the key stays locked.
    const hash = "0".repeat(64);
    await t.query(
      `INSERT INTO idempotency_keys (user_id, method, route, key, request_hash, state, locked_at, lock_token, expires_at)
       VALUES ($1, 'POST', '/api/v1/orders', $2, $3, 'in_progress', now(), gen_random_uuid(), now() + interval '1 day')`,
      [customer.id, key, hash],
    );
    // Different fingerprint: never taken over, whatever the age.
    let res = await checkout(t, customer, key).expect(422);
    expect(res.body.code).toBe("idempotency_key_reused");

    const key2 = randomUUID();
    res = await checkout(t, customer, key2).expect(201);
    const orderId = (res.body as OrderBody).id;
    // Simulate a fresh lock on that key (a request in flight): 409.
    await t.query(
      `UPDATE idempotency_keys SET state = 'in_progress', locked_at = now(), lock_token = gen_random_uuid(), response_status = NULL, response_body = NULL WHERE key = $1`,
      [key2],
    );
    res = await checkout(t, customer, key2).expect(409);
    expect(res.body.code).toBe("idempotency_key_in_use");
    // Ten minutes later the lock is stale: the retry runs again (here: the cart is now empty).
    await t.query(
      `UPDATE idempotency_keys SET locked_at = now() - interval '10 minutes' WHERE key = $1`,
      [key2],
    );
    res = await checkout(t, customer, key2).expect(409);
    expect(res.body.code).toBe("cart_empty");
    await expect(ordersOf(customer.id)).resolves.toEqual([{ id: orderId }]);
  });
});
