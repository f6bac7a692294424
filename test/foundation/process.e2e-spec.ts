import { ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer } from "node:net";

const MAIN = join(__dirname, "../../dist/src/main.js");

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function start(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  let output = "";
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? "", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

async function waitReady(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/v1/health/ready`);
      if (res.status === 200) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("the server did not become ready");
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

/**
 * The built server as an operator runs it: `node dist/src/main.js` on an empty data
 * directory with no database server, stopped with SIGTERM, started again on the same data.
 */
describe("The server process", () => {
  let dataDir: string;

  beforeAll(() => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` first`);
    dataDir = mkdtempSync(join(tmpdir(), "storefront-process-"));
  });
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("stops with one clear line when the configuration is invalid", async () => {
    const { child, output } = start({ DATA_DIR: dataDir, PORT: "not-a-port" });
    await expect(exitOf(child)).resolves.toBe(1);
    expect(output().trim()).toBe(
      'Invalid configuration: PORT must be an integer from 0 to 65535 (got "not-a-port")',
    );
  });

  it("serves docs and readiness on the embedded database, exits 0 on SIGTERM, and keeps its data across restarts", async () => {
    const port = await freePort();
    const env = {
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: "127.0.0.1",
      SEED_DEMO_DATA: "false",
    };

    const first = start(env);
    await waitReady(port, 150000);
    expect((await fetch(`http://127.0.0.1:${port}/docs`)).status).toBe(200);
    const firstDocs = (await (await fetch(`http://127.0.0.1:${port}/docs-json`)).json()) as {
      openapi: string;
    };
    expect(firstDocs.openapi).toMatch(/^3\./);

    // A second process on the same embedded data directory would corrupt it: it is refused.
    const intruder = start({ ...env, PORT: String(await freePort()) });
    await expect(exitOf(intruder.child)).resolves.toBe(1);
    expect(intruder.output()).toContain("is in use by process");

    const account = {
      email: "persisted@example.test",
      password: "Persisted-Password-42",
      name: "P",
    };
    const registered = await fetch(`http://127.0.0.1:${port}/api/v1/auth/register`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(account),
    });
    expect(registered.status).toBe(201);
    first.child.kill("SIGTERM");
    await expect(exitOf(first.child)).resolves.toBe(0);

    const second = start(env);
    await waitReady(port, 150000);
    const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: account.email, password: account.password }),
    });
    expect(login.status).toBe(200);
    second.child.kill("SIGTERM");
    await expect(exitOf(second.child)).resolves.toBe(0);
    expect(second.output()).not.toMatch(/error/i);
  }, 400_000);
});
