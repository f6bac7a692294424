// `npm run bench:checkout`: the whole buying path under load. Boots the app on the PostgreSQL
// at DATABASE_URL (default: the storefront_bench_checkout database, created when missing) in a
// child process, so the load generator does not share its event loop. The admin creates a
// catalog of hot variants with deep stock; many customers register, choose a shipping method,
// then each one, in parallel with all the others, loops for a fixed time: add a random
// variant to the cart (POST /cart/items), check out (POST /orders with a fresh
// Idempotency-Key). Prints orders/s and p50/p99 latency (checkout request, add-to-cart request,
// and the whole path) and writes them to bench/results/checkout.json.
// The same load runs again with one automatic promotion active (10 % off every order), in
// alternating phases (without, with, without, with: BENCH_ROUNDS rounds of BENCH_DURATION_SECONDS
// each), so the cost of promotions is a ratio against a baseline measured in the same run.
import { ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { Agent, request } from "node:http";
import { Client } from "pg";

const ROOT = join(__dirname, "..", "..", "..");
// Extra Node flags for the server process only, e.g. BENCH_NODE_ARGS="--cpu-prof".
const SERVER_NODE_ARGS = (process.env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean);
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 50);
const DURATION_SECONDS = Number(process.env.BENCH_DURATION_SECONDS ?? 15);
const VARIANTS = Number(process.env.BENCH_VARIANTS ?? 20);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const PORT = Number(process.env.BENCH_PORT ?? 3918);
const DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/storefront_bench_checkout";
const ADMIN = { email: "bench-admin@storefront.test", password: "bench-admin-password-0123" };
const ADDRESS = {
  fullName: "Bench Customer",
  line1: "1 Load Street",
  city: "Berlin",
  postalCode: "10115",
  country: "DE",
};

const agent = new Agent({ keepAlive: true, maxSockets: CUSTOMERS * 2 });

interface Reply {
  status: number;
  body: unknown;
}

/** One JSON request over a keep-alive connection (no fetch: its pool limits would skew latency). */
function call(
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
        port: PORT,
        method,
        path: `/api/v1${path}`,
        agent,
        headers: {
          ...(payload ? { "content-type": "application/json" } : {}),
          ...headers,
        },
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

async function expectOk(reply: Promise<Reply>, status: number, what: string): Promise<unknown> {
  const res = await reply;
  if (res.status !== status) {
    throw new Error(`${what}: expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`);
  }
  return res.body;
}

async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = target.pathname.replace(/^\//, "");
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unexpected database name "${name}"`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
}

async function startServer(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...SERVER_NODE_ARGS, join(ROOT, "dist/src/main.js")], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}`);
    try {
      if ((await call("GET", "/health/ready")).status === 200) return child;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill("SIGTERM");
  throw new Error("The server did not become ready within 90 s");
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round(sorted[Math.max(0, index)] * 100) / 100;
}

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const average = sorted.reduce((s, v) => s + v, 0) / (sorted.length || 1);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    average: Math.round(average * 100) / 100,
    max: percentile(sorted, 100),
  };
}

async function inBatches<T>(count: number, size: number, work: (i: number) => Promise<T>) {
  const results: T[] = [];
  for (let start = 0; start < count; start += size) {
    const batch = Array.from({ length: Math.min(size, count - start) }, (_, k) => work(start + k));
    results.push(...(await Promise.all(batch)));
  }
  return results;
}

interface Phase {
  seconds: number;
  add: number[];
  checkout: number[];
  path: number[];
  discounted: number;
  failures: Record<string, number>;
}

type PhaseReport = ReturnType<typeof report>;

function emptyPhase(): Phase {
  return { seconds: 0, add: [], checkout: [], path: [], discounted: 0, failures: {} };
}

/** Every customer loops add-to-cart + checkout until the phase ends; adds to `into`. */
async function runPhase(
  customers: Record<string, string>[],
  variantIds: string[],
  into: Phase,
): Promise<void> {
  const fail = (what: string, status: number) => {
    const key = `${what} ${status}`;
    into.failures[key] = (into.failures[key] ?? 0) + 1;
  };
  const started = performance.now();
  const deadline = started + DURATION_SECONDS * 1000;
  await Promise.all(
    customers.map(async (auth) => {
      while (performance.now() < deadline) {
        const variantId = variantIds[Math.floor(Math.random() * variantIds.length)];
        const t0 = performance.now();
        const added = await call("POST", "/cart/items", { variantId, quantity: 1 }, auth);
        const t1 = performance.now();
        if (added.status !== 201) {
          fail("add-to-cart", added.status);
          continue;
        }
        into.add.push(t1 - t0);
        const placed = await call(
          "POST",
          "/orders",
          { shippingAddress: ADDRESS },
          { ...auth, "idempotency-key": randomUUID() },
        );
        const t2 = performance.now();
        if (placed.status !== 201) {
          fail("checkout", placed.status);
          continue;
        }
        into.checkout.push(t2 - t1);
        into.path.push(t2 - t0);
        if ((placed.body as { discount?: number }).discount) into.discounted += 1;
      }
    }),
  );
  into.seconds += (performance.now() - started) / 1000;
}

function report(phase: Phase) {
  return {
    durationSeconds: Math.round(phase.seconds * 100) / 100,
    orders: phase.checkout.length,
    discountedOrders: phase.discounted,
    ordersPerSecond: Math.round((phase.checkout.length / phase.seconds) * 10) / 10,
    latencyMs: {
      checkout: summary(phase.checkout),
      addToCart: summary(phase.add),
      wholePath: summary(phase.path),
    },
    failures: phase.failures,
  };
}

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL || DEFAULT_DATABASE;
  await ensureDatabase(databaseUrl);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "development",
    DATABASE_URL: databaseUrl,
    PORT: String(PORT),
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
    SEED_DEMO_DATA: "false",
    JOBS_ENABLED: "false",
    RATE_LIMIT_PER_MINUTE: "1000000",
    AUTH_RATE_LIMIT_PER_MINUTE: "1000000",
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    DB_POOL_SIZE: process.env.DB_POOL_SIZE ?? "20",
    JWT_SECRET: process.env.JWT_SECRET ?? "bench-secret-that-is-long-enough-for-hs256-0123456789",
  };
  const server = await startServer(env);
  try {
    const adminLogin = (await expectOk(call("POST", "/auth/login", ADMIN), 200, "admin login")) as {
      accessToken: string;
    };
    const adminAuth = { authorization: `Bearer ${adminLogin.accessToken}` };

    const run = randomUUID().slice(0, 8);
    const variantIds = await inBatches(VARIANTS, 10, async (i) => {
      const sku = `BENCH-${run}-${i}`;
      const product = (await expectOk(
        call(
          "POST",
          "/products",
          {
            name: `Bench product ${sku}`,
            status: "active",
            variants: [{ sku, price: 1000 + i, stock: 1_000_000 }],
          },
          adminAuth,
        ),
        201,
        "create product",
      )) as { variants: { id: string }[] };
      return product.variants[0].id;
    });

    process.stdout.write(`Registering ${CUSTOMERS} customers...\n`);
    const customers = await inBatches(CUSTOMERS, 10, async (i) => {
      const email = `bench-${run}-${i}@example.test`;
      const password = `Bench-Password-${run}-${i}`;
      await expectOk(
        call("POST", "/auth/register", { email, password, name: `Bench ${i}` }),
        201,
        "register",
      );
      const tokens = (await expectOk(
        call("POST", "/auth/login", { email, password }),
        200,
        "login",
      )) as { accessToken: string };
      const auth = { authorization: `Bearer ${tokens.accessToken}` };
      await expectOk(
        call("PUT", "/cart/shipping-method", { code: "standard" }, auth),
        200,
        "shipping",
      );
      return auth;
    });

    // Created as a draft; each phase with the promotion sets it active, each phase without
    // sets it back to draft.
    const promotion = (await expectOk(
      call(
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
        call("PATCH", `/promotions/${promotion.id}`, { status }, adminAuth),
        200,
        "set promotion status",
      );

    const phases = { without: emptyPhase(), with: emptyPhase() };
    for (let round = 1; round <= ROUNDS; round++) {
      for (const mode of ["without", "with"] as const) {
        await setPromotion(mode === "with" ? "active" : "draft");
        process.stdout.write(
          `Round ${round}/${ROUNDS}, ${mode} the automatic promotion: ${CUSTOMERS} customers for ${DURATION_SECONDS} s...\n`,
        );
        await runPhase(customers, variantIds, phases[mode]);
      }
    }
    await setPromotion("draft");

    const base = report(phases.without);
    const promoted = report(phases.with);
    const ratio = Math.round((promoted.ordersPerSecond / base.ordersPerSecond) * 1000) / 1000;
    const result = {
      scenario: "add to cart + checkout, one customer per connection",
      at: new Date().toISOString(),
      customers: CUSTOMERS,
      variants: VARIANTS,
      rounds: ROUNDS,
      ...base,
      withAutomaticPromotion: { ...promoted, ordersPerSecondRatio: ratio },
      machine: { cpus: cpus().length, node: process.version },
      database: "postgresql",
      redis: Boolean(process.env.REDIS_URL),
    };
    const outDir = join(ROOT, "bench", "results");
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, "checkout.json"), `${JSON.stringify(result, null, 2)}\n`);
    const lines = (label: string, r: PhaseReport) => {
      const c = r.latencyMs;
      return [
        `${label} orders/s: ${r.ordersPerSecond} (${r.orders} orders in ${r.durationSeconds} s, ${CUSTOMERS} customers, ${r.discountedOrders} discounted)`,
        `  checkout     p50 ${c.checkout.p50} ms  p99 ${c.checkout.p99} ms`,
        `  add to cart  p50 ${c.addToCart.p50} ms  p99 ${c.addToCart.p99} ms`,
        `  whole path   p50 ${c.wholePath.p50} ms  p99 ${c.wholePath.p99} ms`,
        `  failures: ${JSON.stringify(r.failures)}`,
      ];
    };
    process.stdout.write(
      [
        ...lines("without promotion:", base),
        ...lines("with an automatic promotion:", promoted),
        `orders/s with / without: ${ratio}`,
        "Written to bench/results/checkout.json",
      ].join("\n") + "\n",
    );
  } finally {
    agent.destroy();
    await stopServer(server);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
