// `npm run bench:catalog`: the catalog under load. Boots the app on the PostgreSQL at
// DATABASE_URL (in a child process, so the load generator does not share its event loop),
// seeds 100,000 variants if the catalog has fewer, then runs list / search / filter /
// get-by-id at 50 connections, once with the catalog cache on and once with it off (every
// request hits PostgreSQL). Prints requests/s and p50/p99 latency per scenario and writes
// them to bench/results/catalog.json.
import { ChildProcess, spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { Client } from "pg";

interface Histogram {
  average: number;
  p50: number;
  p99: number;
}
interface AutocannonResult {
  requests: Histogram & { total: number };
  latency: Histogram & { max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  requests?: { setupRequest: (req: { path: string }) => { path: string } }[];
}
// autocannon ships no types; this is the part of its API used here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require("autocannon") as (opts: AutocannonOptions) => Promise<AutocannonResult>;

const ROOT = join(__dirname, "..", "..", "..");
// Extra Node flags for the server process only, e.g. BENCH_NODE_ARGS="--cpu-prof".
const SERVER_NODE_ARGS = (process.env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean);
const TARGET_VARIANTS = 100_000;
const VARIANTS_PER_PRODUCT = 2;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION = Number(process.env.BENCH_DURATION_SECONDS ?? 10);
const PORT = Number(process.env.BENCH_PORT ?? 3917);
const BASE = `http://127.0.0.1:${PORT}/api/v1`;
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

interface ScenarioResult {
  scenario: string;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; average: number; max: number };
  requests: number;
  non2xx: number;
  errors: number;
}

function pick<T>(list: T[]): T {
  return list[Math.floor(Math.random() * list.length)];
}

async function countVariants(databaseUrl: string): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
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

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: "inherit" });
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(" ")} exited with ${code}`)),
    );
  });
}

async function startServer(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...SERVER_NODE_ARGS, join(ROOT, "dist/src/main.js")], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${BASE}/health/ready`);
      if (res.ok) return child;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill("SIGTERM");
  throw new Error("The server did not become ready within 60 s");
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(`${BASE}${path}`);
  if (!res.ok) throw new Error(`GET ${path}: ${res.status}`);
  return (await res.json()) as T;
}

async function sample(): Promise<{ ids: string[]; categories: string[] }> {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 5; i++) {
    const page: { data: { id: string }[]; nextCursor: string | null } = await getJson(
      `/products?limit=100&sort=name${cursor ? `&cursor=${cursor}` : ""}`,
    );
    ids.push(...page.data.map((p) => p.id));
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  interface Node {
    id: string;
    children: Node[];
  }
  const tree = await getJson<Node[]>("/categories");
  const categories = tree.flatMap((n) => [n.id, ...n.children.map((c) => c.id)]);
  return { ids, categories };
}

async function scenario(name: string, paths: () => string): Promise<ScenarioResult> {
  const result = await autocannon({
    url: BASE,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [{ setupRequest: (req) => ({ ...req, path: `/api/v1${paths()}` }) }],
  });
  return {
    scenario: name,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: {
      p50: result.latency.p50,
      p99: result.latency.p99,
      average: result.latency.average,
      max: result.latency.max,
    },
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("Set DATABASE_URL to the PostgreSQL database to benchmark");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "development",
    HOST: "127.0.0.1",
    PORT: String(PORT),
    LOG_LEVEL: "warn",
    SEED_DEMO_DATA: "false",
    JOBS_ENABLED: "false",
    RATE_LIMIT_PER_MINUTE: "1000000",
    JWT_SECRET: process.env.JWT_SECRET ?? "bench-secret-that-is-long-enough-for-hs256-0123456789",
  };

  // The migrations run on the first start; seed afterwards if the catalog is small.
  const variants = await countVariants(databaseUrl);
  if (variants < TARGET_VARIANTS) {
    const products = Math.ceil((TARGET_VARIANTS - variants) / VARIANTS_PER_PRODUCT);
    process.stdout.write(`Seeding ${products} products (${variants} active variants found)\n`);
    await run(
      process.execPath,
      [
        join(ROOT, "dist/src/cli/seed.js"),
        "--products",
        String(products),
        "--variants-per-product",
        String(VARIANTS_PER_PRODUCT),
      ],
      env,
    );
  }
  const total = await countVariants(databaseUrl);
  process.stdout.write(`Catalog: ${total} active variants\n`);

  const modes = [
    { mode: "cached", ttl: "60" },
    { mode: "uncached", ttl: "0" },
  ];
  const results: Record<string, ScenarioResult[]> = {};
  for (const { mode, ttl } of modes) {
    const server = await startServer({ ...env, CATALOG_CACHE_TTL_SECONDS: ttl });
    try {
      const { ids, categories } = await sample();
      const scenarios: [string, () => string][] = [
        [
          "list",
          () => `/products?limit=20&sort=${pick(["-createdAt", "price", "-price", "name"])}`,
        ],
        ["search", () => `/products?limit=20&q=${encodeURIComponent(pick(SEARCH_TERMS))}`],
        [
          "filter",
          () => {
            const min = 1000 * Math.floor(Math.random() * 20);
            return `/products?limit=20&categoryId=${pick(categories)}&minPrice=${min}&maxPrice=${min + 5000}&inStock=true&sort=price`;
          },
        ],
        ["get-by-id", () => `/products/${pick(ids)}`],
      ];
      // Warm-up (JIT, connection pool, caches).
      await scenario("warm-up", scenarios[0][1]);
      results[mode] = [];
      for (const [name, paths] of scenarios) {
        const r = await scenario(name, paths);
        results[mode].push(r);
        process.stdout.write(
          `${mode.padEnd(9)} ${name.padEnd(10)} ${String(r.requestsPerSecond).padStart(7)} req/s   p50 ${String(r.latencyMs.p50).padStart(4)} ms   p99 ${String(r.latencyMs.p99).padStart(4)} ms   non-2xx ${r.non2xx}   errors ${r.errors}\n`,
        );
      }
    } finally {
      await stopServer(server);
    }
  }

  const report = {
    benchmark: "catalog",
    date: new Date().toISOString(),
    connections: CONNECTIONS,
    durationSeconds: DURATION,
    activeVariants: total,
    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? "unknown", node: process.version },
    redis: Boolean(process.env.REDIS_URL),
    results,
  };
  const dir = join(ROOT, "bench", "results");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "catalog.json"), `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`Wrote bench/results/catalog.json\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Benchmark failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
