import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { Client } from "pg";
import { DataSource } from "typeorm";
import {
  buildDataSourceOptions,
  openEmbeddedDatabase,
} from "../../src/database/data-source-options";
import { runMigrations } from "../../src/database/migrator";

const DB_SETTINGS = {
  dbConnectTimeoutMs: 5000,
  dbStatementTimeoutMs: 30000,
  dbPoolSize: 4,
  dataDir: "",
};

export function uniqueName(prefix: string): string {
  return `${prefix}_${randomBytes(6).toString("hex")}`;
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Migrates a fresh database at `url`; the test files clone it. */
export async function migrate(url: string | undefined, embedded?: PGlite): Promise<void> {
  const dataSource = new DataSource(
    buildDataSourceOptions({ ...DB_SETTINGS, databaseUrl: url }, embedded),
  );
  await dataSource.initialize();
  try {
    await runMigrations(dataSource);
  } finally {
    if (url) await dataSource.destroy();
  }
}

export async function buildEmbeddedTemplate(): Promise<Blob> {
  const db = await openEmbeddedDatabase(undefined);
  await migrate(undefined, db);
  const dump = await db.dumpDataDir("none");
  await db.close();
  return dump;
}

export async function openEmbeddedClone(template: Blob): Promise<PGlite> {
  const { types } = await import("@electric-sql/pglite");
  return PGlite.create({
    loadDataDir: template,
    parsers: { [types.INT8]: (value: string) => value },
  });
}
