// `npm run openapi`: writes openapi.json from the code, booting the app on a throwaway
// in-memory database so that nothing on disk or on the network is touched.
import "reflect-metadata";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp } from "../app.setup";
import { loadConfig } from "../config/app-config";
import { openEmbeddedDatabase } from "../database/data-source-options";

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), "storefront-openapi-"));
  const config = loadConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    DATA_DIR: dataDir,
    SEED_DEMO_DATA: "false",
  });
  const app = await createApp(config, { embeddedDatabase: await openEmbeddedDatabase(undefined) });
  try {
    const response = await app
      .getHttpAdapter()
      .getInstance()
      .inject({ method: "GET", url: "/docs-json" });
    const target = join(__dirname, "../../../openapi.json");
    writeFileSync(target, `${JSON.stringify(JSON.parse(response.body), null, 2)}\n`);
    process.stdout.write(`Wrote ${target}\n`);
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
