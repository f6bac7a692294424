// What the multi-process scenarios (bench/cluster, bench/cores) share: JSON over keep-alive
// HTTP, a fresh database, starting and stopping built server processes, latency summaries.
import { ChildProcess, spawn } from "node:child_process";
import { Agent, request } from "node:http";
import { join } from "node:path";
import { Client } from "pg";
import { STOREFRONT_NODE_FLAGS } from "../lib/server";

export const ROOT = join(__dirname, "..", "..", "..");
export const MAIN = join(ROOT, "dist/src/main.js");

export interface Reply {
  status: number;
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
}

export class JsonClient {
  private readonly agent: Agent;

  constructor(
    private readonly port: number,
    maxSockets = 200,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets });
  }

  /** One JSON request; a transport error (reset, refused) resolves as status 0. */
  call(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    return new Promise((resolve) => {
      const req = request(
        {
          host: "127.0.0.1",
          port: this.port,
          method,
          path: `/api/v1${path}`,
          agent: this.agent,
          timeout: 30_000,
          headers: { ...(payload ? { "content-type": "application/json" } : {}), ...headers },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8");
            let parsed: unknown = text;
            try {
              parsed = text ? (JSON.parse(text) as unknown) : null;
            } catch {
              /* an HTML error page from the balancer */
            }
            resolve({ status: res.statusCode ?? 0, body: parsed, headers: res.headers });
          });
          res.on("error", () => resolve({ status: 0, body: null, headers: {} }));
        },
      );
      req.on("timeout", () => req.destroy(new Error("timeout")));
      req.on("error", (error) => resolve({ status: 0, body: String(error), headers: {} }));
      if (payload) req.write(payload);
      req.end();
    });
  }

  async expect(status: number, what: string, reply: Promise<Reply>): Promise<unknown> {
    const res = await reply;
    if (res.status !== status) {
      throw new Error(`${what}: expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`);
    }
    return res.body;
  }

  close(): void {
    this.agent.destroy();
  }
}

/** Runs `work` on the server's `postgres` database with the name of the one in `url`. */
async function onServer(url: string, work: (client: Client, name: string) => Promise<void>) {
  const name = new URL(url).pathname.replace(/^\//, "");
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unexpected database name "${name}"`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await work(client, name);
  } finally {
    await client.end();
  }
}

/** Drops and creates the database named in `url` (a scenario starts from nothing). */
export function freshDatabase(url: string): Promise<void> {
  return onServer(url, async (client, name) => {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  });
}

export function dropDatabase(url: string): Promise<void> {
  return onServer(url, async (client, name) => {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
}

export interface Server {
  name: string;
  port: number;
  child: ChildProcess;
}

/** Starts `node dist/src/main.js` with `env` and waits until its readiness route says 200. */
export async function startServer(
  name: string,
  port: number,
  env: NodeJS.ProcessEnv,
  timeoutMs = 120_000,
): Promise<Server> {
  const child = spawn(process.execPath, [...STOREFRONT_NODE_FLAGS, MAIN], {
    cwd: ROOT,
    env: { ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const probe = new JsonClient(port, 1);
  try {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
      if ((await probe.call("GET", "/health/ready")).status === 200) return { name, port, child };
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    probe.close();
  }
  child.kill("SIGKILL");
  throw new Error(`${name} was not ready within ${timeoutMs} ms`);
}

/** Sends `signal` and resolves with the exit code (or signal name) once the process is gone. */
export function stopServer(
  server: Pick<Server, "child">,
  signal: NodeJS.Signals = "SIGTERM",
): Promise<string> {
  const { child } = server;
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve(String(child.exitCode ?? child.signalCode));
  }
  return new Promise((resolve) => {
    child.once("exit", (code, sig) => resolve(String(code ?? sig)));
    child.kill(signal);
  });
}

export function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted.length === 0
      ? 0
      : Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] * 100) /
        100;
  return { count: sorted.length, p50: at(0.5), p99: at(0.99), max: at(1) };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
