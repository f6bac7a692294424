import "reflect-metadata";
import { Logger } from "@nestjs/common";
import { createApp } from "./app.setup";
import { loadConfigOrExit } from "./config/app-config";
import { applyDotEnv } from "./config/dotenv";
import { ShutdownState } from "./health/shutdown-state";
import { startupBanner, startupSummary } from "./startup-summary";

async function main(): Promise<void> {
  const fromDotEnv = applyDotEnv();
  const config = loadConfigOrExit();
  const logger = new Logger("Main");
  const app = await createApp(config);
  logger.log(startupBanner(config, fromDotEnv));
  await app.listen({ port: config.port, host: config.host });
  for (const line of startupSummary(config, await app.getUrl())) logger.log(line);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received: draining`);
    app.get(ShutdownState).begin();
    const deadline = setTimeout(() => {
      logger.error(`Shutdown took longer than ${config.shutdownGraceMs} ms; exiting`);
      process.exit(1);
    }, config.shutdownGraceMs);
    deadline.unref();
    try {
      // Fastify stops accepting connections and waits for in-flight requests; pools close after.
      await app.close();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, "Shutdown failed");
      process.exit(1);
    }
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Storefront failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
