import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  adminQuery,
  buildEmbeddedTemplate,
  migrate,
  uniqueName,
  withDatabase,
} from "./database-template";

/**
 * Migrates one template database per run; every test file then starts from a clone of it
 * (CREATE DATABASE ... TEMPLATE on PostgreSQL, a data-dir dump on PGlite).
 */
export default async function globalSetup(): Promise<void> {
  // Where the validating client notes each operation and status it saw (see contract-coverage).
  const contractDir = mkdtempSync(join(tmpdir(), "storefront-contract-"));
  process.env.STOREFRONT_CONTRACT_SEEN = join(contractDir, "seen.jsonl");
  // Which test files ran: coverage is only enforced when every e2e file did.
  process.env.STOREFRONT_CONTRACT_RAN = join(contractDir, "ran.txt");
  const url = process.env.DATABASE_URL;
  if (url) {
    const template = uniqueName("sf_tpl");
    await adminQuery(url, `CREATE DATABASE ${template}`);
    await migrate(withDatabase(url, template));
    process.env.STOREFRONT_TEST_TEMPLATE_DB = template;
  } else {
    const dir = mkdtempSync(join(tmpdir(), "storefront-test-"));
    const file = join(dir, "template.tar");
    writeFileSync(file, Buffer.from(await (await buildEmbeddedTemplate()).arrayBuffer()));
    process.env.STOREFRONT_TEST_TEMPLATE_DUMP = file;
  }
}
