import { createServer, Server, Socket, connect } from "node:net";
import { AddressInfo } from "node:net";
import { createTestApp, TestApp } from "../support/test-app";

/**
 * A TCP proxy between the app and PostgreSQL that the test can cut and restore: the same
 * thing the app sees when the database server stops and starts again.
 */
class CuttableProxy {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async start(port = 0): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(this.targetPort, this.targetHost);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on("close", () => this.sockets.delete(s));
        s.on("error", () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(port, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async cut(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

async function waitFor(probe: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await probe()) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

const describeOnPostgres = process.env.DATABASE_URL ? describe : describe.skip;

describeOnPostgres("Database outage (PostgreSQL)", () => {
  let t: TestApp;
  let proxy: CuttableProxy;

  beforeAll(async () => {
    const target = new URL(process.env.DATABASE_URL!);
    proxy = new CuttableProxy(target.hostname, Number(target.port || 5432));
    await proxy.start();
    t = await createTestApp(
      { DB_CONNECT_TIMEOUT_MS: "1000" },
      {
        rewriteDatabaseUrl: (url) => {
          const viaProxy = new URL(url);
          viaProxy.hostname = "127.0.0.1";
          viaProxy.port = String(proxy.port);
          return viaProxy.toString();
        },
      },
    );
  });
  afterAll(async () => {
    await t.close();
    await proxy.cut();
  });

  it("turns readiness 503 within seconds, fails requests fast with 503 problem+json, and recovers without a restart", async () => {
    await t.api.get("/api/v1/health/ready").expect(200);
    const port = proxy.port;

    await proxy.cut();
    await waitFor(async () => (await t.api.get("/api/v1/health/ready")).status === 503, 5000);
    const down = await t.api.get("/api/v1/health/ready").expect(503);
    expect(down.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(down.body.checks.database.status).toBe("down");

    // An ordinary request that needs the database fails with a 503 problem, not a hang or a 500.
    const failed = await t.api
      .post("/api/v1/auth/login")
      .send({ email: "nobody@example.test", password: "some-long-password" })
      .expect(503);
    expect(failed.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(failed.body.code).toBe("service_unavailable");

    await proxy.start(port);
    await waitFor(async () => (await t.api.get("/api/v1/health/ready")).status === 200, 10000);
  });
});
