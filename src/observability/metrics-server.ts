import { createServer, Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from "@nestjs/common";
import type { AppConfig } from "../config/app-config";
import { APP_CONFIG } from "../config/config.module";
import { Metrics } from "./metrics";

/** Serves GET /metrics for Prometheus on a port of its own. */
export function serveMetrics(
  render: () => Promise<{ contentType: string; body: string }>,
  logger: Pick<Logger, "error">,
): Server {
  return createServer((req, res) => {
    if (req.method !== "GET" || req.url?.split("?")[0] !== "/metrics") {
      res.writeHead(404, { "content-type": "text/plain" }).end("Not found\n");
      return;
    }
    render().then(
      ({ contentType, body }) => res.writeHead(200, { "content-type": contentType }).end(body),
      (error: unknown) => {
        logger.error({ err: error }, "Metrics could not be rendered");
        res.writeHead(500, { "content-type": "text/plain" }).end("Metrics unavailable\n");
      },
    );
  });
}

/**
 * The metrics listener of this process, on METRICS_PORT (off when unset). It is a separate
 * port, never the API's, so the load balancer never exposes it. Under the cluster module the
 * primary serves the merged figures of every worker instead (lifecycle/cluster.ts).
 */
@Injectable()
export class MetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MetricsServer.name);
  private server: Server | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: Metrics,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.metricsPort === undefined || this.config.webConcurrency > 1) return;
    const server = serveMetrics(
      async () => ({ contentType: this.metrics.contentType, body: await this.metrics.render() }),
      this.logger,
    );
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.config.metricsPort, this.config.metricsHost, () => resolve());
    });
    this.server = server;
  }

  /** Where it listens (tests ask for port 0 and read the port here). */
  address(): AddressInfo | undefined {
    return (this.server?.address() as AddressInfo | null) ?? undefined;
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
