import { randomUUID } from "node:crypto";
import { loginAdmin, TestUser } from "../support/auth";
import { createTestApp, TestApp } from "../support/test-app";

interface Variant {
  id: string;
  price: number | null;
  currency: string;
  purchasable: boolean;
  prices?: { currency: string; amount: number }[];
}

interface Product {
  id: string;
  name: string;
  priceRange: { min: number; max: number } | null;
  currency: string;
  purchasable: boolean;
  taxCategory?: string;
  variants: Variant[];
}

interface Page {
  data: Product[];
  nextCursor: string | null;
}

type Prices = { currency: string; amount: number }[];

/**
 * Catalog reads in a region (`region` query): prices, ranges and currency in the region's
 * currency (USD is the store's, and the default region's, own); a variant with no price in it is
 * shown with `price: null` and `purchasable: false`, a product with none is left out of that
 * region's lists; price filters and sorts use the region's prices, by keyset.
 */
describe("Catalog reads in a region", () => {
  let t: TestApp;
  let admin: TestUser;
  const ids = { shirt: "", book: "", mug: "" };
  let shirtVariants: string[] = [];
  /** Every product made here with its lowest GBP price (null: none). */
  const gbpMin = new Map<string, number | null>();

  const create = async (name: string, variants: { price: number; prices: Prices }[]) => {
    const res = await t.api
      .post("/api/v1/products")
      .set(admin.auth)
      .send({
        name: `${name} ${randomUUID().slice(0, 6)}`,
        status: "active",
        variants: variants.map((v) => ({ sku: `RC-${randomUUID().slice(0, 8)}`, stock: 5, ...v })),
      })
      .expect(201);
    const product = res.body as Product;
    const gbp = variants.flatMap((v) =>
      v.prices.filter((p) => p.currency === "GBP").map((p) => p.amount),
    );
    gbpMin.set(product.id, gbp.length > 0 ? Math.min(...gbp) : null);
    return product;
  };

  const get = async (path: string) => (await t.api.get(path).expect(200)).body as Product;
  const list = async (query: string) =>
    (await t.api.get(`/api/v1/products?${query}`).expect(200)).body as Page;

  /** Every page of a list, following nextCursor. */
  const walk = async (query: string): Promise<Product[]> => {
    const all: Product[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = await list(
        `${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
      );
      all.push(...page.data);
      cursor = page.nextCursor;
    } while (cursor);
    return all;
  };

  beforeAll(async () => {
    t = await createTestApp({ CATALOG_CACHE_TTL_SECONDS: "60" });
    admin = await loginAdmin(t);
    for (const region of [
      { code: "de", name: "Germany", currency: "EUR", taxInclusive: true },
      { code: "uk", name: "United Kingdom", currency: "GBP", taxInclusive: true },
      { code: "us", name: "United States", currency: "USD" },
    ]) {
      await t.api.post("/api/v1/regions").set(admin.auth).send(region).expect(201);
    }
    const shirt = await create("Shirt", [
      {
        price: 2500,
        prices: [
          { currency: "EUR", amount: 2380 },
          { currency: "GBP", amount: 2100 },
        ],
      },
      { price: 2700, prices: [{ currency: "EUR", amount: 2580 }] },
    ]);
    ids.shirt = shirt.id;
    shirtVariants = shirt.variants.map((v) => v.id);
    ids.book = (
      await create("Book", [
        {
          price: 1500,
          prices: [
            { currency: "EUR", amount: 1400 },
            { currency: "GBP", amount: 1200 },
          ],
        },
      ])
    ).id;
    ids.mug = (
      await create("Mug", [{ price: 1000, prices: [{ currency: "EUR", amount: 950 }] }])
    ).id;
    // Prices that repeat (ties are broken by id) and run against the USD order.
    for (let i = 0; i < 12; i++) {
      await create(`Pager ${i}`, [
        { price: 5000 - i * 100, prices: [{ currency: "GBP", amount: 1100 + (i % 4) * 100 }] },
      ]);
    }
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  it("shows the same product to German, UK and US customers in their region's currency", async () => {
    const de = await get(`/api/v1/products/${ids.shirt}?region=de`);
    expect(de).toMatchObject({ currency: "EUR", priceRange: { min: 2380, max: 2580 } });
    expect(de.variants.map((v) => [v.price, v.currency, v.purchasable])).toEqual([
      [2380, "EUR", true],
      [2580, "EUR", true],
    ]);

    const uk = await get(`/api/v1/products/${ids.shirt}?region=uk`);
    expect(uk).toMatchObject({
      currency: "GBP",
      priceRange: { min: 2100, max: 2100 },
      purchasable: true,
    });
    // The variant without a GBP price is shown, unpriced and not purchasable, after the others.
    expect(uk.variants.map((v) => [v.id, v.price, v.currency, v.purchasable])).toEqual([
      [shirtVariants[0], 2100, "GBP", true],
      [shirtVariants[1], null, "GBP", false],
    ]);

    const us = await get(`/api/v1/products/${ids.shirt}?region=us`);
    expect(us).toMatchObject({ currency: "USD", priceRange: { min: 2500, max: 2700 } });
    expect(us.variants.map((v) => v.price)).toEqual([2500, 2700]);
    // The default region's view is today's answer, without a region.
    expect(await get(`/api/v1/products/${ids.shirt}?region=default`)).toEqual(
      await get(`/api/v1/products/${ids.shirt}`),
    );
  });

  it("leaves a product with no GBP price out of UK lists and shows it unpurchasable when read", async () => {
    const uk = await walk("region=uk&limit=5");
    const listed = uk.map((p) => p.id);
    expect(listed).toContain(ids.shirt);
    expect(listed).toContain(ids.book);
    expect(listed).not.toContain(ids.mug);
    expect(new Set(listed)).toEqual(
      new Set([...gbpMin].filter(([, min]) => min !== null).map(([id]) => id)),
    );
    expect(uk.every((p) => p.currency === "GBP" && p.purchasable)).toBe(true);
    expect((await walk("region=de&limit=50")).map((p) => p.id)).toContain(ids.mug);

    const mug = await get(`/api/v1/products/${ids.mug}?region=uk`);
    expect(mug).toMatchObject({ currency: "GBP", priceRange: null, purchasable: false });
    expect(mug.variants.map((v) => [v.price, v.purchasable])).toEqual([[null, false]]);
  });

  it("filters and sorts UK lists by the GBP price, page by page, without duplicates or gaps", async () => {
    const expected = (min: number, max: number, direction: 1 | -1) =>
      [...gbpMin]
        .filter((entry): entry is [string, number] => entry[1] !== null)
        .filter(([, price]) => price >= min && price <= max)
        .sort(([a, pa], [b, pb]) => direction * (pa - pb || (a < b ? -1 : a > b ? 1 : 0)))
        .map(([id]) => id);

    const filtered = await walk("region=uk&sort=price&minPrice=1100&maxPrice=1300&limit=2");
    expect(filtered.map((p) => p.id)).toEqual(expected(1100, 1300, 1));
    expect(filtered.length).toBe(10); // 9 pagers and the book
    expect(filtered.every((p) => p.priceRange!.min >= 1100 && p.priceRange!.min <= 1300)).toBe(
      true,
    );

    const descending = await walk("region=uk&sort=-price&limit=4");
    expect(descending.map((p) => p.id)).toEqual(expected(0, Infinity, -1));
  });

  it("answers 404 region_not_found for an unknown region, on lists and single reads", async () => {
    for (const path of [
      "/api/v1/products?region=atlantis",
      `/api/v1/products/${ids.shirt}?region=atlantis`,
    ]) {
      const res = await t.api.get(path).expect(404);
      expect(res.body).toMatchObject({ code: "region_not_found" });
    }
  });

  it("refuses a UK list's cursor in the German list and in the default one (400)", async () => {
    const first = await list("region=uk&sort=price&limit=2");
    expect(first.nextCursor).not.toBeNull();
    const cursor = encodeURIComponent(first.nextCursor!);
    for (const query of [`region=de&sort=price&limit=2`, `sort=price&limit=2`]) {
      const res = await t.api.get(`/api/v1/products?${query}&cursor=${cursor}`).expect(400);
      expect(res.body).toMatchObject({ code: "invalid_cursor" });
    }
  });

  it("gives an admin the product's tax category and every variant's prices", async () => {
    const res = await t.api.get(`/api/v1/products/${ids.shirt}`).set(admin.auth).expect(200);
    const product = res.body as Product;
    expect(product.taxCategory).toBe("standard");
    expect(product.variants.map((v) => v.prices)).toEqual([
      [
        { currency: "EUR", amount: 2380 },
        { currency: "GBP", amount: 2100 },
      ],
      [{ currency: "EUR", amount: 2580 }],
    ]);
    const customer = await get(`/api/v1/products/${ids.shirt}`);
    expect(customer.taxCategory).toBeUndefined();
    expect(customer.variants.every((v) => v.prices === undefined)).toBe(true);
  });

  it("caches each region's reads apart, and a price or region change retires them", async () => {
    const path = (region: string) => `/api/v1/products/${ids.book}?region=${region}`;
    const listPath = "/api/v1/products?region=uk&sort=price&limit=50";
    expect((await get(path("uk"))).currency).toBe("GBP");
    expect((await get(path("uk"))).currency).toBe("GBP"); // stored now
    expect(await get(path("de"))).toMatchObject({ currency: "EUR", priceRange: { min: 1400 } });
    const listed = (await list(listPath.slice("/api/v1/products?".length))).data;
    expect(listed.find((p) => p.id === ids.book)?.priceRange).toEqual({ min: 1200, max: 1200 });

    // A new GBP price shows in the stored reads' place.
    const book = await get(`/api/v1/products/${ids.book}`);
    await t.api
      .patch(`/api/v1/variants/${book.variants[0].id}`)
      .set(admin.auth)
      .send({
        prices: [
          { currency: "EUR", amount: 1400 },
          { currency: "GBP", amount: 1250 },
        ],
      })
      .expect(200);
    expect((await get(path("uk"))).priceRange).toEqual({ min: 1250, max: 1250 });
    const relisted = (await list(listPath.slice("/api/v1/products?".length))).data;
    expect(relisted.find((p) => p.id === ids.book)?.priceRange).toEqual({ min: 1250, max: 1250 });

    // The UK region now sells in EUR: its stored reads go too.
    await t.api.patch("/api/v1/regions/uk").set(admin.auth).send({ currency: "EUR" }).expect(200);
    expect(await get(path("uk"))).toMatchObject({ currency: "EUR", priceRange: { min: 1400 } });
  });

  it("keeps a region's lists in step with variant, price, category and status writes", async () => {
    // A GBP region of its own (the cache test moves \`uk\` to EUR).
    await t.api
      .post("/api/v1/regions")
      .set(admin.auth)
      .send({ code: "gb", name: "Great Britain", currency: "GBP" })
      .expect(201);
    const inUk = async (query = "") => (await walk(`region=gb&limit=50${query}`)).map((p) => p.id);
    const pager = await create("Stepper", [
      { price: 3000, prices: [{ currency: "GBP", amount: 2600 }] },
    ]);
    expect(await inUk()).toContain(pager.id);

    // Its only GBP price removed: out of the UK list; given back: in again.
    const variant = pager.variants[0].id;
    const setPrices = (prices: Prices) =>
      t.api.patch(`/api/v1/variants/${variant}`).set(admin.auth).send({ prices }).expect(200);
    await setPrices([]);
    expect(await inUk()).not.toContain(pager.id);
    await setPrices([{ currency: "GBP", amount: 2600 }]);
    expect(await inUk()).toContain(pager.id);

    // Moved into a category: found by the UK list of that category, sorted by price.
    const category = await t.api
      .post("/api/v1/categories")
      .set(admin.auth)
      .send({ name: `Steps ${randomUUID().slice(0, 6)}` })
      .expect(201);
    const categoryId = (category.body as { id: string }).id;
    await t.api
      .patch(`/api/v1/products/${pager.id}`)
      .set(admin.auth)
      .send({ categoryId })
      .expect(200);
    expect(await inUk(`&categoryId=${categoryId}&sort=price`)).toEqual([pager.id]);

    // Variant deactivated, then the product archived: out of the region's lists.
    await t.api.patch(`/api/v1/variants/${variant}`).set(admin.auth).send({ active: false });
    expect(await inUk(`&categoryId=${categoryId}&sort=price`)).toEqual([]);
    await t.api.patch(`/api/v1/variants/${variant}`).set(admin.auth).send({ active: true });
    await t.api.delete(`/api/v1/products/${pager.id}`).set(admin.auth).expect(204);
    expect(await inUk(`&categoryId=${categoryId}&sort=price`)).toEqual([]);
    gbpMin.delete(pager.id);
  });

  it("lists the shipping methods offered in a region, priced in its currency", async () => {
    await t.api
      .patch("/api/v1/shipping-methods/standard")
      .set(admin.auth)
      .send({ regionPrices: [{ region: "de", price: 595, freeOver: 5000 }] })
      .expect(200);
    type Method = { code: string; price: number; freeOver: number | null; currency: string };
    const all = (await t.api.get("/api/v1/shipping-methods").expect(200)).body as Method[];
    expect(all.length).toBeGreaterThan(1);
    expect(all.every((m) => m.currency === "USD")).toBe(true);

    const de = (await t.api.get("/api/v1/shipping-methods?region=de").expect(200)).body as Method[];
    expect(de).toEqual([
      expect.objectContaining({ code: "standard", price: 595, freeOver: 5000, currency: "EUR" }),
    ]);
    // The default region offers every active method at its own price.
    const byDefault = (await t.api.get("/api/v1/shipping-methods?region=default").expect(200))
      .body as Method[];
    expect(byDefault).toEqual(all);
    const res = await t.api.get("/api/v1/shipping-methods?region=atlantis").expect(404);
    expect(res.body).toMatchObject({ code: "region_not_found" });
  });
});
