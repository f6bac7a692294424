// First: the V8 heap settings, before the application allocates anything.
import "./lifecycle/apply-heap-flags";
// Then tracing, which patches http, pg and ioredis as they load.
import { fromDotEnv, tracing } from "./observability/tracing.preload";
import "reflect-metadata";
import { Logger } from "@nestjs/common";
import { createApp } from "./app.setup";
import { loadConfigOrExit } from "./config/app-config";
import { startClusterPrimary } from "./lifecycle/cluster";
import { installGracefulShutdown } from "./lifecycle/graceful-shutdown";
import { startupBanner, startupSummary } from "./startup-summary";

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  if (startClusterPrimary(config)) return;
  const logger = new Logger("Main");
  const app = await createApp(config);
  logger.log(startupBanner(config, fromDotEnv));
  await app.listen({ port: config.port, host: config.host });
  for (const line of startupSummary(config, await app.getUrl())) logger.log(line);

  installGracefulShutdown(app, config, logger, () => tracing?.shutdown());
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Storefront failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
