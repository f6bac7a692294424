// `npm run bench:checkout`: the whole buying path under load, against a raw baseline doing the
// same work, in one run. Boots Storefront (port BENCH_PORT, default 4301) and the fastify + pg
// baseline (bench/baselines/checkout-server.ts, port 4302) on the PostgreSQL at DATABASE_URL
// (default: the storefront_bench_checkout database, created when missing), each in a child
// process with a driver hook (bench/lib/statement-counter.ts) that counts the statements it
// sends. Customers register through Storefront; then, for BENCH_PAIRS rounds (order flipped
// each round), each server takes a BENCH_DURATION_SECONDS window in which every customer, in
// parallel with all the others, loops: add a random hot variant (POST /cart/items), check out
// (POST /orders with a fresh Idempotency-Key). Prints orders/s and the ratio to the baseline
// (min/median/max over the pairs), CPU ms per order (Node, PostgreSQL backends), statements
// per order, the share of orders seen waiting more than 20 ms on a row lock (sampled from
// pg_stat_activity) and of those whose stock statement took more than 20 ms all told, and
// writes them to bench/results/checkout.json. Then Storefront takes BENCH_PAIRS more pairs of
// windows against itself: with one automatic promotion active (10 % off every order) and
// without, so the cost of promotions is a ratio measured in the same run.
import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { cpus } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import { CHECKOUT_WRITE_SQL } from "../../src/orders/checkout/checkout.sql";
import { Measurement, formatPaired, formatRun, runPairs, stats, Target } from "../lib/pairs";
import { LockWaitSampler } from "../lib/lock-waits";
import { PgBackendMeter, ensureDatabase, withApplicationName } from "../lib/postgres";
import {
  RunningServer,
  STOREFRONT_NODE_FLAGS,
  startServer,
  stopAllOnExit,
  stopServer,
} from "../lib/server";
import { StatementCounts, diffCounts, readStatementCounts } from "../lib/statement-counter";

const ROOT = join(__dirname, "..", "..", "..");
// Extra Node flags for the Storefront process only, e.g. BENCH_NODE_ARGS="--cpu-prof".
const SERVER_NODE_ARGS = (process.env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean);
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 50);
const DURATION_SECONDS = Number(process.env.BENCH_DURATION_SECONDS ?? 10);
const PAIRS = Math.max(3, Number(process.env.BENCH_PAIRS ?? 3));
const VARIANTS = Number(process.env.BENCH_VARIANTS ?? 20);
const PORT = Number(process.env.BENCH_PORT ?? 4301);
const BASELINE_PORT = PORT + 1;
const COUNTER_PORT = PORT + 20;
const BASELINE_COUNTER_PORT = PORT + 21;
const SLOW_MS = 20;
const DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/storefront_bench_checkout";
const ADMIN = { email: "bench-admin@storefront.test", password: "bench-admin-password-0123" };
const ADDRESS = {
  fullName: "Bench Customer",
  line1: "1 Load Street",
  city: "Berlin",
  postalCode: "10115",
  country: "DE",
};
const COUNTER = join(ROOT, "dist/bench/lib/statement-counter.js");
// The statement that takes the hot stock rows' locks: its time bounds the lock wait.
const TIMED = `stock-write=${CHECKOUT_WRITE_SQL.trim().slice(0, 40)}`;

const agent = new Agent({ keepAlive: true, maxSockets: CUSTOMERS * 2 });

interface Reply {
  status: number;
  body: unknown;
}

/** One JSON request over a keep-alive connection (no fetch: its pool limits would skew latency). */
function call(
  port: number,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Reply> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        method,
        path,
        agent,
        headers: { ...(payload ? { "content-type": "application/json" } : {}), ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          resolve({
            status: res.statusCode ?? 0,
            body: text ? (JSON.parse(text) as unknown) : null,
          });
        });
      },
    );
    req.on("error", reject);
    if (payload) req.write(payload);
    req.end();
  });
}

const api = (method: string, path: string, body?: unknown, headers?: Record<string, string>) =>
  call(PORT, method, `/api/v1${path}`, body, headers);

async function expectOk(reply: Promise<Reply>, status: number, what: string): Promise<unknown> {
  const res = await reply;
  if (res.status !== status) {
    throw new Error(`${what}: expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`);
  }
  return res.body;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round(sorted[Math.max(0, index)] * 100) / 100;
}

async function inBatches<T>(count: number, size: number, work: (i: number) => Promise<T>) {
  const results: T[] = [];
  for (let start = 0; start < count; start += size) {
    const batch = Array.from({ length: Math.min(size, count - start) }, (_, k) => work(start + k));
    results.push(...(await Promise.all(batch)));
  }
  return results;
}

interface Customer {
  id: string;
  auth: Record<string, string>;
}

/** How one server is asked to add to the cart and check out. */
interface Flow {
  add: (c: Customer, variantId: string) => Promise<Reply>;
  checkout: (c: Customer) => Promise<Reply>;
}

const storefrontFlow: Flow = {
  add: (c, variantId) => api("POST", "/cart/items", { variantId, quantity: 1 }, c.auth),
  checkout: (c) =>
    api(
      "POST",
      "/orders",
      { shippingAddress: ADDRESS },
      { ...c.auth, "idempotency-key": randomUUID() },
    ),
};

const baselineFlow: Flow = {
  add: (c, variantId) =>
    call(BASELINE_PORT, "POST", "/cart/items", { variantId, quantity: 1 }, { "x-user-id": c.id }),
  checkout: (c) =>
    call(
      BASELINE_PORT,
      "POST",
      "/orders",
      { shippingAddress: ADDRESS },
      { "x-user-id": c.id, "idempotency-key": randomUUID() },
    ),
};

interface WindowStats {
  orders: number;
  statements: StatementCounts;
  /** Statements seen waiting on a row lock for more than 20 ms. */
  longLockWaits: number;
}

/** A target whose windows run with the automatic promotion switched on (or off) first. */
function withPromotion(base: Target, name: string, set: () => Promise<unknown>): Target {
  return {
    ...base,
    name,
    measure: async () => {
      await set();
      return base.measure();
    },
  };
}

/** Every customer loops add + checkout for the window; returns what was counted. */
async function loadWindow(flow: Flow, customers: Customer[], variantIds: string[]) {
  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
  const deadline = started + DURATION_SECONDS * 1000;
  await Promise.all(
    customers.map(async (customer) => {
      while (performance.now() < deadline) {
        const variantId = variantIds[Math.floor(Math.random() * variantIds.length)];
        const t0 = performance.now();
        const added = await flow.add(customer, variantId);
        if (added.status !== 201) {
          failures++;
          continue;
        }
        const placed = await flow.checkout(customer);
        if (placed.status !== 201) {
          failures++;
          continue;
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  return {
    count: sorted.length,
    perSecond: sorted.length / seconds,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    failures,
  };
}

function target(
  name: string,
  server: RunningServer,
  counterPort: number,
  flow: Flow,
  customers: Customer[],
  variantIds: string[],
  monitor: Client,
  sampler: Client,
  windows: WindowStats[],
): Target {
  const meter = new PgBackendMeter(monitor, `bench-${name}`);
  const waits = new LockWaitSampler(sampler, `bench-${name}`, SLOW_MS);
  return {
    name,
    pid: server.pid,
    pg: { start: () => meter.start(), stop: () => meter.stop() },
    measure: async () => {
      const before = await readStatementCounts(counterPort);
      waits.start();
      const measured = await loadWindow(flow, customers, variantIds);
      const longLockWaits = await waits.stop();
      const after = await readStatementCounts(counterPort);
      windows.push({
        orders: measured.count,
        statements: diffCounts(before, after),
        longLockWaits,
      });
      return measured;
    },
  };
}

function perOrder(windows: WindowStats[]) {
  const statements = stats(windows.map((w) => w.statements.statements / Math.max(w.orders, 1)));
  const slowShare = stats(
    windows.map((w) => {
      const timed = w.statements.timed["stock-write"];
      return timed ? timed.slow / Math.max(timed.count, 1) : 0;
    }),
  );
  const lockWaitOver20msShare = stats(windows.map((w) => w.longLockWaits / Math.max(w.orders, 1)));
  return { statements, lockWaitOver20msShare, stockStatementOver20msShare: slowShare };
}

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL || DEFAULT_DATABASE;
  await ensureDatabase(databaseUrl);
  const servers: RunningServer[] = [];
  stopAllOnExit(() => servers);
  const common = {
    ...process.env,
    NODE_ENV: "development",
    HOST: "127.0.0.1",
    DB_POOL_SIZE: process.env.DB_POOL_SIZE ?? "20",
    BENCH_TIMED_STATEMENTS: TIMED,
    BENCH_SLOW_STATEMENT_MS: String(SLOW_MS),
  };
  const storefront = await startServer({
    name: "storefront",
    args: [join(ROOT, "dist/src/main.js")],
    nodeArgs: [...STOREFRONT_NODE_FLAGS, ...SERVER_NODE_ARGS, "-r", COUNTER],
    cwd: ROOT,
    port: PORT,
    readyPath: "/api/v1/health/ready",
    readyTimeoutMs: 90_000,
    env: {
      ...common,
      DATABASE_URL: withApplicationName(databaseUrl, "bench-storefront"),
      PORT: String(PORT),
      BENCH_STATEMENTS_PORT: String(COUNTER_PORT),
      LOG_LEVEL: "warn",
      SEED_DEMO_DATA: "false",
      JOBS_ENABLED: "false",
      RATE_LIMIT_PER_MINUTE: "1000000",
      AUTH_RATE_LIMIT_PER_MINUTE: "1000000",
      // Bench customers never pay: lift the hoarding bounds.
      MAX_UNPAID_ORDERS_PER_CUSTOMER: "1000000",
      MAX_UNPAID_UNITS_PER_VARIANT: "1000000000",
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      JWT_SECRET: process.env.JWT_SECRET ?? "bench-secret-that-is-long-enough-for-hs256-0123456789",
    },
  });
  servers.push(storefront);
  const monitor = new Client({
    connectionString: withApplicationName(databaseUrl, "bench-monitor"),
  });
  await monitor.connect();
  // Its own connection, so sampling never queues behind the CPU meter's queries.
  const sampler = new Client({
    connectionString: withApplicationName(databaseUrl, "bench-sampler"),
  });
  await sampler.connect();
  try {
    const baseline = await startServer({
      name: "baseline",
      args: [join(ROOT, "dist/bench/baselines/checkout-server.js")],
      nodeArgs: ["-r", COUNTER],
      cwd: ROOT,
      port: BASELINE_PORT,
      readyPath: "/health",
      env: {
        ...common,
        DATABASE_URL: withApplicationName(databaseUrl, "bench-baseline"),
        PORT: String(BASELINE_PORT),
        BENCH_STATEMENTS_PORT: String(BASELINE_COUNTER_PORT),
      },
    });
    servers.push(baseline);

    const adminLogin = (await expectOk(api("POST", "/auth/login", ADMIN), 200, "admin login")) as {
      accessToken: string;
    };
    const adminAuth = { authorization: `Bearer ${adminLogin.accessToken}` };
    const run = randomUUID().slice(0, 8);
    const variantIds = await inBatches(VARIANTS, 10, async (i) => {
      const sku = `BENCH-${run}-${i}`;
      const product = (await expectOk(
        api(
          "POST",
          "/products",
          {
            name: `Bench product ${sku}`,
            status: "active",
            variants: [{ sku, price: 1000 + i, stock: 10_000_000 }],
          },
          adminAuth,
        ),
        201,
        "create product",
      )) as { variants: { id: string }[] };
      return product.variants[0].id;
    });

    process.stdout.write(`Registering ${CUSTOMERS} customers...\n`);
    const customers: Customer[] = await inBatches(CUSTOMERS, 10, async (i) => {
      const email = `bench-${run}-${i}@example.test`;
      const password = `Bench-Password-${run}-${i}`;
      const user = (await expectOk(
        api("POST", "/auth/register", { email, password, name: `Bench ${i}` }),
        201,
        "register",
      )) as { id: string };
      const tokens = (await expectOk(
        api("POST", "/auth/login", { email, password }),
        200,
        "login",
      )) as {
        accessToken: string;
      };
      const auth = { authorization: `Bearer ${tokens.accessToken}` };
      await expectOk(
        api("PUT", "/cart/shipping-method", { code: "standard" }, auth),
        200,
        "shipping",
      );
      return { id: user.id, auth };
    });

    // Statements per request, one customer alone (a warm session, as under load).
    const probe = customers[0];
    await expectOk(storefrontFlow.add(probe, variantIds[0]), 201, "warm add");
    await expectOk(storefrontFlow.checkout(probe), 201, "warm checkout");
    const s0 = await readStatementCounts(COUNTER_PORT);
    await expectOk(storefrontFlow.add(probe, variantIds[0]), 201, "probe add");
    const s1 = await readStatementCounts(COUNTER_PORT);
    await expectOk(storefrontFlow.checkout(probe), 201, "probe checkout");
    const s2 = await readStatementCounts(COUNTER_PORT);
    const probeCounts = {
      addToCart: diffCounts(s0, s1),
      checkout: diffCounts(s1, s2),
    };
    process.stdout.write(
      `statements: add to cart ${probeCounts.addToCart.statements}, checkout ${probeCounts.checkout.statements}\n`,
    );

    process.stdout.write(
      `${PAIRS} pairs of ${DURATION_SECONDS} s windows, ${CUSTOMERS} customers, ${VARIANTS} hot variants...\n`,
    );
    const storefrontWindows: WindowStats[] = [];
    const baselineWindows: WindowStats[] = [];
    const storefrontTarget = (windows: WindowStats[]) =>
      target(
        "storefront",
        storefront,
        COUNTER_PORT,
        storefrontFlow,
        customers,
        variantIds,
        monitor,
        sampler,
        windows,
      );
    const paired = await runPairs(
      "checkout",
      storefrontTarget(storefrontWindows),
      target(
        "baseline",
        baseline,
        BASELINE_COUNTER_PORT,
        baselineFlow,
        customers,
        variantIds,
        monitor,
        sampler,
        baselineWindows,
      ),
      PAIRS,
      (name, m: Measurement) => process.stdout.write(`${formatRun("checkout", name, m)}\n`),
    );

    // Created as a draft: the windows with it set it active, the windows without set it back.
    const promotion = (await expectOk(
      api(
        "POST",
        "/promotions",
        {
          name: `Bench automatic 10 % ${run}`,
          status: "draft",
          action: { type: "percentage_off_order", percentOff: 10 },
        },
        adminAuth,
      ),
      201,
      "create promotion",
    )) as { id: string };
    const setPromotion = (status: "active" | "draft") =>
      expectOk(
        api("PATCH", `/promotions/${promotion.id}`, { status }, adminAuth),
        200,
        "set promotion status",
      );
    await setPromotion("active");
    const p0 = await readStatementCounts(COUNTER_PORT);
    await expectOk(storefrontFlow.add(probe, variantIds[0]), 201, "probe add (promotion)");
    const p1 = await readStatementCounts(COUNTER_PORT);
    const discounted = (await expectOk(
      storefrontFlow.checkout(probe),
      201,
      "probe checkout (promotion)",
    )) as { discount: number };
    const p2 = await readStatementCounts(COUNTER_PORT);
    if (!(discounted.discount > 0)) throw new Error("the automatic promotion gave no discount");
    const promotedCounts = { addToCart: diffCounts(p0, p1), checkout: diffCounts(p1, p2) };
    process.stdout.write(
      `statements with an automatic promotion: add to cart ${promotedCounts.addToCart.statements}, checkout ${promotedCounts.checkout.statements}\n`,
    );
    const promotedWindows: WindowStats[] = [];
    const plainWindows: WindowStats[] = [];
    const promoted = await runPairs(
      "promotion",
      withPromotion(storefrontTarget(promotedWindows), "promoted", () => setPromotion("active")),
      withPromotion(storefrontTarget(plainWindows), "unpromoted", () => setPromotion("draft")),
      PAIRS,
      (name, m: Measurement) => process.stdout.write(`${formatRun("promotion", name, m)}\n`),
    );
    await setPromotion("draft");

    const result = {
      scenario:
        "add to cart + checkout, one customer per connection, against fastify + pg running the same statements",
      at: new Date().toISOString(),
      command:
        "DATABASE_URL=postgres://postgres@127.0.0.1:5432/storefront_bench_checkout npm run bench:checkout",
      customers: CUSTOMERS,
      variants: VARIANTS,
      windowSeconds: DURATION_SECONDS,
      pairs: PAIRS,
      ordersPerSecondRatio: paired.ratio,
      ratios: paired.ratios,
      storefront: { runs: paired.subjectRuns, ...perOrder(storefrontWindows) },
      baseline: { runs: paired.baselineRuns, ...perOrder(baselineWindows) },
      statementsPerRequest: {
        addToCart: probeCounts.addToCart.statements,
        checkout: probeCounts.checkout.statements,
        perOrder: probeCounts.addToCart.statements + probeCounts.checkout.statements,
        addToCartByKind: probeCounts.addToCart.byKind,
        checkoutByKind: probeCounts.checkout.byKind,
      },
      withAutomaticPromotion: {
        ordersPerSecondRatio: promoted.ratio,
        ratios: promoted.ratios,
        promoted: { runs: promoted.subjectRuns, ...perOrder(promotedWindows) },
        unpromoted: { runs: promoted.baselineRuns, ...perOrder(plainWindows) },
        statementsPerRequest: {
          addToCart: promotedCounts.addToCart.statements,
          checkout: promotedCounts.checkout.statements,
          checkoutByKind: promotedCounts.checkout.byKind,
        },
      },
      machine: { cpus: cpus().length, node: process.version },
      database: "postgresql",
      redis: Boolean(process.env.REDIS_URL),
    };
    const outDir = join(ROOT, "bench", "results");
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, "checkout.json"), `${JSON.stringify(result, null, 2)}\n`);
    const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
    process.stdout.write(
      [
        formatPaired(paired),
        formatPaired(promoted),
        `statements with an automatic promotion: add ${promotedCounts.addToCart.statements} + checkout ${promotedCounts.checkout.statements}`,
        `statements per order (probe): ${result.statementsPerRequest.perOrder} (add ${result.statementsPerRequest.addToCart} + checkout ${result.statementsPerRequest.checkout}); under load median ${result.storefront.statements.median.toFixed(2)} vs baseline ${result.baseline.statements.median.toFixed(2)}`,
        `orders that waited > ${SLOW_MS} ms on a row lock: storefront median ${pct(result.storefront.lockWaitOver20msShare.median)} (max ${pct(result.storefront.lockWaitOver20msShare.max)}), baseline median ${pct(result.baseline.lockWaitOver20msShare.median)}`,
        `orders whose stock statement took > ${SLOW_MS} ms (lock wait or waiting for CPU): storefront median ${pct(result.storefront.stockStatementOver20msShare.median)} (max ${pct(result.storefront.stockStatementOver20msShare.max)}), baseline median ${pct(result.baseline.stockStatementOver20msShare.median)}`,
        "Written to bench/results/checkout.json",
      ].join("\n") + "\n",
    );
  } finally {
    agent.destroy();
    await monitor.end();
    await sampler.end();
    for (const s of servers.reverse()) await stopServer(s);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
