import { MetricsServer } from "../../src/observability/metrics-server";
import { createVariant, pay, placeOrder, waitFor } from "../payments/payment-factories";
import { loginAdmin, registerCustomer } from "../support/auth";
import { createTestApp, TestApp } from "../support/test-app";

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Parses the Prometheus text format (the lines this service writes). */
function parse(text: string): Sample[] {
  return text
    .split("\n")
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => {
      const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!match) throw new Error(`Unparseable metrics line: ${line}`);
      const labels: Record<string, string> = {};
      for (const [, key, value] of (match[2] ?? "").matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) {
        labels[key] = value;
      }
      return { name: match[1], labels, value: Number(match[3]) };
    });
}

describe("GET /metrics (Prometheus)", () => {
  let t: TestApp;
  let metricsUrl: string;

  beforeAll(async () => {
    t = await createTestApp({
      METRICS_PORT: "0",
      METRICS_HOST: "127.0.0.1",
      // Jobs on, fast, so job figures exist after the journey.
      JOBS_ENABLED: "true",
      JOB_INTERVAL_MS: "200",
      LOGIN_MAX_FAILURES: "2",
    });
    const address = t.app.get(MetricsServer).address();
    if (!address) throw new Error("The metrics listener is not up");
    metricsUrl = `http://127.0.0.1:${address.port}/metrics`;
  });
  afterAll(async () => {
    await t.close();
  });

  it("reports every family after a shopper journey, with no user data in any label", async () => {
    const admin = await loginAdmin(t);
    const customer = await registerCustomer(t);
    const stranger = await registerCustomer(t);
    // Two wrong passwords lock the stranger's account (LOGIN_MAX_FAILURES=2).
    for (let i = 0; i < 2; i++) {
      await t.api
        .post("/api/v1/auth/login")
        .send({ email: stranger.email, password: "Wrong-Password-123" });
    }
    const variantId = await createVariant(t, admin);
    const product = await t.api.get("/api/v1/products").query({ limit: 5 }).expect(200);
    const productId = (product.body as { data: { id: string }[] }).data[0].id;
    await t.api.get(`/api/v1/products/${productId}`).expect(200);
    await t.api.get(`/api/v1/products/${productId}`).expect(200);
    // A route that does not exist: outside the contract by definition.
    await t.nonApi.get(`/api/v1/no-such-route/${customer.id}?email=${customer.email}`).expect(404);
    const order = await placeOrder(t, customer, variantId);
    const paid = await pay(t, customer, order.id, "pm_card_visa").expect(201);
    const paymentId = (paid.body as { id: string }).id;

    // The outbox delivers the order's messages on the job schedule. (The metrics port serves
    // Prometheus text, not the API: a plain fetch.)
    const samples = await waitFor(
      async () => parse(await (await fetch(metricsUrl)).text()),
      (all) =>
        all.some(
          (s) => s.name === "storefront_job_runs_total" && s.labels.job === "outbox" && s.value > 0,
        ),
    );
    const find = (name: string, labels: Record<string, string> = {}) =>
      samples.filter(
        (s) => s.name === name && Object.entries(labels).every(([key, v]) => s.labels[key] === v),
      );
    const value = (name: string, labels: Record<string, string> = {}) =>
      find(name, labels).reduce((sum, s) => sum + s.value, 0);

    // Request durations by route template and status.
    expect(
      value("http_request_duration_seconds_count", {
        method: "GET",
        route: "/api/v1/products/:id",
        status_code: "200",
      }),
    ).toBe(2);
    expect(
      value("http_request_duration_seconds_count", { route: "/api/v1/orders", status_code: "201" }),
    ).toBe(1);
    expect(
      value("http_request_duration_seconds_count", { route: "unmatched", status_code: "404" }),
    ).toBe(1);
    expect(find("http_request_duration_seconds_bucket", { le: "0.1" }).length).toBeGreaterThan(0);
    // Database pool use and wait.
    expect(find("storefront_db_pool_connections", { state: "in_use" })).toHaveLength(1);
    expect(find("storefront_db_pool_connections", { state: "idle" })).toHaveLength(1);
    expect(find("storefront_db_pool_waiting_requests")).toHaveLength(1);
    expect(value("storefront_db_pool_max_connections")).toBeGreaterThan(0);
    // The catalog cache: the second read of the product was a hit.
    expect(
      value("storefront_cache_requests_total", { namespace: "catalog", result: "hit" }),
    ).toBeGreaterThan(0);
    expect(
      value("storefront_cache_requests_total", { namespace: "catalog", result: "miss" }),
    ).toBeGreaterThan(0);
    // Outbox backlog and age, job runs.
    expect(find("storefront_outbox_backlog_messages")).toHaveLength(1);
    expect(find("storefront_outbox_oldest_message_age_seconds")).toHaveLength(1);
    expect(
      value("storefront_job_runs_total", { job: "outbox", outcome: "success" }),
    ).toBeGreaterThan(0);
    expect(find("storefront_job_duration_seconds_count", { job: "outbox" })).toHaveLength(1);
    // Payments and refunds by outcome, as the database has them.
    const [row] = await t.query<{ n: string }>(
      `SELECT count(*) AS n FROM payments WHERE status = 'succeeded'`,
    );
    expect(value("storefront_payments", { status: "succeeded" })).toBe(Number(row.n));
    expect(value("storefront_payments", { status: "succeeded" })).toBeGreaterThanOrEqual(1);
    expect(find("storefront_refunds", { status: "succeeded" })).toHaveLength(1);
    // Login failures and locks.
    expect(value("storefront_login_failures_total")).toBe(2);
    expect(value("storefront_login_locks_total")).toBe(1);
    expect(value("storefront_security_events_total", { type: "login_failed" })).toBe(2);
    // Redis reachability: reported only when Redis is configured, and up here.
    if (process.env.REDIS_URL) expect(value("storefront_redis_up")).toBe(1);
    else expect(find("storefront_redis_up")).toHaveLength(0);
    // Process figures from prom-client's defaults.
    expect(find("process_resident_memory_bytes")).toHaveLength(1);

    // No label carries an id, an email, a query string or a raw path.
    const userData = [customer.email, stranger.email, customer.id, order.id, paymentId, productId];
    for (const sample of samples) {
      for (const labelValue of Object.values(sample.labels)) {
        expect(labelValue).not.toMatch(UUID);
        expect(labelValue).not.toContain("@");
        expect(labelValue).not.toContain("?");
        for (const secret of userData) expect(labelValue).not.toContain(secret);
      }
    }
  });

  it("is served only on its own port, never through the API", async () => {
    // Metrics are served on their own port, never by the API.
    await t.nonApi.get("/metrics").expect(404);
    await t.nonApi.get("/api/v1/metrics").expect(404);
    const other = await fetch(metricsUrl.replace("/metrics", "/anything"));
    expect(other.status).toBe(404);
  });
});
