// `npm run backup -- <file>`: writes the embedded database (DATA_DIR/pgdata) to <file>, a
// gzipped tarball of its data directory. The server must be stopped first: the embedded
// database belongs to one process, and a copy taken under it could be torn. On PostgreSQL
// (DATABASE_URL set), use pg_dump instead (README, "Backups").
import "reflect-metadata";
import { existsSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { loadConfigOrExit } from "../config/app-config";
import { embeddedDataDir, openEmbeddedDatabase } from "../database/data-source-options";

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error("Usage: npm run backup -- <file>");
  const config = loadConfigOrExit();
  if (config.databaseUrl) {
    throw new Error("DATABASE_URL is set: back up PostgreSQL with pg_dump (see README, Backups)");
  }
  const dataDir = embeddedDataDir(config);
  if (!existsSync(dataDir)) throw new Error(`There is no embedded database in ${dataDir}`);
  // Refuses (naming the owner's pid) while the server has the database open: stop it first.
  const db = await openEmbeddedDatabase(dataDir);
  try {
    // A checkpoint first, so the copy needs no crash recovery when it is restored.
    await db.exec("CHECKPOINT");
    const dump = await db.dumpDataDir("gzip");
    writeFileSync(resolve(file), Buffer.from(await dump.arrayBuffer()));
  } finally {
    await db.close();
  }
  process.stdout.write(`Backed up ${dataDir} to ${resolve(file)}\n`);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `Backup failed: ${message}${/in use by process/.test(message) ? " (stop the server first)" : ""}\n`,
  );
  process.exit(1);
});
