import { rmSync } from "node:fs";
import { dirname } from "node:path";
import { adminQuery } from "./database-template";

export default async function globalTeardown(): Promise<void> {
  const url = process.env.DATABASE_URL;
  const template = process.env.STOREFRONT_TEST_TEMPLATE_DB;
  if (url && template) await adminQuery(url, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  const dump = process.env.STOREFRONT_TEST_TEMPLATE_DUMP;
  if (dump) rmSync(dirname(dump), { recursive: true, force: true });
}
