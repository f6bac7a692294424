import { JobRunner } from "../../src/common/jobs/job-runner";
import { Metrics } from "../../src/observability/metrics";
import { createVariant, placeOrder, stockAndLedger } from "../orders/order-factories";
import { loginAdmin, registerCustomer } from "../support/auth";
import { createTestApp, TestApp } from "../support/test-app";

const onPostgres = Boolean(process.env.DATABASE_URL);

describe("Process roles", () => {
  it("a worker answers its health routes and nothing else, and has every job registered", async () => {
    const worker = await createTestApp({ ROLE: "worker" });
    try {
      await worker.api.get("/api/v1/health/live").expect(200);
      await worker.api.get("/api/v1/health/ready").expect(200);
      // A worker serves no API: the routes of the contract do not exist there.
      const res = await worker.nonApi.get("/api/v1/products").expect(404);
      expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 404, code: "not_found" });
      expect((res.body as { detail: string }).detail).toContain("ROLE=worker");
      await worker.nonApi.post("/api/v1/auth/login").send({}).expect(404);
      expect(worker.app.get(JobRunner).registered.sort()).toEqual([
        "idempotency-cleanup",
        "login-throttle-cleanup",
        "outbox",
        "payment-reconciler",
        "payment-timeout",
      ]);
    } finally {
      await worker.close();
    }
  });

  it("an api process serves the API and runs no job", async () => {
    const api = await createTestApp({ ROLE: "api", JOBS_ENABLED: "true" });
    try {
      expect(api.config.jobsEnabled).toBe(false);
      await api.api.get("/api/v1/products").expect(200);
    } finally {
      await api.close();
    }
  });

  // The embedded database belongs to one process; several workers need a database server.
  (onPostgres ? it : it.skip)(
    "two workers on one database run the jobs side by side: each overdue order is cancelled once and each message sent once",
    async () => {
      const api = await createTestApp({ ROLE: "api", ORDER_PAYMENT_TIMEOUT_MINUTES: "30" });
      const workers: TestApp[] = [];
      try {
        const admin = await loginAdmin(api);
        const variant = await createVariant(api, admin, { stock: 500 });
        const customers = await Promise.all(Array.from({ length: 6 }, () => registerCustomer(api)));
        const orders = [];
        for (const customer of customers) {
          for (let i = 0; i < 5; i++) orders.push(await placeOrder(api, customer, variant.id, 2));
        }
        const ids = orders.map((order) => order.id);
        await api.query(
          `UPDATE orders SET created_at = now() - interval '2 hours' WHERE id = ANY($1)`,
          [ids],
        );

        const sharedDatabase = api.config.databaseUrl!;
        for (let i = 0; i < 2; i++) {
          workers.push(
            await createTestApp(
              {
                ROLE: "worker",
                JOBS_ENABLED: "true",
                ORDER_PAYMENT_TIMEOUT_MINUTES: "30",
                JOB_INTERVAL_MS: "100",
              },
              { rewriteDatabaseUrl: () => sharedDatabase },
            ),
          );
        }

        const deadline = Date.now() + 20_000;
        let pending = 1;
        let unsent = 1;
        while ((pending > 0 || unsent > 0) && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 200));
          [{ pending, unsent }] = (
            await api.query<{ pending: string; unsent: string }>(
              `SELECT (SELECT count(*) FROM orders WHERE id = ANY($1) AND status <> 'cancelled') AS pending,
                      (SELECT count(*) FROM outbox_messages WHERE status <> 'sent') AS unsent`,
              [ids],
            )
          ).map((row) => ({ pending: Number(row.pending), unsent: Number(row.unsent) }));
        }
        expect({ pending, unsent }).toEqual({ pending: 0, unsent: 0 });

        // Exactly one cancellation (history row and stock release) per order, none twice.
        const history = await api.query<{ order_id: string; n: string }>(
          `SELECT order_id, count(*) AS n FROM order_status_history
            WHERE order_id = ANY($1) AND to_status = 'cancelled' GROUP BY order_id`,
          [ids],
        );
        expect(history).toHaveLength(ids.length);
        expect(history.every((row) => Number(row.n) === 1)).toBe(true);
        const releases = await api.query<{ n: string }>(
          `SELECT count(*) AS n FROM stock_movements WHERE reference = ANY($1) AND reason = 'cancellation'`,
          [ids],
        );
        expect(Number(releases[0].n)).toBe(ids.length);
        await expect(stockAndLedger(api, variant.id)).resolves.toEqual({ stock: 500, ledger: 500 });
        // Every message was claimed once: no worker delivered one another already had.
        const attempts = await api.query<{ attempts: number }>(
          `SELECT DISTINCT attempts FROM outbox_messages`,
        );
        expect(attempts).toEqual([{ attempts: 1 }]);

        // Both workers ran their jobs (the schedule, not a test hook, did the work).
        for (const worker of workers) {
          const runs = await worker.app
            .get(Metrics)
            .registry.getSingleMetricAsString("storefront_job_runs_total");
          expect(runs).toMatch(/job="payment-timeout",outcome="success"\} [1-9]/);
          expect(runs).toMatch(/job="outbox",outcome="success"\} [1-9]/);
        }
      } finally {
        for (const worker of workers) await worker.close();
        await api.close();
      }
    },
    60_000,
  );
});
