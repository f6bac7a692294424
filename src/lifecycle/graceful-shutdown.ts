import type { LoggerService } from "@nestjs/common";
import type { NestFastifyApplication } from "@nestjs/platform-fastify";
import type { AppConfig } from "../config/app-config";
import { ShutdownState } from "../health/shutdown-state";

/**
 * On SIGTERM or SIGINT: readiness turns 503 at once while requests are still served for
 * SHUTDOWN_GRACE_SECONDS (a balancer polling readiness needs that long to stop sending), then
 * the server stops accepting and finishes what is in flight, then jobs stop and pools close,
 * and the process exits 0. If that takes longer than SHUTDOWN_TIMEOUT_MS it exits 1.
 * `afterClose` runs last (e.g. sending the spans still buffered).
 */
export function installGracefulShutdown(
  app: NestFastifyApplication,
  config: AppConfig,
  logger: LoggerService,
  afterClose: () => Promise<void> | undefined = () => undefined,
): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    drain(app, config, logger, signal, afterClose).then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "Shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

async function drain(
  app: NestFastifyApplication,
  config: AppConfig,
  logger: LoggerService,
  signal: string,
  afterClose: () => Promise<void> | undefined,
): Promise<void> {
  const state = app.get(ShutdownState);
  state.begin();
  logger.log(
    `${signal} received: readiness is 503; serving for ${config.shutdownGraceSeconds} s more`,
  );
  await new Promise((resolve) => setTimeout(resolve, config.shutdownGraceSeconds * 1000));

  state.beginClosing();
  logger.log("Closing: no new requests; finishing those in flight");
  const deadline = setTimeout(() => {
    logger.error(`Shutdown took longer than ${config.shutdownTimeoutMs} ms; exiting`);
    process.exit(1);
  }, config.shutdownTimeoutMs);
  deadline.unref();
  // The HTTP server first, so every in-flight request finishes before any job or pool stops;
  // then the application's own shutdown (jobs, Redis, database pools).
  await app.getHttpAdapter().close();
  await app.close();
  await afterClose()?.catch((error: unknown) =>
    logger.error({ err: error }, "Flushing traces at shutdown failed"),
  );
  logger.log("Shutdown complete");
}
