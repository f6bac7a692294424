// `npm run migration:run`: applies pending migrations, as start-up does, and lists them.
import "reflect-metadata";
import { runMigrations } from "../database/migrator";
import dataSourcePromise from "./data-source";

async function main(): Promise<void> {
  const dataSource = await (await dataSourcePromise).initialize();
  try {
    const applied = await runMigrations(dataSource);
    process.stdout.write(
      applied.length ? `Applied: ${applied.join(", ")}\n` : "No pending migrations.\n",
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Migration failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
