import { Client } from "pg";
import { PostgresQueryRunner } from "typeorm/driver/postgres/PostgresQueryRunner";
import { loginAdmin, TestUser } from "../support/auth";
import { createTestApp, TestApp } from "../support/test-app";
import { createCategory, createProduct } from "./catalog-factory";

interface Item {
  id: string;
  name: string;
  priceRange: { min: number; max: number };
  inStock: boolean;
  variants: { price: number; active: boolean }[];
  createdAt: string;
}
interface PageBody {
  data: Item[];
  nextCursor: string | null;
}

describe("Products: listing, filters, sorts, search, pagination", () => {
  let t: TestApp;
  let admin: TestUser;

  beforeAll(async () => {
    // Caching off: these tests are about the queries (caching has its own tests).
    t = await createTestApp({ CATALOG_CACHE_TTL_SECONDS: "0" });
    admin = await loginAdmin(t);
  });
  afterAll(async () => {
    await t.close();
  });

  async function list(query: string): Promise<PageBody> {
    const res = await t.api.get(`/api/v1/products?${query}`).expect(200);
    return res.body as PageBody;
  }

  /** Follows nextCursor to the end; `between` runs after each page (to insert concurrently). */
  async function walk(query: string, between?: (page: number) => Promise<void>): Promise<Item[]> {
    const items: Item[] = [];
    let cursor: string | null = null;
    let page = 0;
    do {
      const suffix: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : "";
      const body = await list(`${query}${suffix}`);
      items.push(...body.data);
      cursor = body.nextCursor;
      if (between) await between(page++);
    } while (cursor);
    return items;
  }

  describe("filters and sorts", () => {
    let shoes: { id: string };
    let running: { id: string };
    let hats: { id: string };
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      shoes = await createCategory(t, admin.auth, "Shoes");
      running = await createCategory(t, admin.auth, "Running shoes", shoes.id);
      hats = await createCategory(t, admin.auth, "Hats");
      const make = async (key: string, input: Parameters<typeof createProduct>[2]) => {
        ids[key] = (await createProduct(t, admin.auth, { name: `Filter ${key}`, ...input })).id;
      };
      await make("loafer", { categoryId: shoes.id, variants: [{ price: 5000, stock: 3 }] });
      await make("sprinter", {
        categoryId: running.id,
        variants: [
          { price: 12000, stock: 0 },
          { price: 9000, stock: 0 },
        ],
      });
      await make("trail", {
        categoryId: running.id,
        variants: [
          { price: 15000, stock: 1 },
          { price: 2000, stock: 5, active: false },
        ],
      });
      await make("beanie", { categoryId: hats.id, variants: [{ price: 1500, stock: 2 }] });
      await make("draft", { categoryId: shoes.id, status: "draft" });
    });

    const names = (items: Item[]) => items.map((i) => i.name.replace("Filter ", ""));

    it("filters by category including sub-categories", async () => {
      const all = await walk(`categoryId=${shoes.id}&sort=name`);
      expect(names(all)).toEqual(["loafer", "sprinter", "trail"]);
      const sub = await walk(`categoryId=${running.id}&sort=name`);
      expect(names(sub)).toEqual(["sprinter", "trail"]);
    });

    it("filters by price: any active variant in range (inactive variants do not count)", async () => {
      expect(names(await walk(`categoryId=${shoes.id}&minPrice=8000&maxPrice=10000`))).toEqual([
        "sprinter",
      ]);
      expect(names(await walk(`categoryId=${shoes.id}&maxPrice=4000`))).toEqual([]);
      expect(names(await walk(`categoryId=${shoes.id}&minPrice=14000&sort=name`))).toEqual([
        "trail",
      ]);
      await t.api.get(`/api/v1/products?minPrice=500&maxPrice=100`).expect(400);
    });

    it("filters by stock, and reports inStock and priceRange per item", async () => {
      const inStock = await walk(`categoryId=${shoes.id}&inStock=true&sort=name`);
      expect(names(inStock)).toEqual(["loafer", "trail"]);
      const all = await walk(`categoryId=${shoes.id}&sort=name`);
      const sprinter = all.find((i) => i.name === "Filter sprinter") as Item;
      expect(sprinter.inStock).toBe(false);
      expect(sprinter.priceRange).toEqual({ min: 9000, max: 12000 });
      const trail = all.find((i) => i.name === "Filter trail") as Item;
      expect(trail.priceRange).toEqual({ min: 15000, max: 15000 });
      expect(trail.variants.every((v) => v.active)).toBe(true);
      await t.api
        .offContract("a boolean that is neither true nor false")
        .get(`/api/v1/products?inStock=maybe`)
        .expect(400);
    });

    it("sorts by lowest active price, name and newest first", async () => {
      const q = `q=filter`;
      expect(names(await walk(`${q}&sort=price`))).toEqual([
        "beanie",
        "loafer",
        "sprinter",
        "trail",
      ]);
      expect(names(await walk(`${q}&sort=-price`))).toEqual([
        "trail",
        "sprinter",
        "loafer",
        "beanie",
      ]);
      expect(names(await walk(`${q}&sort=name&limit=1`))).toEqual([
        "beanie",
        "loafer",
        "sprinter",
        "trail",
      ]);
      expect(names(await walk(`${q}&sort=-createdAt&limit=3`))).toEqual([
        "beanie",
        "trail",
        "sprinter",
        "loafer",
      ]);
      await t.api
        .offContract("a sort the spec does not list")
        .get(`/api/v1/products?sort=relevance`)
        .expect(400);
    });

    it("refuses a cursor from another sort or filter", async () => {
      const first = await list(`q=filter&sort=price&limit=1`);
      expect(first.nextCursor).not.toBeNull();
      const res = await t.api
        .get(`/api/v1/products?q=filter&sort=name&limit=1&cursor=${first.nextCursor}`)
        .expect(400);
      expect(res.body.code).toBe("invalid_cursor");
      await t.api
        .get(`/api/v1/products?q=other&sort=price&limit=1&cursor=${first.nextCursor}`)
        .expect(400);
    });
  });

  it("ranks full-text matches: name beats description, more matches beat fewer", async () => {
    await createProduct(t, admin.auth, {
      name: "Plain kettle",
      description: "Boils water. Works with the zephyrine tea range.",
    });
    const best = await createProduct(t, admin.auth, {
      name: "Zephyrine teapot",
      description: "The zephyrine classic, porcelain.",
    });
    await createProduct(t, admin.auth, { name: "Zephyrine cup", description: "A cup." });
    await createProduct(t, admin.auth, { name: "Unrelated spoon", description: "Stirs." });
    const res = await list(`q=zephyrine`);
    expect(res.data.map((i) => i.name)).toEqual([
      "Zephyrine teapot",
      "Zephyrine cup",
      "Plain kettle",
    ]);
    expect(res.data[0].id).toBe(best.id);
    // Stemming and web-search syntax: "teapots" finds "teapot"; -cup excludes.
    expect((await list(`q=teapots`)).data.map((i) => i.name)).toEqual(["Zephyrine teapot"]);
    expect((await list(`q=${encodeURIComponent("zephyrine -cup")}`)).data).toHaveLength(2);
    // Relevance pages too.
    expect((await walk(`q=zephyrine&limit=1`)).map((i) => i.name)).toEqual([
      "Zephyrine teapot",
      "Zephyrine cup",
      "Plain kettle",
    ]);
  });

  it.each(["-createdAt", "name", "price", "-price"])(
    "walks every page sorted by %s while products are added: no item twice, none lost",
    async (sort) => {
      const tag = `walk${sort.replace(/\W/g, "")}`;
      const existing: string[] = [];
      for (let i = 0; i < 12; i++) {
        const p = await createProduct(t, admin.auth, {
          name: `${tag} item ${String(i % 4)}`,
          variants: [{ price: 100 * (i % 3) + 1 }],
        });
        existing.push(p.id);
      }
      let added = 0;
      const seen = await walk(`q=${tag}&sort=${sort}&limit=5`, async () => {
        // New products with sort keys on both sides of the cursor.
        for (const price of [1, 99999]) {
          await createProduct(t, admin.auth, {
            name: `${tag} item ${added % 2 === 0 ? "0" : "9"}`,
            variants: [{ price }],
          });
          added++;
        }
      });
      const ids = seen.map((i) => i.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of existing) expect(ids).toContain(id);
      expect(added).toBeGreaterThan(0);
    },
  );

  it("lists 100 products with their variants in a constant number of queries", async () => {
    const category = await createCategory(t, admin.auth, "Query count");
    for (let i = 0; i < 100; i++) {
      await createProduct(t, admin.auth, {
        name: `Counted ${i}`,
        categoryId: category.id,
        variants: [{ price: 100 + i }, { price: 200 + i }, { price: 300 + i, stock: 0 }],
      });
    }
    // Statements as they reach the database: on PostgreSQL every one goes through a pg client
    // (prepared reads skip TypeORM's query runner); the embedded database gets them all
    // through the query runner.
    const spy = process.env.DATABASE_URL
      ? jest.spyOn(Client.prototype as unknown as { query: () => unknown }, "query")
      : jest.spyOn(PostgresQueryRunner.prototype, "query");
    try {
      const count = async (query: string, expected: number) => {
        spy.mockClear();
        const body = await list(query);
        expect(body.data).toHaveLength(expected);
        expect(body.data.every((p) => p.variants.length === 3)).toBe(true);
        return spy.mock.calls.length;
      };
      const hundred = await count(`categoryId=${category.id}&limit=100`, 100);
      const five = await count(`categoryId=${category.id}&limit=5`, 5);
      const filtered = await count(
        `categoryId=${category.id}&limit=100&inStock=true&minPrice=0&q=counted&sort=price`,
        100,
      );
      expect(hundred).toBe(five);
      expect(filtered).toBe(five);
      // One statement builds the page with all its products' variants.
      expect(hundred).toBe(1);
    } finally {
      spy.mockRestore();
    }
  });
});
