import cluster from "node:cluster";
import { Injectable, Logger } from "@nestjs/common";
import {
  AggregatorRegistry,
  collectDefaultMetrics,
  Counter,
  Gauge,
  Histogram,
  Registry,
} from "prom-client";

/** Read on every scrape, e.g. a backlog counted in the database. */
export type ScrapeCollector = () => Promise<void> | void;

const PREFIX = "storefront_";

/**
 * Every metric family of this process, in a registry of its own (several apps may run in one
 * process under test). Labels are bounded sets (route templates, statuses, job names): never
 * an id, an email or a raw URL. Gauges read from the shared database say `max` so the cluster
 * primary does not add up one figure per worker.
 */
@Injectable()
export class Metrics {
  private readonly logger = new Logger(Metrics.name);
  readonly registry = new Registry();
  private readonly collectors: ScrapeCollector[] = [];
  private refreshing: Promise<void> | undefined;

  readonly httpRequestDuration = new Histogram({
    name: "http_request_duration_seconds",
    help: "HTTP request duration by method, route template and status code.",
    labelNames: ["method", "route", "status_code"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly dbPoolConnections = new Gauge({
    name: `${PREFIX}db_pool_connections`,
    help: "Database pool connections by state (idle, in_use).",
    labelNames: ["state"] as const,
    registers: [this.registry],
    collect: () => this.refresh(),
  });

  readonly dbPoolWaiting = new Gauge({
    name: `${PREFIX}db_pool_waiting_requests`,
    help: "Queries waiting for a free database connection.",
    registers: [this.registry],
    collect: () => this.refresh(),
  });

  readonly dbPoolMax = new Gauge({
    name: `${PREFIX}db_pool_max_connections`,
    help: "The database pool's size.",
    registers: [this.registry],
    collect: () => this.refresh(),
  });

  readonly redisUp = new Gauge({
    name: `${PREFIX}redis_up`,
    help: "1 while this instance's Redis connection is ready, 0 while it is lost (only with REDIS_URL).",
    registers: [this.registry],
    collect: () => this.refresh(),
  });

  readonly cacheRequests = new Counter({
    name: `${PREFIX}cache_requests_total`,
    help: "Cache reads by namespace and result (hit, miss, error).",
    labelNames: ["namespace", "result"] as const,
    registers: [this.registry],
  });

  readonly outboxBacklog = new Gauge({
    name: `${PREFIX}outbox_backlog_messages`,
    help: "Outbox messages not yet delivered (pending or retrying).",
    registers: [this.registry],
    collect: () => this.refresh(),
    aggregator: "max",
  });

  readonly outboxOldestAge = new Gauge({
    name: `${PREFIX}outbox_oldest_message_age_seconds`,
    help: "Age of the oldest undelivered outbox message (0 when none).",
    registers: [this.registry],
    collect: () => this.refresh(),
    aggregator: "max",
  });

  readonly jobRuns = new Counter({
    name: `${PREFIX}job_runs_total`,
    help: "Background job runs by job and outcome (success, failure).",
    labelNames: ["job", "outcome"] as const,
    registers: [this.registry],
  });

  readonly jobDuration = new Histogram({
    name: `${PREFIX}job_duration_seconds`,
    help: "Background job run duration by job.",
    labelNames: ["job"] as const,
    buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 30, 120],
    registers: [this.registry],
  });

  readonly payments = new Gauge({
    name: `${PREFIX}payments`,
    help: "Payments by status (outcome), counted in the database.",
    labelNames: ["status"] as const,
    registers: [this.registry],
    collect: () => this.refresh(),
    aggregator: "max",
  });

  readonly refunds = new Gauge({
    name: `${PREFIX}refunds`,
    help: "Refunds by status (outcome), counted in the database.",
    labelNames: ["status"] as const,
    registers: [this.registry],
    collect: () => this.refresh(),
    aggregator: "max",
  });

  readonly securityEvents = new Counter({
    name: `${PREFIX}security_events_total`,
    help: "Security events by type (login_failed, login_locked, ...).",
    labelNames: ["type"] as const,
    registers: [this.registry],
  });

  readonly loginFailures = new Counter({
    name: `${PREFIX}login_failures_total`,
    help: "Failed logins (wrong credentials or a locked account).",
    registers: [this.registry],
  });

  readonly loginLocks = new Counter({
    name: `${PREFIX}login_locks_total`,
    help: "Accounts locked after too many failed logins.",
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    // Under the cluster module the primary asks each worker for this registry and merges them.
    if (cluster.isWorker) AggregatorRegistry.setRegistries([this.registry]);
  }

  /** Adds work done before each scrape (reading a gauge's value from where it lives). */
  onScrape(collector: ScrapeCollector): void {
    this.collectors.push(collector);
  }

  /** The exposition text (what a scrape gets). */
  render(): Promise<string> {
    return this.registry.metrics();
  }

  /**
   * Runs every collector once per scrape: each scrape-time gauge asks, and those asking while
   * a refresh is under way share it. A collector that fails leaves its gauges as they were.
   */
  private refresh(): Promise<void> {
    this.refreshing ??= Promise.all(
      this.collectors.map(async (collect) => {
        try {
          await collect();
        } catch (error) {
          this.logger.warn(`A metrics collector failed: ${(error as Error).message}`);
        }
      }),
    ).then(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
