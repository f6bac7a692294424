import { Inject, Injectable, OnModuleInit } from "@nestjs/common";
import { DataSource } from "typeorm";
import type { AppConfig } from "../config/app-config";
import { APP_CONFIG } from "../config/config.module";
import { Metrics } from "./metrics";

/** The counters node-postgres's Pool (and the embedded database's pool) keep. */
interface PoolCounters {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** Reads the database pool's use and queue on each scrape. */
@Injectable()
export class DbPoolMetrics implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly metrics: Metrics,
  ) {}

  onModuleInit(): void {
    // The embedded database has a single session.
    const max = this.config.databaseUrl ? this.config.dbPoolSize : 1;
    this.metrics.onScrape(() => {
      const pool = (this.dataSource.driver as unknown as { master?: PoolCounters }).master;
      if (!pool) return;
      this.metrics.dbPoolConnections.set({ state: "idle" }, pool.idleCount);
      this.metrics.dbPoolConnections.set({ state: "in_use" }, pool.totalCount - pool.idleCount);
      this.metrics.dbPoolWaiting.set(pool.waitingCount);
      this.metrics.dbPoolMax.set(max);
    });
  }
}
