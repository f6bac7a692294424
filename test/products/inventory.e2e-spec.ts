import { loginAdmin, TestUser } from "../support/auth";
import { createTestApp, TestApp } from "../support/test-app";
import { createProduct } from "./catalog-factory";

describe("Inventory admin API", () => {
  let t: TestApp;
  let admin: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAdmin(t);
  });
  afterAll(async () => {
    await t.close();
  });

  async function stockAndLedger(variantId: string): Promise<{ stock: number; ledger: number }> {
    const [row] = await t.query<{ stock: number; ledger: number }>(
      `SELECT v.stock, (SELECT coalesce(sum(delta), 0)::int FROM stock_movements m
                        WHERE m.variant_id = v.id) AS ledger
       FROM product_variants v WHERE v.id = $1`,
      [variantId],
    );
    return row;
  }

  it("adjusts stock with a ledger entry; below zero is 409 insufficient_stock and changes nothing", async () => {
    const product = await createProduct(t, admin.auth, { variants: [{ stock: 5 }] });
    const variantId = product.variants[0].id;
    const res = await t.api
      .post("/api/v1/inventory/adjustments")
      .set(admin.auth)
      .send({ variantId, delta: 3, reason: "restock", reference: "PO-1" })
      .expect(201);
    expect(res.body).toMatchObject({
      stock: 8,
      movement: { variantId, delta: 3, reason: "restock", reference: "PO-1", actorId: admin.id },
    });
    const refused = await t.api
      .post("/api/v1/inventory/adjustments")
      .set(admin.auth)
      .send({ variantId, delta: -9, reason: "adjustment" })
      .expect(409);
    expect(refused.body).toMatchObject({
      code: "insufficient_stock",
      variants: [{ variantId, requested: 9, available: 8 }],
    });
    await expect(stockAndLedger(variantId)).resolves.toEqual({ stock: 8, ledger: 8 });
    for (const body of [
      { variantId, delta: 0, reason: "adjustment" },
      { variantId, delta: 1, reason: "sale" },
      { variantId, delta: 1.5, reason: "restock" },
      { variantId: "not-a-uuid", delta: 1, reason: "restock" },
    ]) {
      await t.api
        .offContract("a delta, reason or id the spec refuses")
        .post("/api/v1/inventory/adjustments")
        .set(admin.auth)
        .send(body)
        .expect(400);
    }
    await t.api
      .post("/api/v1/inventory/adjustments")
      .set(admin.auth)
      .send({ variantId: "00000000-0000-4000-8000-000000000000", delta: 1, reason: "restock" })
      .expect(404);
  });

  it("parallel adjustments never take stock below zero and the ledger sums to the stock", async () => {
    const product = await createProduct(t, admin.auth, { variants: [{ stock: 10 }] });
    const variantId = product.variants[0].id;
    const responses = await Promise.all(
      Array.from({ length: 30 }, () =>
        t.api
          .post("/api/v1/inventory/adjustments")
          .set(admin.auth)
          .send({ variantId, delta: -1, reason: "adjustment" }),
      ),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(10);
    expect(statuses.filter((s) => s === 409)).toHaveLength(20);
    await expect(stockAndLedger(variantId)).resolves.toEqual({ stock: 0, ledger: 0 });
  });

  it("lists a variant's movements newest first, page by page", async () => {
    const product = await createProduct(t, admin.auth, { variants: [{ stock: 1 }] });
    const variantId = product.variants[0].id;
    for (let i = 1; i <= 4; i++) {
      await t.api
        .post("/api/v1/inventory/adjustments")
        .set(admin.auth)
        .send({ variantId, delta: i, reason: "restock", reference: `R${i}` })
        .expect(201);
    }
    const seen: { reference: string | null; delta: number }[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/inventory/movements?variantId=${variantId}&limit=2${
        cursor ? `&cursor=${cursor}` : ""
      }`;
      const res = await t.api.get(url).set(admin.auth).expect(200);
      seen.push(...(res.body.data as { reference: string | null; delta: number }[]));
      cursor = res.body.nextCursor as string | null;
    } while (cursor);
    expect(seen.map((m) => m.reference)).toEqual(["R4", "R3", "R2", "R1", "initial stock"]);
    expect(seen.reduce((sum, m) => sum + m.delta, 0)).toBe(11);
    await t.api
      .offContract("no variantId, which the spec requires")
      .get(`/api/v1/inventory/movements`)
      .set(admin.auth)
      .expect(400);
  });

  it("lists active variants at or below a threshold, lowest first", async () => {
    const product = await createProduct(t, admin.auth, {
      name: "Low stock",
      variants: [{ stock: 0 }, { stock: 2 }, { stock: 50 }, { stock: 1, active: false }],
    });
    const res = await t.api
      .get(`/api/v1/inventory/low-stock?threshold=2&limit=100`)
      .set(admin.auth)
      .expect(200);
    const mine = (res.body.data as { productId: string; stock: number }[]).filter(
      (r) => r.productId === product.id,
    );
    expect(mine.map((r) => r.stock)).toEqual([0, 2]);
    const stocks = (res.body.data as { stock: number }[]).map((r) => r.stock);
    expect(stocks).toEqual([...stocks].sort((a, b) => a - b));
    expect(stocks.every((s) => s <= 2)).toBe(true);
    await t.api
      .offContract("a threshold under the documented 0")
      .get(`/api/v1/inventory/low-stock?threshold=-1`)
      .set(admin.auth)
      .expect(400);
  });
});
