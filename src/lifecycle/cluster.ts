import cluster, { Worker } from "node:cluster";
import { Logger } from "@nestjs/common";
import { AggregatorRegistry } from "prom-client";
import type { AppConfig } from "../config/app-config";
import { serveMetrics } from "../observability/metrics-server";

const RESTART_DELAY_MS = 1000;

/**
 * WEB_CONCURRENCY above 1 turns this process into a cluster primary: it forks that many
 * workers, each a whole Storefront process sharing the one PORT (the primary hands out
 * connections round-robin), replaces a worker that dies, passes SIGTERM/SIGINT on so each
 * drains as a single process would, and serves the merged metrics of all workers on
 * METRICS_PORT. Returns false when this process should run the app itself.
 */
export function startClusterPrimary(config: AppConfig): boolean {
  if (config.webConcurrency <= 1 || !cluster.isPrimary) return false;
  const logger = new Logger("Cluster");
  let stopping = false;
  let failed = false;

  const workers = (): Worker[] => Object.values(cluster.workers ?? {}).filter((w) => !!w);
  for (let i = 0; i < config.webConcurrency; i++) cluster.fork();
  logger.log(`Started ${config.webConcurrency} workers on port ${config.port}`);

  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (code !== 0) failed = true;
      if (workers().length === 0) process.exit(failed ? 1 : 0);
      return;
    }
    logger.error(`Worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    setTimeout(() => {
      if (!stopping) cluster.fork();
    }, RESTART_DELAY_MS).unref();
  });

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received: draining ${workers().length} workers`);
    for (const worker of workers()) worker.process.kill(signal);
    if (workers().length === 0) process.exit(0);
    // A little beyond the workers' own grace period, so they report before being forced.
    setTimeout(
      () => {
        logger.error("Workers did not stop in time; killing them");
        for (const worker of workers()) worker.process.kill("SIGKILL");
        process.exit(1);
      },
      config.shutdownGraceSeconds * 1000 + config.shutdownTimeoutMs + 2000,
    ).unref();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));

  if (config.metricsPort !== undefined) {
    const aggregate = new AggregatorRegistry();
    serveMetrics(
      async () => ({ contentType: aggregate.contentType, body: await aggregate.clusterMetrics() }),
      logger,
    ).listen(config.metricsPort, config.metricsHost);
  }
  return true;
}
