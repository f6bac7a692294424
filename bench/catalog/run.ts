// `npm run bench:catalog`: the catalog against its raw baseline, in one run. Uses its own
// PostgreSQL database (BENCH_DATABASE_URL, default storefront_bench_catalog on 127.0.0.1),
// seeded to 100,000 variants, plus a 1,000-variant one for the flat-plan check. Starts, each
// on its own port (BENCH_PORT and the five after it, all refused when taken):
//   storefront (cache on), storefront (cache off), baseline (raw fastify + pg, same statement,
//   same bytes), baseline (static stored body), and storefront (cache off) on the small catalog.
// The 100k-vs-1k pairs send only the filters (by category name) and search terms that fill a
// page of 20 on both catalogs, found by asking both before the run: like work on both sides.
// Then runs subject/baseline pairs alternately (BENCH_PAIRS, default 3; BENCH_DURATION_SECONDS
// per window, default 5; BENCH_CONNECTIONS, default 50) and prints ratios with min/median/max,
// CPU ms per request for Node and for the PostgreSQL backends, and RSS. Writes everything to
// bench/results/catalog.json.
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import {
  ensureDatabase,
  formatPaired,
  formatRun,
  Measurement,
  PairedResult,
  PgBackendMeter,
  runLoad,
  runPairs,
  RunningServer,
  startServer,
  stopAllOnExit,
  stopServer,
  STOREFRONT_NODE_FLAGS,
  Target,
  withApplicationName,
} from "../lib";

const ROOT = join(__dirname, "..", "..", "..");
const SERVER_NODE_ARGS = (process.env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION = Number(process.env.BENCH_DURATION_SECONDS ?? 5);
const PAIRS = Number(process.env.BENCH_PAIRS ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 4250);
// Only the scenarios whose name matches, e.g. BENCH_ONLY=search; written to catalog-partial.json.
const ONLY = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : undefined;
const DATABASE_URL =
  process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/storefront_bench_catalog";
const SMALL_DATABASE_URL =
  process.env.BENCH_SMALL_DATABASE_URL ??
  "postgres://postgres@127.0.0.1:5432/storefront_bench_catalog_1k";
const SEARCH_TERMS = [
  "shirt",
  "jacket",
  "teapot",
  "leather boot",
  "wool blanket",
  "cotton",
  "lamp",
  "tent",
  "vintage watch",
  "waterproof",
  "handmade mug",
  "denim jeans",
  "bamboo",
  "copper lantern",
];
const LIST_SORTS = ["-createdAt", "price", "-price", "name"];
/** Rows per page in every scenario. */
const PAGE = 20;

const pick = <T>(list: T[]): T => list[Math.floor(Math.random() * list.length)];

const appEnv = (databaseUrl: string, port: number, ttl: string): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: "development",
  HOST: "127.0.0.1",
  PORT: String(port),
  DATABASE_URL: databaseUrl,
  REDIS_URL: process.env.BENCH_REDIS_URL ?? "",
  LOG_LEVEL: "warn",
  SEED_DEMO_DATA: "false",
  JOBS_ENABLED: "false",
  RATE_LIMIT_PER_MINUTE: "1000000",
  CATALOG_CACHE_TTL_SECONDS: ttl,
  JWT_SECRET: process.env.JWT_SECRET ?? "bench-secret-that-is-long-enough-for-hs256-0123456789",
});

async function countVariants(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const exists = await client.query<{ t: string | null }>(
      `SELECT to_regclass('public.product_variants')::text AS t`,
    );
    if (!exists.rows[0].t) return 0;
    const res = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM product_variants v JOIN products p ON p.id = v.product_id
       WHERE v.active AND p.status = 'active'`,
    );
    return res.rows[0].n;
  } finally {
    await client.end();
  }
}

function runNode(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: "inherit" });
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(" ")} exited with ${code}`)),
    );
  });
}

// The region the "region ..." scenarios read in: GBP, which nine products in ten are priced in.
const REGION = "gb";

/**
 * Makes region REGION (GBP) and prices the catalog in GBP (`seed --prices-in GBP`), once: the
 * catalog read in another currency than its variants' own.
 */
async function ensureRegion(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const found = await client.query(`SELECT 1 FROM regions WHERE code = $1`, [REGION]);
    if (found.rowCount) return;
    process.stdout.write(`Pricing ${new URL(url).pathname} in GBP for region ${REGION}\n`);
    await runNode([join(ROOT, "dist/src/cli/seed.js"), "--prices-in", "GBP"], appEnv(url, 0, "0"));
    await client.query(
      `INSERT INTO regions (code, name, currency, tax_inclusive) VALUES ($1, 'Great Britain', 'GBP', true)`,
      [REGION],
    );
  } finally {
    await client.end();
  }
}

/** Seeds `url` up to `target` active variants (2 per product); the seed CLI migrates first. */
async function seedTo(url: string, target: number): Promise<number> {
  await ensureDatabase(url);
  const found = await countVariants(url);
  if (found < target) {
    const products = Math.ceil((target - found) / 2);
    process.stdout.write(`Seeding ${products} products into ${new URL(url).pathname}\n`);
    await runNode(
      [join(ROOT, "dist/src/cli/seed.js"), "--products", String(products)],
      appEnv(url, 0, "0"),
    );
  }
  // Storefront migrates at start; seed-free databases get migrated by the seed CLI above.
  await runNode([join(ROOT, "dist/src/cli/migrate.js")], appEnv(url, 0, "0"));
  await ensureRegion(url);
  return countVariants(url);
}

async function getJson<T>(base: string, path: string): Promise<T> {
  const res = await fetch(`${base}/api/v1${path}`);
  if (!res.ok) throw new Error(`GET ${path}: ${res.status}`);
  return (await res.json()) as T;
}

interface Sample {
  ids: string[];
  categories: string[];
  /** Category ids by name: both catalogs are seeded with the same tree under other ids. */
  categoryIds: Map<string, string>;
}

async function sample(base: string): Promise<Sample> {
  const page = await getJson<{ data: { id: string }[] }>(base, `/products?limit=100&sort=name`);
  interface Node {
    id: string;
    name: string;
    children: Node[];
  }
  const tree = await getJson<Node[]>(base, "/categories");
  const nodes = tree.flatMap((n) => [n, ...n.children]);
  return {
    ids: page.data.map((p) => p.id),
    categories: nodes.map((n) => n.id),
    categoryIds: new Map(nodes.map((n) => [n.name, n.id])),
  };
}

/** A filter of the bench, by category name so that it means the same in both catalogs. */
interface Filter {
  category: string;
  minPrice: number;
  maxPrice: number;
}

const filterQuery = (f: Filter, categoryIds: Map<string, string>) =>
  `limit=${PAGE}&categoryId=${categoryIds.get(f.category)}&minPrice=${f.minPrice}&maxPrice=${f.maxPrice}&inStock=true&sort=price`;

async function rowsOf(base: string, query: string): Promise<number> {
  return (await getJson<{ data: unknown[] }>(base, `/products?${query}`)).data.length;
}

/**
 * The filters and search terms that fill a page in both catalogs. A 1,000-variant catalog
 * answers most of the list's filters with a few rows where 100,000 variants fill the page, and
 * 5 rows are not the same work as 20: the size comparison uses only full pages on both sides.
 */
async function fullPagesInBoth(
  big: { base: string; sample: Sample },
  small: { base: string; sample: Sample },
): Promise<{ filters: Filter[]; terms: string[] }> {
  const filters = await fullFiltersInBoth(big, small, "");
  const terms: string[] = [];
  for (const term of SEARCH_TERMS) {
    const query = `limit=${PAGE}&q=${encodeURIComponent(term)}`;
    const [inBig, inSmall] = await Promise.all([
      rowsOf(big.base, query),
      rowsOf(small.base, query),
    ]);
    if (inBig === PAGE && inSmall === PAGE) terms.push(term);
  }
  if (filters.length === 0 || terms.length === 0) {
    throw new Error("No filter or search term fills a page in both catalogs");
  }
  return { filters, terms };
}

/** The filters that fill a page in both catalogs; `suffix` adds to each query (a region). */
async function fullFiltersInBoth(
  big: { base: string; sample: Sample },
  small: { base: string; sample: Sample },
  suffix: string,
): Promise<Filter[]> {
  const filters: Filter[] = [];
  for (const category of small.sample.categoryIds.keys()) {
    if (!big.sample.categoryIds.has(category)) continue;
    for (const width of [5000, 10000, 20000]) {
      for (let minPrice = 0; minPrice + width <= 30000; minPrice += 5000) {
        const f = { category, minPrice, maxPrice: minPrice + width };
        const [inBig, inSmall] = await Promise.all([
          rowsOf(big.base, filterQuery(f, big.sample.categoryIds) + suffix),
          rowsOf(small.base, filterQuery(f, small.sample.categoryIds) + suffix),
        ]);
        if (inBig === PAGE && inSmall === PAGE) filters.push(f);
      }
    }
  }
  return filters;
}

async function main(): Promise<void> {
  const servers: RunningServer[] = [];
  stopAllOnExit(() => servers);
  const big = await seedTo(DATABASE_URL, 100_000);
  const small = await seedTo(SMALL_DATABASE_URL, 1_000);
  process.stdout.write(`Catalogs: ${big} and ${small} active variants\n`);

  const app = join(ROOT, "dist/src/main.js");
  const start = async (name: string, port: number, env: NodeJS.ProcessEnv, args: string[]) => {
    const readyPath = args[0] === app ? "/api/v1/health/ready" : "/health";
    const s = await startServer({
      name,
      args,
      env,
      port,
      readyPath,
      cwd: ROOT,
      nodeArgs:
        args[0] === app ? [...STOREFRONT_NODE_FLAGS, ...SERVER_NODE_ARGS] : SERVER_NODE_ARGS,
    });
    servers.push(s);
    return s;
  };
  const baselineScript = join(ROOT, "dist/bench/baselines/catalog-server.js");
  const url = (name: string, db = DATABASE_URL) => withApplicationName(db, `bench-${name}`);
  const cached = await start("sf-cached", PORT, appEnv(url("sf-cached"), PORT, "60"), [app]);
  const uncached = await start("sf-uncached", PORT + 1, appEnv(url("sf-uncached"), PORT + 1, "0"), [
    app,
  ]);
  const baseEnv = (name: string, port: number, mode: string): NodeJS.ProcessEnv => ({
    ...process.env,
    PORT: String(port),
    DATABASE_URL: url(name),
    BASELINE_MODE: mode,
  });
  const raw = await start("baseline", PORT + 2, baseEnv("baseline", PORT + 2, "uncached"), [
    baselineScript,
  ]);
  const stat = await start("static", PORT + 3, baseEnv("static", PORT + 3, "static"), [
    baselineScript,
  ]);
  const smallUncached = await start(
    "sf-1k",
    PORT + 4,
    appEnv(url("sf-1k", SMALL_DATABASE_URL), PORT + 4, "0"),
    [app],
  );

  const monitor = new Client({ connectionString: DATABASE_URL });
  await monitor.connect();
  const bigSample = await sample(uncached.baseUrl);
  const { ids, categories } = bigSample;
  const smallSample = await sample(smallUncached.baseUrl);
  const fullPages = await fullPagesInBoth(
    { base: uncached.baseUrl, sample: bigSample },
    { base: smallUncached.baseUrl, sample: smallSample },
  );
  process.stdout.write(
    `Filling a page of ${PAGE} in both catalogs: ${fullPages.filters.length} filters ` +
      `(category, price range, in stock), search terms ${fullPages.terms.join(", ")}\n`,
  );
  const fullRegionFilters = await fullFiltersInBoth(
    { base: uncached.baseUrl, sample: bigSample },
    { base: smallUncached.baseUrl, sample: smallSample },
    `&region=${REGION}`,
  );
  if (fullRegionFilters.length === 0) throw new Error(`No filter fills a page in ${REGION}`);
  process.stdout.write(`... and in region ${REGION}: ${fullRegionFilters.length} filters\n`);

  const listPath = () => `/api/v1/products?limit=${PAGE}&sort=${pick(LIST_SORTS)}`;
  const searchIn = (terms: string[]) => () =>
    `/api/v1/products?limit=${PAGE}&q=${encodeURIComponent(pick(terms))}`;
  const searchPath = searchIn(SEARCH_TERMS);
  const filterPath = (cats: string[]) => () => {
    const min = 1000 * Math.floor(Math.random() * 20);
    return `/api/v1/products?limit=${PAGE}&categoryId=${pick(cats)}&minPrice=${min}&maxPrice=${min + 5000}&inStock=true&sort=price`;
  };
  // The size comparison: the same filters (by category name) and terms, all full pages.
  const fullFilterPath = (categoryIds: Map<string, string>) => () =>
    `/api/v1/products?${filterQuery(pick(fullPages.filters), categoryIds)}`;
  const fullRegionFilterPath = (categoryIds: Map<string, string>) => () =>
    `/api/v1/products?${filterQuery(pick(fullRegionFilters), categoryIds)}`;
  const getPath = () => `/api/v1/products/${pick(ids)}`;
  const inRegion = (path: () => string) => () => `${path()}&region=${REGION}`;

  const target = (server: RunningServer, label: string, path: () => string): Target => ({
    name: label,
    pid: server.pid,
    pg: new PgBackendMeter(monitor, `bench-${server.name}`),
    measure: async () => {
      const r = await runLoad({
        url: server.baseUrl,
        connections: CONNECTIONS,
        durationSeconds: DURATION,
        path,
      });
      return {
        count: r.requests,
        perSecond: r.requestsPerSecond,
        p50Ms: r.latencyMs.p50,
        p99Ms: r.latencyMs.p99,
        failures: r.non2xx + r.errors,
      };
    },
  });
  const onRun = (scenario: string) => (name: string, m: Measurement) =>
    process.stdout.write(`${formatRun(scenario, name, m)}\n`);

  // Warm-up: JIT, pools, prepared statements, caches.
  for (const [server, path] of [
    [cached, listPath],
    [uncached, listPath],
    [raw, listPath],
    [stat, listPath],
    [uncached, filterPath(categories)],
    [uncached, searchPath],
    [cached, getPath],
    [uncached, inRegion(listPath)],
    [uncached, inRegion(filterPath(categories))],
    [smallUncached, inRegion(filterPath(smallSample.categories))],
  ] as const) {
    await runLoad({ url: server.baseUrl, connections: CONNECTIONS, durationSeconds: 2, path });
  }

  const results: PairedResult[] = [];
  const pair = async (scenario: string, subject: Target, baseline: Target) => {
    if (ONLY && !ONLY.test(scenario)) return;
    const r = await runPairs(scenario, subject, baseline, PAIRS, onRun(scenario));
    results.push(r);
    process.stdout.write(`${formatPaired(r)}\n\n`);
  };
  await pair(
    "list uncached",
    target(uncached, "storefront", listPath),
    target(raw, "baseline", listPath),
  );
  await pair(
    "list cached",
    target(cached, "storefront", listPath),
    target(stat, "static", listPath),
  );
  await pair(
    "filter vs list",
    target(uncached, "filter", filterPath(categories)),
    target(uncached, "list", listPath),
  );
  await pair(
    "search vs list",
    target(uncached, "search", searchPath),
    target(uncached, "list", listPath),
  );
  await pair(
    "get-by-id cached vs static",
    target(cached, "get-by-id", getPath),
    target(stat, "static", listPath),
  );
  await pair(
    "search cached vs static",
    target(cached, "search", searchPath),
    target(stat, "static", listPath),
  );
  // The same filters and search terms on 1,000 variants against 100,000, each filling a page
  // of 20 on both: PostgreSQL ms per request.
  await pair(
    "filter 100k vs 1k",
    target(uncached, "filter-100k", fullFilterPath(bigSample.categoryIds)),
    target(smallUncached, "filter-1k", fullFilterPath(smallSample.categoryIds)),
  );
  await pair(
    "search 100k vs 1k",
    target(uncached, "search-100k", searchIn(fullPages.terms)),
    target(smallUncached, "search-1k", searchIn(fullPages.terms)),
  );

  // The same reads with a region given (GBP, which the variants are not priced in themselves):
  // the uncached list against the raw baseline running the same region statement, the filter
  // against that list, and the filter at 100,000 variants against 1,000 (PostgreSQL ms per
  // request; only filters that fill a page in GBP in both catalogs).
  await pair(
    "region list uncached",
    target(uncached, "storefront-gb", inRegion(listPath)),
    target(raw, "baseline-gb", inRegion(listPath)),
  );
  await pair(
    "region filter vs list",
    target(uncached, "filter-gb", inRegion(filterPath(categories))),
    target(uncached, "list-gb", inRegion(listPath)),
  );
  await pair(
    "region filter 100k vs 1k",
    target(uncached, "filter-gb-100k", inRegion(fullRegionFilterPath(bigSample.categoryIds))),
    target(smallUncached, "filter-gb-1k", inRegion(fullRegionFilterPath(smallSample.categoryIds))),
  );

  await monitor.end();
  for (const s of servers) await stopServer(s);

  const report = {
    benchmark: "catalog",
    command: "npm run bench:catalog",
    date: new Date().toISOString(),
    connections: CONNECTIONS,
    windowSeconds: DURATION,
    pairs: PAIRS,
    activeVariants: { large: big, small },
    // The filters and terms of the 100k-vs-1k pairs: each fills a page on both catalogs.
    fullPagesInBoth: fullPages,
    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? "unknown", node: process.version },
    redis: Boolean(process.env.BENCH_REDIS_URL),
    results,
  };
  const dir = join(ROOT, "bench", "results");
  mkdirSync(dir, { recursive: true });
  const file = ONLY ? "catalog-partial.json" : "catalog.json";
  writeFileSync(join(dir, file), `${JSON.stringify({ ...report, only: ONLY?.source }, null, 2)}\n`);
  process.stdout.write(`Wrote bench/results/${file}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Benchmark failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
