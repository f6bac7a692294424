import { InsufficientStockError } from "../../src/products/inventory/inventory.errors";
import { InventoryService } from "../../src/products/inventory/inventory.service";
import { VariantLookupService } from "../../src/products/catalog/variant-lookup.service";
import { loginAdmin, TestUser } from "../support/auth";
import { createTestApp, TestApp } from "../support/test-app";
import { createProduct } from "./catalog-factory";

describe("InventoryService (reserve / release)", () => {
  let t: TestApp;
  let inventory: InventoryService;
  let admin: TestUser;

  beforeAll(async () => {
    // 50 transactions at once queue for a pool of 10 connections: on a busy machine the wait
    // can pass the default 3 s connect timeout, which is not what this file tests.
    t = await createTestApp({ DB_CONNECT_TIMEOUT_MS: "30000" });
    inventory = t.app.get(InventoryService);
    admin = await loginAdmin(t);
  });

  async function insertVariant(_t: TestApp, sku: string, stock: number): Promise<string> {
    const product = await createProduct(t, admin.auth, { variants: [{ sku, stock, price: 1000 }] });
    return product.variants[0].id;
  }
  afterAll(async () => {
    await t.close();
  });

  async function stockOf(variantId: string): Promise<{ stock: number; ledger: number }> {
    const [row] = await t.query<{ stock: number; ledger: string }>(
      `SELECT v.stock, (SELECT coalesce(sum(delta), 0) FROM stock_movements m WHERE m.variant_id = v.id) AS ledger
       FROM product_variants v WHERE v.id = $1`,
      [variantId],
    );
    return { stock: row.stock, ledger: Number(row.ledger) };
  }

  it("50 parallel reservations of 1 unit against a stock of 10 reserve exactly 10", async () => {
    const variantId = await insertVariant(t, "RACE-1", 10);
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        inventory.reserve([{ variantId, quantity: 1 }], {
          reason: "sale",
          reference: `order-${i}`,
        }),
      ),
    );
    const fulfilled = results.filter((r) => r.status === "fulfilled");
    const rejected = results.filter((r) => r.status === "rejected");
    expect(fulfilled).toHaveLength(10);
    expect(rejected).toHaveLength(40);
    for (const r of rejected) {
      expect({
        error: String(r.reason),
        isShortage: r.reason instanceof InsufficientStockError,
      }).toEqual({
        error: expect.any(String),
        isShortage: true,
      });
    }
    await expect(stockOf(variantId)).resolves.toEqual({ stock: 0, ledger: 0 });
    const sales = await t.query<{ n: string }>(
      `SELECT count(*) AS n FROM stock_movements WHERE variant_id = $1 AND reason = 'sale' AND delta = -1`,
      [variantId],
    );
    expect(Number(sales[0].n)).toBe(10);
  });

  it("is all or nothing across lines and reports every short line", async () => {
    const a = await insertVariant(t, "ALL-A", 5);
    const b = await insertVariant(t, "ALL-B", 1);
    const error = await inventory
      .reserve(
        [
          { variantId: a, quantity: 2 },
          { variantId: b, quantity: 3 },
        ],
        { reason: "sale", reference: "order-x" },
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InsufficientStockError);
    expect((error as InsufficientStockError).variants).toEqual([
      { variantId: b, requested: 3, available: 1 },
    ]);
    await expect(stockOf(a)).resolves.toEqual({ stock: 5, ledger: 5 });
    await expect(stockOf(b)).resolves.toEqual({ stock: 1, ledger: 1 });
  });

  it("refuses inactive variants and products that are not active; purchasable says why", async () => {
    const product = await createProduct(t, admin.auth, {
      status: "draft",
      variants: [{ stock: 5 }, { stock: 5, active: false }],
    });
    const [draftVariant, inactive] = product.variants.map((v) => v.id);
    await expect(
      inventory.reserve([{ variantId: inactive, quantity: 1 }], { reason: "sale", reference: "o" }),
    ).rejects.toMatchObject({ variants: [{ variantId: inactive, requested: 1, available: 0 }] });
    const found = await t.app.get(VariantLookupService).findForCart([draftVariant, inactive]);
    expect(found.map((f) => f.purchasable)).toEqual([false, false]);
    const unknown = "00000000-0000-4000-8000-000000000000";
    await expect(
      inventory.reserve([{ variantId: unknown, quantity: 1 }], { reason: "sale", reference: "o" }),
    ).rejects.toBeInstanceOf(InsufficientStockError);
    await expect(
      inventory.reserve([{ variantId: draftVariant, quantity: 0 }], {
        reason: "sale",
        reference: "o",
      }),
    ).rejects.toMatchObject({ code: "validation_failed" });
  });

  it("release puts stock back with a movement, and findForCart reports it", async () => {
    const a = await insertVariant(t, "REL-A", 3);
    await inventory.reserve([{ variantId: a, quantity: 3 }], { reason: "sale", reference: "o1" });
    await inventory.release([{ variantId: a, quantity: 2 }], {
      reason: "cancellation",
      reference: "o1",
    });
    await expect(stockOf(a)).resolves.toEqual({ stock: 2, ledger: 2 });
    const [found] = await t.app.get(VariantLookupService).findForCart([a, a]);
    expect(found).toMatchObject({
      productId: expect.any(String),
      variantId: a,
      sku: "REL-A",
      price: 1000,
      currency: "USD",
      stock: 2,
      purchasable: true,
    });
  });
});
