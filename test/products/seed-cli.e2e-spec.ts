import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { Client } from "pg";
import { serverDatabase } from "../support/server-process";

const SEED = join(__dirname, "../../dist/src/cli/seed.js");

/** What the seeded database holds, read with the driver of the database the CLI wrote to. */
async function countRows(
  database: Awaited<ReturnType<typeof serverDatabase>>,
): Promise<{ products: number; variants: number; ledgerUnits: number; stock: number }> {
  const sql = `SELECT (SELECT count(*) FROM products WHERE status = 'active')::int AS products,
                      (SELECT count(*) FROM product_variants)::int AS variants,
                      (SELECT coalesce(sum(delta), 0) FROM stock_movements)::int AS "ledgerUnits",
                      (SELECT coalesce(sum(stock), 0) FROM product_variants)::int AS stock`;
  type Counts = { products: number; variants: number; ledgerUnits: number; stock: number };
  if (database.url) {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query<Counts>(sql)).rows[0];
    } finally {
      await client.end();
    }
  }
  const db = await PGlite.create(join(database.env.DATA_DIR, "pgdata"));
  try {
    return (await db.query<Counts>(sql)).rows[0];
  } finally {
    await db.close();
  }
}

/** `npm run seed` (dist/src/cli/seed.js): what the catalog benchmark seeds its catalogs with. */
describe("The seed CLI", () => {
  let database: Awaited<ReturnType<typeof serverDatabase>>;

  beforeAll(async () => {
    database = await serverDatabase();
  });
  afterAll(() => database.drop());

  it("migrates and seeds the asked number of products and variants, their stock in the ledger", async () => {
    const run = spawnSync(
      process.execPath,
      [SEED, "--products", "12", "--variants-per-product", "3"],
      {
        env: {
          PATH: process.env.PATH ?? "",
          ...database.env,
          LOG_LEVEL: "warn",
          JWT_SECRET: "seed-cli-test-secret-that-is-long-enough-0123456789",
        },
        encoding: "utf8",
        timeout: 120_000,
      },
    );
    expect(`${run.stdout}${run.stderr}`).toMatch(/Seeded 12 products, 36 variants/);
    expect(run.status).toBe(0);

    const counts = await countRows(database);
    expect(counts.products).toBe(12);
    expect(counts.variants).toBe(36);
    expect(counts.stock).toBeGreaterThan(0);
    expect(counts.ledgerUnits).toBe(counts.stock);
  }, 180_000);

  it("refuses a product count that is not a positive integer, and seeds nothing", async () => {
    const before = await countRows(database);
    const run = spawnSync(process.execPath, [SEED, "--products", "0"], {
      env: { PATH: process.env.PATH ?? "", ...database.env, LOG_LEVEL: "warn" },
      encoding: "utf8",
    });
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toContain("--products must be an integer from 1 to");
    expect(await countRows(database)).toEqual(before);
  });
});
