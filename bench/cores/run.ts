// `npm run bench:cores`: the same load against 1 and then 2 HTTP processes on one port
// (WEB_CONCURRENCY, Node's cluster module), in one run so the two figures share the machine's
// state: checkout orders/s (customers in parallel: add to cart, check out) and catalog list
// requests/s (autocannon). PostgreSQL at BENCH_DATABASE_URL (default storefront_bench_cores,
// recreated). Writes bench/results/cores.json. Port 4460 (BENCH_PORT).
import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import {
  dropDatabase,
  freshDatabase,
  JsonClient,
  ROOT,
  sleep,
  startServer,
  stopServer,
  summary,
} from "../support/harness";

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}
// autocannon ships no types; this is the part of its API used here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require("autocannon") as (opts: {
  url: string;
  connections: number;
  duration: number;
}) => Promise<AutocannonResult>;

const PORT = Number(process.env.BENCH_PORT ?? 4460);
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 40);
const DURATION_SECONDS = Number(process.env.BENCH_DURATION_SECONDS ?? 15);
const DATABASE_URL =
  process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/storefront_bench_cores";
const ADMIN = { email: "cores-admin@storefront.test", password: "cores-admin-password-0123" };
const ADDRESS = {
  fullName: "Bench",
  line1: "1 Core Street",
  city: "Berlin",
  postalCode: "10115",
  country: "DE",
};

async function measure(processes: number) {
  const server = await startServer(`storefront x${processes}`, PORT, {
    PATH: process.env.PATH,
    NODE_ENV: "development",
    ROLE: "api",
    WEB_CONCURRENCY: String(processes),
    DATABASE_URL,
    REDIS_URL: process.env.REDIS_URL ?? "",
    REDIS_KEY_PREFIX: `storefront-bench-cores-${randomUUID().slice(0, 8)}:`,
    LOG_LEVEL: "warn",
    SEED_DEMO_DATA: "false",
    RATE_LIMIT_PER_MINUTE: "1000000",
    AUTH_RATE_LIMIT_PER_MINUTE: "1000000",
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    // The same connections to PostgreSQL in total, whatever the process count.
    DB_POOL_SIZE: String(Math.ceil(20 / processes)),
    JWT_SECRET: "bench-secret-that-is-long-enough-for-hs256-0123456789",
  });
  const client = new JsonClient(PORT, CUSTOMERS * 2);
  try {
    // Every worker of the cluster must be up, not only the first that answered.
    await sleep(processes > 1 ? 10_000 : 1000);
    const admin = (await client.expect(
      200,
      "admin login",
      client.call("POST", "/auth/login", ADMIN),
    )) as { accessToken: string };
    const adminAuth = { authorization: `Bearer ${admin.accessToken}` };
    const run = randomUUID().slice(0, 8);
    const variants = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const sku = `CORES-${run}-${i}`;
        const body = (await client.expect(
          201,
          "product",
          client.call(
            "POST",
            "/products",
            {
              name: `Cores ${sku}`,
              status: "active",
              variants: [{ sku, price: 1000 + i, stock: 1_000_000 }],
            },
            adminAuth,
          ),
        )) as { variants: { id: string }[] };
        return body.variants[0].id;
      }),
    );
    const customers = await Promise.all(
      Array.from({ length: CUSTOMERS }, async (_, i) => {
        const email = `cores-${run}-${i}@example.test`;
        const password = `Cores-Password-${run}-${i}`;
        await client.expect(
          201,
          "register",
          client.call("POST", "/auth/register", { email, password, name: "Bench" }),
        );
        const tokens = (await client.expect(
          200,
          "login",
          client.call("POST", "/auth/login", { email, password }),
        )) as { accessToken: string };
        const auth = { authorization: `Bearer ${tokens.accessToken}` };
        await client.expect(
          200,
          "shipping",
          client.call("PUT", "/cart/shipping-method", { code: "standard" }, auth),
        );
        return auth;
      }),
    );

    const latencies: number[] = [];
    let failures = 0;
    const started = performance.now();
    const deadline = started + DURATION_SECONDS * 1000;
    await Promise.all(
      customers.map(async (auth) => {
        while (performance.now() < deadline) {
          const t0 = performance.now();
          const variantId = variants[Math.floor(Math.random() * variants.length)];
          const added = await client.call("POST", "/cart/items", { variantId, quantity: 1 }, auth);
          const placed =
            added.status === 201
              ? await client.call(
                  "POST",
                  "/orders",
                  { shippingAddress: ADDRESS },
                  { ...auth, "idempotency-key": randomUUID() },
                )
              : added;
          if (placed.status === 201) latencies.push(performance.now() - t0);
          else failures += 1;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const list = await autocannon({
      url: `http://127.0.0.1:${PORT}/api/v1/products?limit=20`,
      connections: 50,
      duration: DURATION_SECONDS,
    });
    return {
      processes,
      ordersPerSecond: Math.round((latencies.length / seconds) * 10) / 10,
      orderPathLatencyMs: summary(latencies),
      checkoutFailures: failures,
      listRequestsPerSecond: Math.round(list.requests.average),
      listLatencyMs: { p50: list.latency.p50, p99: list.latency.p99 },
      listNon2xx: list.non2xx,
      listErrors: list.errors,
    };
  } finally {
    client.close();
    await stopServer(server);
  }
}

async function main(): Promise<void> {
  await freshDatabase(DATABASE_URL);
  try {
    const one = await measure(1);
    process.stdout.write(`1 process: ${JSON.stringify(one)}\n`);
    const two = await measure(2);
    process.stdout.write(`2 processes: ${JSON.stringify(two)}\n`);
    const result = {
      benchmark: "one port, 1 and 2 HTTP processes (WEB_CONCURRENCY)",
      at: new Date().toISOString(),
      customers: CUSTOMERS,
      durationSeconds: DURATION_SECONDS,
      results: [one, two],
      ratios: {
        ordersPerSecond: Math.round((two.ordersPerSecond / one.ordersPerSecond) * 100) / 100,
        listRequestsPerSecond:
          Math.round((two.listRequestsPerSecond / one.listRequestsPerSecond) * 100) / 100,
      },
      machine: { cpus: cpus().length, node: process.version, loadAverage1m: loadavg()[0] },
      redis: Boolean(process.env.REDIS_URL),
    };
    const outDir = join(ROOT, "bench", "results");
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, "cores.json"), `${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(
      `ratios (2 / 1): ${JSON.stringify(result.ratios)}\nWritten to bench/results/cores.json\n`,
    );
  } finally {
    await dropDatabase(DATABASE_URL).catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
