import { ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TEST_ADMIN, TEST_JWT_SECRET } from "./test-app";
import { adminQuery, uniqueName, withDatabase } from "./database-template";
import { candidatePorts } from "./cuttable-proxy";
import { apiFetch, NoAnswerError } from "./contract-fetch";

const MAIN = join(__dirname, "../../dist/src/main.js");

async function isFree(port: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(undefined));
    server.listen(port, "127.0.0.1", () => {
      const { port: bound } = server.address() as { port: number };
      server.close(() => resolve(bound));
    });
  });
}

/** A port to listen on: from TEST_PORT_RANGE when set, else one the OS picks. */
export async function freePort(): Promise<number> {
  for (const candidate of candidatePorts()) {
    const port = await isFree(candidate);
    if (port !== undefined) return port;
  }
  throw new Error("no free port");
}

/** The built server (`node dist/src/main.js`) as a child process, on 127.0.0.1. */
export interface ServerProcess {
  child: ChildProcess;
  port: number;
  url: (path: string) => string;
  output: () => string;
  exited: Promise<number | null>;
}

export async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` first`);
  const port = await freePort();
  let output = "";
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH ?? "",
      LOG_LEVEL: "warn",
      HOST: "127.0.0.1",
      PORT: String(port),
      JWT_SECRET: TEST_JWT_SECRET,
      ADMIN_EMAIL: TEST_ADMIN.email,
      ADMIN_PASSWORD: TEST_ADMIN.password,
      SEED_DEMO_DATA: "false",
      RATE_LIMIT_PER_MINUTE: "1000000",
      AUTH_RATE_LIMIT_PER_MINUTE: "1000000",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  return {
    child,
    port,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    output: () => output,
    exited,
  };
}

export async function waitReady(server: ServerProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) {
      throw new Error(`the server exited early:\n${server.output()}`);
    }
    try {
      const res = await apiFetch(server.url("/api/v1/health/ready"));
      if (res.status === 200) return;
    } catch (error) {
      if (!(error instanceof NoAnswerError)) throw error; // a contract failure, not "not listening yet"
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not become ready:\n${server.output()}`);
}

/**
 * A database for server processes: on PostgreSQL a clone of the migrated template (several
 * processes may share it), else a fresh data directory for the embedded database.
 */
export async function serverDatabase(): Promise<{
  env: Record<string, string>;
  url: string | undefined;
  drop: () => Promise<void>;
}> {
  const dataDir = mkdtempSync(join(tmpdir(), "storefront-server-"));
  const baseUrl = process.env.DATABASE_URL;
  const template = process.env.STOREFRONT_TEST_TEMPLATE_DB;
  if (!baseUrl || !template) {
    return {
      env: { DATA_DIR: dataDir },
      url: undefined,
      drop: () => Promise.resolve(rmSync(dataDir, { recursive: true, force: true })),
    };
  }
  const name = uniqueName("sf_test");
  await adminQuery(baseUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  const url = withDatabase(baseUrl, name);
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: url },
    url,
    drop: async () => {
      await adminQuery(baseUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
