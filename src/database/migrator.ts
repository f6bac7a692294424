import type { DataSource } from "typeorm";

// An arbitrary constant: every instance takes the same advisory lock, so when several start
// together, one migrates and the others wait, then find nothing left to do.
const MIGRATION_LOCK_ID = 7_461_352_901;

/** Runs pending migrations once, even with several instances starting at the same moment. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const embedded = !(dataSource.options as { url?: string }).url;
  if (embedded) {
    // One process owns the embedded database, and its single session must stay free for the run.
    return (await dataSource.runMigrations({ transaction: "each" })).map((m) => m.name);
  }
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_ID]);
    return (await dataSource.runMigrations({ transaction: "each" })).map((m) => m.name);
  } finally {
    await lock.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_ID]).catch(() => undefined);
    await lock.release();
  }
}
