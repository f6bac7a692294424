// PostgreSQL helpers for benches: a database of the bench's own, and the CPU its backends use.
import { Client } from "pg";
import { CpuMeter } from "./proc";

/** `url` with `application_name` set, so a target's backends can be told apart. */
export function withApplicationName(url: string, name: string): string {
  const u = new URL(url);
  u.searchParams.set("application_name", name);
  return u.toString();
}

/** Creates the database named in `url` when it does not exist (through the `postgres` one). */
export async function ensureDatabase(url: string): Promise<void> {
  const u = new URL(url);
  const name = decodeURIComponent(u.pathname.replace(/^\//, ""));
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unexpected database name "${name}"`);
  u.pathname = "/postgres";
  const admin = new Client({ connectionString: u.toString() });
  await admin.connect();
  try {
    const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
}

/**
 * Measures the CPU of the PostgreSQL backends serving one application (by application_name),
 * read from /proc: works without pg_stat_statements, which needs a server restart to load.
 * PostgreSQL must run on this machine.
 */
export class PgBackendMeter {
  private readonly meter: CpuMeter;

  constructor(
    private readonly monitor: Client,
    applicationName: string,
  ) {
    this.meter = new CpuMeter(() => this.backendPids(applicationName));
  }

  private async backendPids(applicationName: string): Promise<number[]> {
    const res = await this.monitor.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND backend_type = 'client backend'`,
      [applicationName],
    );
    return res.rows.map((r) => r.pid);
  }

  start(): Promise<void> {
    return this.meter.start();
  }

  stop(): Promise<number> {
    return this.meter.stop();
  }
}

/**
 * Statement counts and execution time from pg_stat_statements, when the extension is loaded
 * (shared_preload_libraries) and created in the database; null otherwise.
 */
export async function statementStats(
  client: Client,
): Promise<{ calls: number; execMs: number } | null> {
  try {
    const res = await client.query<{ calls: string; ms: number }>(
      `SELECT coalesce(sum(calls), 0)::bigint AS calls, coalesce(sum(total_exec_time), 0)::float8 AS ms
       FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    );
    return { calls: Number(res.rows[0].calls), execMs: res.rows[0].ms };
  } catch {
    return null;
  }
}
