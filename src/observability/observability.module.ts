import { Global, Module } from "@nestjs/common";
import { DbPoolMetrics } from "./db-pool-metrics";
import { Metrics } from "./metrics";
import { MetricsServer } from "./metrics-server";

/** Prometheus metrics: the families every module feeds, and their listener. */
@Global()
@Module({
  providers: [Metrics, MetricsServer, DbPoolMetrics],
  exports: [Metrics],
})
export class ObservabilityModule {}
