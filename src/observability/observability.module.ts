import { Global, Module } from "@nestjs/common";
import { DbPoolMetrics } from "./db-pool-metrics";
import { Metrics } from "./metrics";
import { MetricsServer } from "./metrics-server";
import { RedisMetrics } from "./redis-metrics";

/** Prometheus metrics: the families every module feeds, and their listener. */
@Global()
@Module({
  providers: [Metrics, MetricsServer, DbPoolMetrics, RedisMetrics],
  exports: [Metrics],
})
export class ObservabilityModule {}
