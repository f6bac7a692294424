import { ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer } from "node:net";
import { apiFetch, NoAnswerError } from "../support/contract-fetch";

const MAIN = join(__dirname, "../../dist/src/main.js");

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function start(
  env: Record<string, string>,
  cwd?: string,
): { child: ChildProcess; output: () => string } {
  let output = "";
  const child = spawn(process.execPath, [MAIN], {
    cwd,
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
      const res = await apiFetch(`http://127.0.0.1:${port}/api/v1/health/ready`);
      if (res.status === 200) return;
    } catch (error) {
      if (!(error instanceof NoAnswerError)) throw error; // a contract failure, not "not listening yet"
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
      SHUTDOWN_GRACE_SECONDS: "0",
    };

    const first = start(env);
    await waitReady(port, 150000);
    // The docs are HTML and the spec itself: outside the contract, so a plain fetch.
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
    const registered = await apiFetch(`http://127.0.0.1:${port}/api/v1/auth/register`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(account),
    });
    expect(registered.status).toBe(201);
    first.child.kill("SIGTERM");
    await expect(exitOf(first.child)).resolves.toBe(0);

    const second = start(env);
    await waitReady(port, 150000);
    const login = await apiFetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: account.email, password: account.password }),
    });
    expect(login.status).toBe(200);
    second.child.kill("SIGTERM");
    await expect(exitOf(second.child)).resolves.toBe(0);
    expect(second.output()).not.toMatch(/error/i);
  }, 400_000);

  it("reads .env from its working directory under the real environment, and says at start-up in a few JSON lines what a person needs", async () => {
    const port = await freePort();
    const workDir = mkdtempSync(join(tmpdir(), "storefront-cwd-"));
    // .env picks the port and a quiet log level; the environment overrides the level.
    writeFileSync(join(workDir, ".env"), `PORT=${port}\nHOST=127.0.0.1\nLOG_LEVEL=warn\n`);
    const server = start(
      {
        DATA_DIR: join(workDir, "data"),
        SEED_DEMO_DATA: "false",
        LOG_LEVEL: "info",
        ADMIN_EMAIL: "owner@example.test",
        ADMIN_PASSWORD: "Owner-Password-For-Tests-1",
      },
      workDir,
    );
    try {
      await waitReady(port, 150000);
      server.child.kill("SIGTERM");
      await expect(exitOf(server.child)).resolves.toBe(0);
    } finally {
      server.child.kill("SIGKILL");
      rmSync(workDir, { recursive: true, force: true });
    }

    const lines = server
      .output()
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { level: number; msg: string });
    const startup = lines.filter((line) => !line.msg.includes("SIGTERM")).map((l) => l.msg);
    expect(startup.length).toBeLessThanOrEqual(15);
    expect(lines.every((line) => line.level === 30)).toBe(true);
    const text = startup.join("\n");
    expect(text).toMatch(/^Storefront \d+\.\d+\.\d+ \(development, Node v\d+/m);
    expect(text).toContain(".env set HOST, PORT)");
    expect(text).toContain(
      `Database: embedded PostgreSQL (PGlite) in ${join(workDir, "data", "pgdata")}`,
    );
    expect(text).toMatch(/^Redis: not configured/m);
    expect(text).toMatch(/^Migrations: applied Create\w+/m);
    expect(text).toContain(`API http://127.0.0.1:${port}/api/v1`);
    expect(text).toContain(`docs http://127.0.0.1:${port}/docs`);
    expect(text).toContain("Admin: created owner@example.test");
    // Nest's module and route listings are debug output.
    expect(text).not.toMatch(/Mapped \{|dependencies initialized/);
  }, 300_000);
});
