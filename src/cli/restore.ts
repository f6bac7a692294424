// `npm run restore -- <file>`: restores a backup made by `npm run backup` into DATA_DIR/pgdata,
// which must not exist yet (or be empty): a restore never overwrites a database. Start the
// server on that DATA_DIR afterwards; it migrates the restored database if it is older.
import "reflect-metadata";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { loadConfigOrExit } from "../config/app-config";
import { embeddedDataDir } from "../database/data-source-options";

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error("Usage: npm run restore -- <file>");
  const config = loadConfigOrExit();
  if (config.databaseUrl) {
    throw new Error(
      "DATABASE_URL is set: restore PostgreSQL with pg_restore (see README, Backups)",
    );
  }
  if (!existsSync(resolve(file))) throw new Error(`${resolve(file)} does not exist`);
  const dataDir = embeddedDataDir(config);
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    throw new Error(
      `${dataDir} already holds a database; move it away or set DATA_DIR to an empty directory`,
    );
  }
  mkdirSync(dataDir, { recursive: true });
  const { PGlite } = await import("@electric-sql/pglite");
  const db = await PGlite.create(dataDir, { loadDataDir: new Blob([readFileSync(resolve(file))]) });
  try {
    // Proves the copy opens and is a Storefront database before calling the restore done.
    await db.query("SELECT count(*) FROM typeorm_migrations");
  } finally {
    await db.close();
  }
  process.stdout.write(`Restored ${resolve(file)} into ${dataDir}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Restore failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
