// `npm run cluster:test` (or scripts/cluster-test, which installs nginx first): Storefront as
// several instances behind a real nginx, on this machine's PostgreSQL and Redis. Starts three
// API instances and one worker (their own database, storefront_cluster_test, and their own
// Redis key prefix), nginx in front of the API instances, then customers buy in parallel
// through nginx (add to cart, check out, pay) while one instance is sent SIGTERM and another
// SIGKILL mid-run (both are started again). Every call the API takes an Idempotency-Key for
// carries one, so nginx re-sends it when the instance it went to dies. Then checks: no
// request failed other than those in flight on the killed instance (told from nginx's access
// log, which names the instances each request was sent to); stock equals the ledger; every
// paid order has exactly one succeeded charge; no payment succeeded without its order paid;
// the outbox is drained; a price changed through one instance is seen through all within a
// second; login locks and rate budgets are shared. Writes figures to
// bench/results/cluster.json; exits 1 on a failed check. Ports: nginx 4450, API 4451-4453,
// worker 4454 (CLUSTER_BASE_PORT moves them).
import { ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import {
  dropDatabase,
  freshDatabase,
  JsonClient,
  Reply,
  ROOT,
  Server,
  sleep,
  startServer,
  stopServer,
  summary,
} from "../support/harness";

const BASE_PORT = Number(process.env.CLUSTER_BASE_PORT ?? 4450);
const NGINX_PORT = BASE_PORT;
const API_PORTS = [BASE_PORT + 1, BASE_PORT + 2, BASE_PORT + 3];
const WORKER_PORT = BASE_PORT + 4;
const CUSTOMERS = Number(process.env.CLUSTER_CUSTOMERS ?? 30);
const DURATION_MS = Number(process.env.CLUSTER_DURATION_SECONDS ?? 40) * 1000;
const SIGTERM_AT_MS = DURATION_MS * 0.3;
const SIGKILL_AT_MS = DURATION_MS * 0.6;
const DATABASE_URL =
  process.env.CLUSTER_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/storefront_cluster_test";
const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379";
const AUTH_RATE_LIMIT = 20;
const LOGIN_MAX_FAILURES = 5;
const ADMIN = { email: "cluster-admin@storefront.test", password: "cluster-admin-password-0123" };
const ADDRESS = {
  fullName: "Cluster Customer",
  line1: "1 Balancer Road",
  city: "Berlin",
  postalCode: "10115",
  country: "DE",
};
const PAID_STATUSES = ["paid", "shipped", "delivered", "refunded", "partially_refunded"];

interface Sample {
  kind: string;
  /** Sent as X-Request-Id, which nginx passes on and logs. */
  requestId: string;
  /** For a client's retry with the same key: the request id of the first try. */
  retryOf?: string;
  status: number;
  /** The problem document's `code`, when a failure has one. */
  code?: string;
  start: number;
  end: number;
}

function findNginx(): string {
  const found = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((path) => existsSync(path));
  if (!found)
    throw new Error("nginx is not installed: run scripts/cluster-test, which installs it");
  return found;
}

/**
 * deploy/nginx/storefront.conf as shipped (only its port changed), after deploy/nginx's own
 * upstream with its one `server` line replaced by our instances, on the same parameters. The
 * access log notes, per request id, which instances nginx tried and what each answered.
 */
function startNginx(dir: string): ChildProcess {
  const site = readFileSync(join(ROOT, "deploy/nginx/storefront.conf"), "utf8").replace(
    /listen 8080;/,
    `listen 127.0.0.1:${NGINX_PORT};`,
  );
  if (!site.includes(`listen 127.0.0.1:${NGINX_PORT};`))
    throw new Error("storefront.conf has no `listen 8080;`");
  writeFileSync(join(dir, "storefront.conf"), site);
  const shipped = readFileSync(join(ROOT, "deploy/nginx/upstream.compose.conf"), "utf8");
  const serverLine = /^(\s*)server api:3000 (.*);$/m.exec(shipped);
  if (!serverLine) throw new Error("upstream.compose.conf has no `server api:3000 ...;`");
  const upstream = shipped.replace(
    serverLine[0],
    API_PORTS.map((port) => `${serverLine[1]}server 127.0.0.1:${port} ${serverLine[2]};`).join(
      "\n",
    ),
  );
  writeFileSync(join(dir, "upstream.conf"), upstream);
  writeFileSync(
    join(dir, "nginx.conf"),
    [
      "worker_processes 2;",
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log warn;`,
      "events { worker_connections 4096; }",
      "http {",
      `  log_format upstreams '$storefront_request_id $status "$upstream_addr" "$upstream_status"';`,
      `  access_log ${dir}/access.log upstreams;`,
      ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(
        (p) => `  ${p}_temp_path ${dir}/${p}_temp;`,
      ),
      `  include ${dir}/upstream.conf;`,
      `  include ${dir}/storefront.conf;`,
      "}",
      "",
    ].join("\n"),
  );
  const nginx = findNginx();
  execFileSync(nginx, ["-t", "-q", "-p", dir, "-c", join(dir, "nginx.conf")], { stdio: "inherit" });
  return spawn(nginx, ["-p", dir, "-c", join(dir, "nginx.conf"), "-g", "daemon off;"], {
    stdio: "inherit",
  });
}

interface Attempts {
  /** nginx's answer to the client. */
  status: number;
  /** Each instance nginx sent the request to, in order, with what it got from it. */
  tries: { port: number; status: string }[];
}

/** The access log, by request id: which instances each request went to. */
function readAccessLog(dir: string): Map<string, Attempts> {
  const byId = new Map<string, Attempts>();
  for (const line of readFileSync(join(dir, "access.log"), "utf8").split("\n")) {
    const match = /^(\S+) (\d+) "([^"]*)" "([^"]*)"$/.exec(line);
    if (!match) continue;
    // Several tries are listed as "a, b" (" : " would separate internal redirects).
    const ports = match[3] === "-" ? [] : match[3].split(/, | : /);
    const statuses = match[4].split(/, | : /);
    byId.set(match[1], {
      status: Number(match[2]),
      tries: ports.map((address, i) => ({
        port: Number(address.slice(address.lastIndexOf(":") + 1)),
        status: statuses[i] ?? "-",
      })),
    });
  }
  return byId;
}

async function main(): Promise<void> {
  const run = randomUUID().slice(0, 8);
  const common: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    NODE_ENV: "production",
    LOG_LEVEL: "error",
    DATABASE_URL,
    REDIS_URL,
    REDIS_KEY_PREFIX: `storefront-cluster-${run}:`,
    TRUSTED_PROXIES: "127.0.0.1",
    JWT_SECRET: "cluster-test-secret-that-is-long-enough-0123456789",
    PAYMENT_WEBHOOK_SECRET: "whsec_cluster_test",
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    SEED_DEMO_DATA: "false",
    RATE_LIMIT_PER_MINUTE: "1000000",
    AUTH_RATE_LIMIT_PER_MINUTE: String(AUTH_RATE_LIMIT),
    LOGIN_MAX_FAILURES: String(LOGIN_MAX_FAILURES),
    DB_POOL_SIZE: "6",
    SHUTDOWN_GRACE_SECONDS: "2",
    SHUTDOWN_TIMEOUT_MS: "10000",
    // Production refuses the sandbox provider unless asked for it deliberately.
    PAYMENT_PROVIDER: "sandbox",
    SANDBOX_IN_PRODUCTION: "true",
    SANDBOX_WEBHOOK_DELAY_MS: "100",
    PAYMENT_UNKNOWN_OUTCOME_RECHECK_SECONDS: "5",
  };
  const apiEnv = { ...common, ROLE: "api" };
  const workerEnv = {
    ...common,
    ROLE: "worker",
    JOB_INTERVAL_MS: "2000",
    OUTBOX_INTERVAL_MS: "500",
    PAYMENT_RECONCILE_INTERVAL_MS: "1000",
  };

  await freshDatabase(DATABASE_URL);
  const dir = mkdtempSync(join(tmpdir(), "storefront-cluster-"));
  chmodSync(dir, 0o755);
  const servers: Server[] = [];
  let nginx: ChildProcess | undefined;
  const lb = new JsonClient(NGINX_PORT, CUSTOMERS * 3);
  const direct = API_PORTS.map((port) => new JsonClient(port, 10));
  const checks: Record<string, { pass: boolean; detail: unknown }> = {};
  const check = (name: string, pass: boolean, detail: unknown) => {
    checks[name] = { pass, detail };
    process.stdout.write(`${pass ? "PASS" : "FAIL"} ${name}: ${JSON.stringify(detail)}\n`);
  };
  try {
    process.stdout.write("Starting 3 API instances and 1 worker...\n");
    // The first migrates; the others find nothing to do (they would also wait on the lock).
    servers.push(await startServer("api-1", API_PORTS[0], apiEnv));
    servers.push(
      ...(await Promise.all([
        startServer("api-2", API_PORTS[1], apiEnv),
        startServer("api-3", API_PORTS[2], apiEnv),
        startServer("worker", WORKER_PORT, workerEnv),
      ])),
    );
    nginx = startNginx(dir);
    await sleep(500);
    await lb.expect(200, "nginx to an instance", lb.call("GET", "/health/ready"));

    const adminTokens = (await lb.expect(
      200,
      "admin login",
      lb.call("POST", "/auth/login", ADMIN, { "x-forwarded-for": "10.0.0.1" }),
    )) as { accessToken: string };
    const admin = { authorization: `Bearer ${adminTokens.accessToken}` };
    const products = await Promise.all(
      Array.from({ length: 10 }, async (_, i) => {
        const sku = `CLUSTER-${run}-${i}`;
        const body = (await lb.expect(
          201,
          "create product",
          lb.call(
            "POST",
            "/products",
            {
              name: `Cluster ${sku}`,
              status: "active",
              variants: [{ sku, price: 1000 + i, stock: 100_000 }],
            },
            admin,
          ),
        )) as { id: string; variants: { id: string }[] };
        return { productId: body.id, variantId: body.variants[0].id };
      }),
    );

    process.stdout.write(`Registering ${CUSTOMERS} customers through nginx...\n`);
    const customers = await Promise.all(
      Array.from({ length: CUSTOMERS }, async (_, i) => {
        const ip = { "x-forwarded-for": `10.1.${Math.floor(i / 250)}.${(i % 250) + 1}` };
        const email = `cluster-${run}-${i}@example.test`;
        const password = `Cluster-Password-${run}-${i}`;
        await lb.expect(
          201,
          "register",
          lb.call("POST", "/auth/register", { email, password, name: `Customer ${i}` }, ip),
        );
        const tokens = (await lb.expect(
          200,
          "login",
          lb.call("POST", "/auth/login", { email, password }, ip),
        )) as { accessToken: string };
        const auth = { ...ip, authorization: `Bearer ${tokens.accessToken}` };
        await lb.expect(
          200,
          "shipping",
          lb.call("PUT", "/cart/shipping-method", { code: "standard" }, auth),
        );
        return auth;
      }),
    );

    process.stdout.write(
      `Buying through nginx for ${DURATION_MS / 1000} s; SIGTERM api-2 at ${SIGTERM_AT_MS / 1000} s, SIGKILL api-3 at ${SIGKILL_AT_MS / 1000} s...\n`,
    );
    const samples: Sample[] = [];
    const started = performance.now();
    const now = () => performance.now() - started;
    const timed = async (
      kind: string,
      reply: (requestId: { "x-request-id": string }) => Promise<Reply>,
      retryOf?: string,
      requestId = randomUUID(),
    ): Promise<Reply> => {
      const start = now();
      const res = await reply({ "x-request-id": requestId });
      const code = (res.body as { code?: unknown } | null)?.code;
      samples.push({
        kind,
        requestId,
        retryOf,
        status: res.status,
        code: typeof code === "string" ? code : undefined,
        start,
        end: now(),
      });
      return res;
    };
    /**
     * A POST as a careful client sends it: with an Idempotency-Key (every call here that the
     * API takes one for), so nginx may re-send it when an instance dies under it; and, when the
     * key is still held by an attempt that has not finished (409 idempotency_key_in_use, e.g.
     * on an instance that was killed), again with the same key after Retry-After. The first
     * answer is a sample of its own kind; the retries are "<kind> retry" samples.
     */
    const keyed = async (
      kind: string,
      path: string,
      body: unknown,
      auth: Record<string, string>,
    ): Promise<Reply> => {
      const key = { "idempotency-key": randomUUID() };
      const send = (id: Record<string, string>) =>
        lb.call("POST", path, body, { ...auth, ...id, ...key });
      const first = randomUUID();
      let res = await timed(kind, send, undefined, first);
      for (let retry = 0; retry < 20 && isKeyInUse(res); retry++) {
        await sleep(Number(res.headers["retry-after"] ?? 1) * 1000);
        res = await timed(`${kind} retry`, send, first);
      }
      return res;
    };
    const events: Record<string, number> = {};
    const sigterm = (async () => {
      await sleep(SIGTERM_AT_MS);
      events.sigtermAt = now();
      const exit = await stopServer(servers[1], "SIGTERM");
      events.sigtermExitedAt = now();
      events.sigtermExitCode = Number(exit);
      servers[1] = await startServer("api-2", API_PORTS[1], apiEnv);
      events.sigtermReadyAgainAt = now();
    })();
    const sigkill = (async () => {
      await sleep(SIGKILL_AT_MS);
      events.sigkillAt = now();
      await stopServer(servers[2], "SIGKILL");
      await sleep(2000);
      servers[2] = await startServer("api-3", API_PORTS[2], apiEnv);
      events.sigkillReadyAgainAt = now();
    })();
    await Promise.all(
      customers.map(async (auth) => {
        while (now() < DURATION_MS) {
          const { variantId } = products[Math.floor(Math.random() * products.length)];
          const added = await keyed("add-to-cart", "/cart/items", { variantId, quantity: 1 }, auth);
          if (added.status !== 201) continue;
          const placed = await keyed("checkout", "/orders", { shippingAddress: ADDRESS }, auth);
          if (placed.status !== 201) continue;
          const orderId = (placed.body as { id: string }).id;
          await keyed(
            "pay",
            `/orders/${orderId}/payments`,
            { paymentMethod: "pm_card_visa" },
            auth,
          );
        }
      }),
    );
    const elapsed = now() / 1000;
    await Promise.all([sigterm, sigkill]);

    // Failures by cause, from nginx's access log: which instances each request was sent to.
    // A failure is "in flight on the SIGKILLed instance" only when nginx sent it to that
    // instance and it was running when the kill came; anything else fails the check.
    const log = readAccessLog(dir);
    const killedPort = API_PORTS[2];
    const stoppedPort = API_PORTS[1];
    const expected: Record<string, number> = { 201: 0 };
    const failures: Record<string, Record<string, number>> = {};
    const resent = { requests: 0, succeeded: 0, byStatusOfFirstTry: {} as Record<string, number> };
    const ok = (s: Sample) => s.status === 201;
    const causeOf = new Map<string, string>();
    const retriesByOutcome: Record<string, Record<string, number>> = {};
    for (const s of samples) {
      const attempts = log.get(s.requestId);
      if (attempts && attempts.tries.length > 1) {
        resent.requests += 1;
        if (ok(s)) resent.succeeded += 1;
        const first = `${s.kind} ${attempts.tries[0].status}`;
        resent.byStatusOfFirstTry[first] = (resent.byStatusOfFirstTry[first] ?? 0) + 1;
      }
      if (s.retryOf !== undefined) {
        // A client's retry is counted under the cause of the first try that it follows up.
        const origin = causeOf.get(s.retryOf) ?? "a first try that did not fail";
        const outcome = `${s.kind} ${s.status}${s.code ? ` ${s.code}` : ""}`;
        retriesByOutcome[origin] ??= {};
        retriesByOutcome[origin][outcome] = (retriesByOutcome[origin][outcome] ?? 0) + 1;
        if (ok(s)) expected[201] += 1;
        continue;
      }
      if (ok(s)) {
        expected[201] += 1;
        continue;
      }
      const sentTo = (port: number) => attempts?.tries.some((t) => t.port === port) ?? false;
      const running = (at: number | undefined) => at !== undefined && s.start <= at && s.end >= at;
      const cause = !attempts
        ? "not in nginx's log"
        : sentTo(killedPort) && running(events.sigkillAt)
          ? "in flight on the SIGKILLed instance"
          : sentTo(killedPort) && s.start > events.sigkillAt
            ? "sent to the SIGKILLed instance after the kill"
            : sentTo(stoppedPort) && running(events.sigtermAt)
              ? "in flight on the SIGTERMed instance"
              : "other";
      causeOf.set(s.requestId, cause);
      failures[cause] ??= {};
      const tries = attempts?.tries.map((t) => `${t.port}:${t.status}`).join(",") ?? "-";
      const key = `${s.kind} ${s.status}${s.code ? ` ${s.code}` : ""}`;
      failures[cause][key] = (failures[cause][key] ?? 0) + 1;
      process.stdout.write(
        `failed: ${key} at ${round(s.start / 1000)}-${round(s.end / 1000)} s, tries ${tries}: ${cause}\n`,
      );
    }
    const orders = samples.filter((s) => s.kind === "checkout" && s.status === 201).length;
    const payments = samples.filter((s) => s.kind === "pay" && s.status === 201).length;
    check(
      "no request failed other than those in flight on the killed instance",
      Object.keys(failures).every((cause) => cause === "in flight on the SIGKILLed instance") &&
        Object.keys(retriesByOutcome).every(
          (cause) => cause === "in flight on the SIGKILLed instance",
        ),
      { failures, clientRetriesWithTheSameKeyByCauseOfTheFirstTry: retriesByOutcome },
    );

    // The worker settles what the kill left behind; wait for the invariants to hold.
    const db = new Client({ connectionString: DATABASE_URL });
    await db.connect();
    const invariantsSql = `
      SELECT
        (SELECT count(*) FROM product_variants v
          WHERE v.stock <> (SELECT coalesce(sum(delta), 0) FROM stock_movements m WHERE m.variant_id = v.id)) AS stock_off_ledger,
        (SELECT count(*) FROM orders o WHERE o.status = ANY($1) AND
           (SELECT count(*) FROM payment_transactions t JOIN payments p ON p.id = t.payment_id
             WHERE p.order_id = o.id AND t.type = 'charge' AND t.status = 'succeeded') <> 1) AS paid_without_one_charge,
        (SELECT count(*) FROM orders o WHERE o.status = ANY($1) AND
           (SELECT count(*) FROM payments p WHERE p.order_id = o.id AND p.status = 'succeeded') <> 1) AS paid_without_one_payment,
        (SELECT count(*) FROM payments p JOIN orders o ON o.id = p.order_id
          WHERE p.status = 'succeeded' AND NOT (o.status = ANY($1))) AS succeeded_but_unpaid,
        (SELECT count(*) FROM outbox_messages WHERE status <> 'sent') AS outbox_undelivered,
        (SELECT count(*) FROM orders) AS orders,
        (SELECT count(*) FROM orders WHERE status = ANY($1)) AS paid_orders,
        (SELECT count(*) FROM payments WHERE status = 'succeeded') AS succeeded_payments,
        (SELECT count(*) FROM outbox_messages) AS outbox_messages`;
    const settleStarted = Date.now();
    let inv: Record<string, number> = {};
    for (;;) {
      const { rows } = await db.query<Record<string, string>>(invariantsSql, [PAID_STATUSES]);
      inv = Object.fromEntries(Object.entries(rows[0]).map(([k, v]) => [k, Number(v)]));
      const settled =
        inv.stock_off_ledger +
          inv.paid_without_one_charge +
          inv.paid_without_one_payment +
          inv.succeeded_but_unpaid +
          inv.outbox_undelivered ===
        0;
      if (settled || Date.now() - settleStarted > 60_000) break;
      await sleep(500);
    }
    const settleMs = Date.now() - settleStarted;
    await db.end();
    check("stock equals the ledger", inv.stock_off_ledger === 0, {
      variantsOff: inv.stock_off_ledger,
    });
    check(
      "every paid order has exactly one succeeded charge",
      inv.paid_without_one_charge === 0 && inv.paid_without_one_payment === 0,
      {
        paidOrders: inv.paid_orders,
        withoutOneCharge: inv.paid_without_one_charge,
        withoutOnePayment: inv.paid_without_one_payment,
      },
    );
    check("no payment succeeded without its order paid", inv.succeeded_but_unpaid === 0, {
      succeededPayments: inv.succeeded_payments,
      orderNotPaid: inv.succeeded_but_unpaid,
    });
    check("outbox drained", inv.outbox_undelivered === 0, {
      messages: inv.outbox_messages,
      undelivered: inv.outbox_undelivered,
      settledAfterMs: settleMs,
    });

    // A price change through api-1 is seen through every instance within a second.
    const target = products[0];
    const newPrice = 4321;
    await direct[0].expect(
      200,
      "change price",
      direct[0].call("PATCH", `/variants/${target.variantId}`, { price: newPrice }, admin),
    );
    const changedAt = performance.now();
    const seenAfterMs = await Promise.all(
      direct.map(async (client) => {
        while (performance.now() - changedAt < 5000) {
          const res = await client.call("GET", `/products/${target.productId}`);
          const variants =
            (res.body as { variants?: { id: string; price: number }[] }).variants ?? [];
          if (variants.find((v) => v.id === target.variantId)?.price === newPrice)
            return Math.round(performance.now() - changedAt);
          await sleep(20);
        }
        return Infinity;
      }),
    );
    check(
      "a price change through one instance is seen through all within a second",
      seenAfterMs.every((ms) => ms < 1000),
      { seenAfterMs },
    );

    // Login locks (per email and client): one client's failures, spread over the instances,
    // add up to one lock that every instance enforces.
    const victim = {
      email: `cluster-lock-${run}@example.test`,
      password: `Cluster-Lock-${run}-Password`,
    };
    const attacker = { "x-forwarded-for": "10.2.1.1" };
    await direct[0].expect(
      201,
      "register victim",
      direct[0].call(
        "POST",
        "/auth/register",
        { ...victim, name: "Victim" },
        { "x-forwarded-for": "10.2.0.1" },
      ),
    );
    for (let i = 0; i < LOGIN_MAX_FAILURES; i++) {
      await direct[i % 3].call(
        "POST",
        "/auth/login",
        { email: victim.email, password: "Wrong-Password-0000" },
        attacker,
      );
    }
    const lockedEverywhere = await Promise.all(
      direct.map(async (client) => {
        const res = await client.call("POST", "/auth/login", victim, attacker);
        return (res.body as { code?: string }).code ?? String(res.status);
      }),
    );
    // The owner, from another client, is not locked out.
    const owner = await direct[1].call("POST", "/auth/login", victim, {
      "x-forwarded-for": "10.2.2.1",
    });
    check(
      "login locks are shared",
      lockedEverywhere.every((code) => code === "login_locked") && owner.status === 200,
      { failuresSpreadOver: 3, answers: lockedEverywhere, ownerFromAnotherClient: owner.status },
    );

    // Rate budgets: one client's auth budget is spent across all instances behind nginx.
    const attempts = AUTH_RATE_LIMIT + 10;
    const codes: string[] = [];
    for (let i = 0; i < attempts; i++) {
      const res = await lb.call(
        "POST",
        "/auth/refresh",
        { refreshToken: `not-a-token-${i}` },
        { "x-forwarded-for": "10.3.0.1" },
      );
      codes.push(res.status === 429 ? "rate_limited" : String(res.status));
    }
    const limited = codes.filter((c) => c === "rate_limited").length;
    check("rate budgets are shared", limited === attempts - AUTH_RATE_LIMIT, {
      limit: AUTH_RATE_LIMIT,
      attempts,
      rateLimited: limited,
    });

    const byKind = (kind: string) =>
      summary(
        samples.filter((s) => s.kind === kind && s.status === 201).map((s) => s.end - s.start),
      );
    const result = {
      scenario: "3 API instances + 1 worker behind nginx; SIGTERM one and SIGKILL another mid-run",
      at: new Date().toISOString(),
      customers: CUSTOMERS,
      durationSeconds: Math.round(elapsed * 10) / 10,
      requests: samples.length,
      succeeded: expected[201],
      ordersPlaced: orders,
      paymentsSucceeded: payments,
      ordersPerSecond: Math.round((orders / elapsed) * 10) / 10,
      failuresByCause: failures,
      resentByNginx: resent,
      clientRetriesWithTheSameKey: retriesByOutcome,
      latencyMs: {
        addToCart: byKind("add-to-cart"),
        checkout: byKind("checkout"),
        pay: byKind("pay"),
      },
      recovery: {
        sigtermSentAtS: round(events.sigtermAt / 1000),
        sigtermDrainMs: Math.round(events.sigtermExitedAt - events.sigtermAt),
        sigtermExitCode: events.sigtermExitCode,
        sigtermRestartReadyMs: Math.round(events.sigtermReadyAgainAt - events.sigtermExitedAt),
        sigkillSentAtS: round(events.sigkillAt / 1000),
        sigkillRestartReadyMs: Math.round(events.sigkillReadyAgainAt - events.sigkillAt),
        invariantsSettledAfterLoadMs: settleMs,
      },
      invariants: inv,
      checks,
      machine: {
        cpus: cpus().length,
        node: process.version,
        loadAverage1m: loadavg()[0],
        nginx: spawnSync(findNginx(), ["-v"], { encoding: "utf8" }).stderr.trim(),
      },
    };
    const outDir = join(ROOT, "bench", "results");
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, "cluster.json"), `${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(
      `${JSON.stringify({ ordersPerSecond: result.ordersPerSecond, requests: result.requests, failuresByCause: failures, recovery: result.recovery }, null, 2)}\nWritten to bench/results/cluster.json\n`,
    );
  } finally {
    lb.close();
    for (const client of direct) client.close();
    if (nginx && nginx.exitCode === null) {
      const gone = new Promise((resolve) => nginx!.once("exit", resolve));
      nginx.kill("SIGQUIT");
      await gone;
    }
    await Promise.all(servers.map((server) => stopServer(server, "SIGTERM")));
    rmSync(dir, { recursive: true, force: true });
    await dropDatabase(DATABASE_URL).catch(() => undefined);
  }
  const failed = Object.entries(checks).filter(([, c]) => !c.pass);
  if (failed.length > 0) {
    process.stderr.write(`Failed: ${failed.map(([name]) => name).join("; ")}\n`);
    process.exit(1);
  }
}

const round = (n: number) => Math.round(n * 10) / 10;
const isKeyInUse = (res: Reply) =>
  res.status === 409 && (res.body as { code?: unknown } | null)?.code === "idempotency_key_in_use";

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
