// `npm run catalog:sql`: writes the catalog's hot statements to
// src/products/catalog/sql/catalog-queries.sql and, with DATABASE_URL set (a seeded catalog,
// e.g. the bench's 100,000 variants), their plans to catalog-plans.txt.
import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Client } from "pg";
import {
  catalogShapes,
  RENDER_VALUES,
  renderQueries,
} from "../products/catalog/sql/catalog-shapes";
import { explainShapes } from "../products/catalog/sql/catalog-plans";

const DIR = join(__dirname, "..", "..", "..", "src", "products", "catalog", "sql");

async function main(): Promise<void> {
  writeFileSync(join(DIR, "catalog-queries.sql"), renderQueries(catalogShapes(RENDER_VALUES)));
  process.stdout.write("Wrote src/products/catalog/sql/catalog-queries.sql\n");
  const url = process.env.DATABASE_URL;
  if (!url) return;
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const text = await explainShapes((sql, values) =>
      client.query<Record<string, string>>(sql, values).then((r) => r.rows),
    );
    writeFileSync(join(DIR, "catalog-plans.txt"), text);
    process.stdout.write("Wrote src/products/catalog/sql/catalog-plans.txt\n");
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `catalog:sql failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
