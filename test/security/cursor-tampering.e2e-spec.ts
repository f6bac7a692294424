import { createProduct } from "../products/catalog-factory";
import { pay, placeOrder } from "../payments/payment-factories";
import { loginAdmin, registerCustomer, TestUser } from "../support/auth";
import { createTestApp, TestApp } from "../support/test-app";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}/;

type Key = string | number;

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const decode = (cursor: string) =>
  JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [string, ...Key[]];

/** Values of the wrong kind for a key that held `original`: each must be refused. */
function hostileValuesFor(original: Key): unknown[] {
  const anyKey = [null, true, [], {}, ["nested", ["deeper"]], { $gt: "" }];
  if (typeof original === "number") {
    const wrong = [...anyKey, String(original), 1e308, -1e308, 1e39, 1e-300];
    // An integer key (stock, price) binds to a 32-bit integer column; a score is a float.
    return Number.isInteger(original) ? [...wrong, 0.5, 2 ** 31, -(2 ** 31) - 1] : wrong;
  }
  const strings = [0, 12.5, 1e308, `${original}\u0000`, "' OR 1=1 --"];
  if (UUID.test(original)) {
    return [...anyKey, ...strings, "not-a-uuid", original.slice(0, 35), `${original}0`];
  }
  if (TIMESTAMP.test(original)) {
    return [
      ...anyKey,
      ...strings,
      "yesterday",
      "2026-13-01T00:00:00.000Z",
      "2026-02-30T00:00:00.000Z",
      "2026-01-01T25:00:00.000Z",
      "0000-01-01T00:00:00.000Z",
      "99999-01-01T00:00:00.000Z",
      "2026-01-01T00:00:00.000+99:00",
      "2026-01-01",
    ];
  }
  return [...anyKey, 0, 12.5, `${original}\u0000`];
}

jest.setTimeout(180_000);

describe("Cursor tampering: an edited cursor is a 400 invalid_cursor on every list", () => {
  let t: TestApp;
  let admin: TestUser;
  let customer: TestUser;
  const lists: { name: string; url: string; auth: () => TestUser }[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAdmin(t);
    customer = await registerCustomer(t);
    const alpha = await createProduct(t, admin.auth, {
      name: "Tamper alpha",
      variants: [{ price: 1500, stock: 2 }],
    });
    await createProduct(t, admin.auth, {
      name: "Tamper beta",
      variants: [{ price: 2500, stock: 3 }],
    });
    const variantId = alpha.variants[0].id;
    await t.api
      .post("/api/v1/inventory/adjustments")
      .set(admin.auth)
      .send({ variantId, delta: 1, reason: "restock" })
      .expect(201);
    const first = await placeOrder(t, customer, variantId);
    await placeOrder(t, customer, variantId);
    await pay(t, customer, first.id, "pm_card_chargeDeclined").expect(402);
    await pay(t, customer, first.id, "pm_card_chargeDeclined").expect(402);

    lists.push(
      ...["-createdAt", "price", "-price", "name"].map((sort) => ({
        name: `products sorted by ${sort}`,
        url: `/api/v1/products?sort=${sort}`,
        auth: () => customer,
      })),
      { name: "products by relevance", url: "/api/v1/products?q=tamper", auth: () => customer },
      { name: "users", url: "/api/v1/users?", auth: () => admin },
      { name: "security events", url: "/api/v1/security/events?", auth: () => admin },
      {
        name: "stock movements",
        url: `/api/v1/inventory/movements?variantId=${variantId}`,
        auth: () => admin,
      },
      { name: "low stock", url: "/api/v1/inventory/low-stock?", auth: () => admin },
      { name: "orders", url: "/api/v1/orders?", auth: () => customer },
      {
        name: "payments of an order",
        url: `/api/v1/orders/${first.id}/payments?`,
        auth: () => customer,
      },
    );
  });
  afterAll(async () => {
    await t.close();
  });

  async function forEachList(run: (list: (typeof lists)[number]) => Promise<void>) {
    await Promise.all(lists.map(run));
  }

  async function realCursor(list: (typeof lists)[number]): Promise<string> {
    const res = await t.api.get(`${list.url}&limit=1`).set(list.auth().auth).expect(200);
    expect(res.body.nextCursor).toEqual(expect.any(String));
    return res.body.nextCursor as string;
  }

  async function expectInvalidCursor(list: (typeof lists)[number], cursor: string, what: string) {
    const res = await t.api
      .get(`${list.url}&limit=1&cursor=${encodeURIComponent(cursor)}`)
      .set(list.auth().auth);
    expect({ what, status: res.status, code: res.body.code }).toEqual({
      what,
      status: 400,
      code: "invalid_cursor",
    });
  }

  it("follows an untouched cursor on every list (the set-up is real)", async () => {
    expect(lists).toHaveLength(11);
    for (const list of lists) {
      const cursor = await realCursor(list);
      await t.api.get(`${list.url}&limit=1&cursor=${cursor}`).set(list.auth().auth).expect(200);
    }
  });

  it("refuses every key of a real cursor edited to a value of the wrong kind", async () => {
    // One list after another would take minutes on a busy machine; the lists are independent.
    await forEachList(async (list) => {
      const [scope, ...keys] = decode(await realCursor(list));
      for (const [index, original] of keys.entries()) {
        for (const value of hostileValuesFor(original)) {
          const edited = [scope, ...keys];
          edited[index + 1] = value as Key;
          await expectInvalidCursor(
            list,
            encode(edited),
            `${list.name}: key ${index} ${JSON.stringify(value)}`,
          );
        }
      }
    });
  });

  it("refuses cursors with a key added or removed, another scope, or no JSON at all", async () => {
    await forEachList(async (list) => {
      const [scope, ...keys] = decode(await realCursor(list));
      const cases: [string, string][] = [
        ["a key added", encode([scope, ...keys, keys[0]])],
        ["a key removed", encode([scope, ...keys.slice(1)])],
        ["another scope", encode(["another-list", ...keys])],
        ["an object", encode({ scope, keys })],
        ["not base64 JSON", "!!!not-a-cursor"],
        ["empty JSON", encode([])],
      ];
      for (const [what, cursor] of cases) {
        await expectInvalidCursor(list, cursor, `${list.name}: ${what}`);
      }
    });
  });
});
