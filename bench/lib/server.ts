// Starting, checking and stopping the servers a bench measures.
import { ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { assertListenerIs, assertPortFree } from "./ports";

/**
 * The Node flags Storefront runs with in production (those of `npm run start:prod`), so that a
 * bench measures the server as deployed.
 */
export const STOREFRONT_NODE_FLAGS: string[] = (
  JSON.parse(readFileSync(join(__dirname, "..", "..", "..", "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  }
).scripts["start:prod"]
  .split(" ")
  .filter((arg) => arg.startsWith("--"));

export interface ServerSpec {
  /** A short label for reports, e.g. "storefront" or "baseline". */
  name: string;
  /** The Node script to run, with its arguments. */
  args: string[];
  env: NodeJS.ProcessEnv;
  port: number;
  /** A path answering 200 once the server is ready to serve, e.g. "/api/v1/health/ready". */
  readyPath: string;
  /** Extra Node flags, e.g. ["--cpu-prof"]. */
  nodeArgs?: string[];
  cwd?: string;
  readyTimeoutMs?: number;
}

export interface RunningServer {
  name: string;
  port: number;
  pid: number;
  baseUrl: string;
  child: ChildProcess;
}

/**
 * Starts a Node server in a child process (so it does not share the load generator's event
 * loop) on a port that must be free, waits until it answers, and checks that the answer comes
 * from this child and not from another process that holds the port.
 */
export async function startServer(spec: ServerSpec): Promise<RunningServer> {
  await assertPortFree(spec.port);
  const child = spawn(process.execPath, [...(spec.nodeArgs ?? []), ...spec.args], {
    cwd: spec.cwd,
    env: spec.env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (child.pid === undefined) throw new Error(`${spec.name} did not start`);
  const baseUrl = `http://127.0.0.1:${spec.port}`;
  const deadline = Date.now() + (spec.readyTimeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${spec.name} exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${baseUrl}${spec.readyPath}`);
      if (res.ok) {
        assertListenerIs(child.pid, spec.port);
        return { name: spec.name, port: spec.port, pid: child.pid, baseUrl, child };
      }
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill("SIGTERM");
  throw new Error(`${spec.name} did not become ready within the time allowed`);
}

/** Stops the server (SIGTERM, then SIGKILL after `graceMs`). */
export async function stopServer(server: RunningServer, graceMs = 10_000): Promise<void> {
  const { child } = server;
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** Stops every server on exit or interrupt, so no bench leaves a process holding its port. */
export function stopAllOnExit(servers: () => RunningServer[]): void {
  const kill = () => {
    for (const s of servers()) if (s.child.exitCode === null) s.child.kill("SIGTERM");
  };
  process.once("exit", kill);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      kill();
      process.exit(130);
    });
  }
}
