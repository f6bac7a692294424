import { randomUUID } from "node:crypto";
import { Agent, request } from "node:http";
import { apiFetch, NoAnswerError } from "../support/contract-fetch";
import { serverDatabase, ServerProcess, startServer, waitReady } from "../support/server-process";

const GRACE_SECONDS = 4;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Outcome {
  at: number;
  status: number | "refused";
  contentType: string;
  code?: string;
  retryAfter?: string | null;
}

/**
 * Draining a real server process: SIGTERM turns readiness 503 while requests are still served
 * for SHUTDOWN_GRACE_SECONDS, then the server closes, finishing what is in flight, and exits 0.
 */
describe("Graceful shutdown (a server process)", () => {
  let database: Awaited<ReturnType<typeof serverDatabase>>;
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    database = await serverDatabase();
  });
  afterAll(async () => {
    if (server && server.child.exitCode === null) server.child.kill("SIGKILL");
    await database.drop();
  });

  async function call(path: string, init?: RequestInit): Promise<Outcome> {
    const at = Date.now();
    try {
      const res = await apiFetch(server!.url(path), init);
      const contentType = res.headers.get("content-type") ?? "";
      const body = contentType.includes("json") ? ((await res.json()) as { code?: string }) : {};
      return {
        at,
        status: res.status,
        contentType,
        code: body.code,
        retryAfter: res.headers.get("retry-after"),
      };
    } catch (error) {
      if (!(error instanceof NoAnswerError)) throw error; // a contract failure, not a refusal
      return { at, status: "refused", contentType: "" };
    }
  }

  const register = () =>
    call("/api/v1/auth/register", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        email: `drain-${randomUUID()}@example.test`,
        password: `Correct-Horse-${randomUUID().slice(0, 12)}`,
        name: "Drain",
      }),
    });

  it("serves with readiness 503 for the grace period, then finishes in-flight work and exits 0", async () => {
    server = await startServer({
      ...database.env,
      SHUTDOWN_GRACE_SECONDS: String(GRACE_SECONDS),
      JOBS_ENABLED: "false",
      LOG_LEVEL: "info",
    });
    await waitReady(server, 150_000);

    // Work under way when the signal arrives (password hashing keeps each busy for a while).
    const beforeSignal = Array.from({ length: 8 }, () => register());
    await sleep(20);
    server.child.kill("SIGTERM");
    const signalledAt = Date.now();

    // The signal is delivered asynchronously: readiness flips within a moment.
    let flipped: Outcome | undefined;
    while (!flipped && Date.now() - signalledAt < 1000) {
      const probe = await call("/api/v1/health/ready");
      if (probe.status === 503) flipped = probe;
      else await sleep(20);
    }
    expect(flipped).toBeDefined();
    const duringGrace: Outcome[] = [];
    const readiness: Outcome[] = [flipped!];
    while (Date.now() - signalledAt < GRACE_SECONDS * 1000 - 500) {
      readiness.push(await call("/api/v1/health/ready"));
      duringGrace.push(await call("/api/v1/health/live"), await call("/api/v1/products?limit=1"));
      await sleep(100);
    }
    // Work sent in the last moments of the grace period is still in flight when closing begins.
    const lateWork = Array.from({ length: 8 }, () => register());
    const afterGrace: Outcome[] = [];
    while (server.child.exitCode === null && Date.now() - signalledAt < 30_000) {
      afterGrace.push(await call("/api/v1/health/live"));
      await sleep(20);
    }
    const exitCode = await server.exited;
    const exitedAt = Date.now();

    expect(exitCode).toBe(0);
    expect(exitedAt - signalledAt).toBeGreaterThanOrEqual(GRACE_SECONDS * 1000);
    // Nothing sent before the signal, or during the grace period, failed.
    for (const outcome of await Promise.all(beforeSignal)) expect(outcome.status).toBe(201);
    for (const outcome of await Promise.all(lateWork)) expect(outcome.status).toBe(201);
    // (How many rounds fit in the grace period depends on the machine's load; at least one did.)
    expect(duringGrace.length).toBeGreaterThanOrEqual(2);
    for (const outcome of duringGrace) expect(outcome.status).toBe(200);
    // Readiness told the balancer to go away from the start.
    expect(readiness.length).toBeGreaterThanOrEqual(2);
    for (const outcome of readiness) {
      expect(outcome).toMatchObject({ status: 503, code: "shutting_down", retryAfter: "1" });
      expect(outcome.contentType).toMatch(/^application\/problem\+json/);
    }
    // While closing: served, a 503 problem, or (once the listener is closed) refused.
    for (const outcome of afterGrace) {
      if (outcome.status === 503) {
        expect(outcome.contentType).toMatch(/^application\/problem\+json/);
        expect(outcome.code).toBe("shutting_down");
      } else if (outcome.status !== "refused") {
        expect(outcome.status).toBe(200);
      }
    }
    expect(server.output()).toContain("Shutdown complete");
    expect(server.output()).not.toMatch(/Shutdown failed|Shutdown took longer/);
  }, 240_000);
  it("retires kept-alive connections while draining, so a balancer's idle connection cannot hold the process open", async () => {
    // A balancer (nginx with upstream keepalive) holds its connections open and reuses them.
    // A connection whose request was still running when closing began, and then went idle,
    // used to keep the HTTP server open until SHUTDOWN_TIMEOUT_MS and an exit code 1.
    server = await startServer({
      ...database.env,
      SHUTDOWN_GRACE_SECONDS: "1",
      SHUTDOWN_TIMEOUT_MS: "20000",
      JOBS_ENABLED: "false",
      AUTH_RATE_LIMIT_PER_MINUTE: "1000",
    });
    await waitReady(server, 150_000);
    // node:http, not apiFetch: this is about connections (a kept-alive agent, the Connection
    // header, a request cut at the socket), which fetch hides; only statuses are read.
    const agent = new Agent({ keepAlive: true, keepAliveMsecs: 60_000, maxSockets: 32 });
    const port = Number(new URL(server.url("/")).port);
    const send = (method: string, path: string, body?: unknown) =>
      new Promise<{ status: number | "cut"; connection?: string }>((resolve) => {
        const payload = body === undefined ? undefined : JSON.stringify(body);
        const req = request(
          {
            host: "127.0.0.1",
            port,
            method,
            path,
            agent,
            headers: payload ? { "content-type": "application/json" } : {},
          },
          (res) => {
            res.resume();
            res.on("end", () =>
              resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }),
            );
          },
        );
        // Sent on a connection the server closed at that instant, or after it stopped
        // listening: what a balancer re-sends elsewhere.
        req.on("error", () => resolve({ status: "cut" }));
        req.end(payload);
      });
    const registration = () => ({
      email: `drain-${randomUUID()}@example.test`,
      password: `Correct-Horse-${randomUUID().slice(0, 12)}`,
      name: "Drain",
    });

    const before = await send("GET", "/api/v1/health/live");
    expect(before).toMatchObject({ status: 200, connection: "keep-alive" });
    server.child.kill("SIGTERM");
    const signalledAt = Date.now();
    let draining = await send("GET", "/api/v1/health/ready");
    while (draining.status !== 503 && Date.now() - signalledAt < 1000) {
      await sleep(20);
      draining = await send("GET", "/api/v1/health/ready");
    }
    // Once draining, every answer asks the client to close its connection.
    expect(draining).toMatchObject({ status: 503, connection: "close" });
    // Work that straddles the moment closing begins: 32 password hashes queue on the
    // thread pool for longer than the 150 ms left of the grace period.
    await sleep(Math.max(0, 1000 - (Date.now() - signalledAt) - 150));
    const straddling = await Promise.all(
      Array.from({ length: 32 }, () => send("POST", "/api/v1/auth/register", registration())),
    );
    for (const outcome of straddling) {
      expect([201, 503, "cut"]).toContain(outcome.status);
      if (outcome.status !== "cut") expect(outcome.connection).toBe("close");
    }
    expect(straddling.some((outcome) => outcome.status === 201)).toBe(true);

    expect(await server.exited).toBe(0);
    // Well within SHUTDOWN_TIMEOUT_MS: nothing waited for an idle kept-alive connection.
    expect(Date.now() - signalledAt).toBeLessThan(10_000);
    agent.destroy();
  }, 240_000);
});
