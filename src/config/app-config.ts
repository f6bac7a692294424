import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { applyDotEnv } from "./dotenv";
import { isIsoCurrency } from "../common/money/currencies";

export type NodeEnv = "development" | "production" | "test";
export type PaymentProviderName = "sandbox" | "none";
export type LogLevel = "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
/** all: API and background jobs; api: no jobs; worker: jobs, and only the health routes. */
export type ProcessRole = "all" | "api" | "worker";
/** The background jobs, each with its own interval setting. */
export const JOB_NAMES = [
  "outbox",
  "payment-reconciler",
  "payment-timeout",
  "idempotency-cleanup",
  "login-throttle-cleanup",
] as const;
export type JobName = (typeof JOB_NAMES)[number];

/** The whole typed configuration, read from the environment once at start-up. */
export interface AppConfig {
  nodeEnv: NodeEnv;
  role: ProcessRole;
  /** HTTP processes behind the one port (Node's cluster module); 1 runs in this process. */
  webConcurrency: number;
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  dbConnectTimeoutMs: number;
  dbStatementTimeoutMs: number;
  dbPoolSize: number;
  redisUrl: string | undefined;
  redisKeyPrefix: string;
  logLevel: LogLevel;
  /** Pretty coloured lines for a person at a terminal, JSON lines for everything else. */
  logFormat: "pretty" | "json";
  corsOrigins: string[];
  trustedProxies: string[];
  bodyLimitBytes: number;
  /** On SIGTERM, how long readiness is 503 while requests are still served (balancer drain). */
  shutdownGraceSeconds: number;
  /** After the grace period, how long in-flight requests and closing may take before exit 1. */
  shutdownTimeoutMs: number;
  /** Serve Swagger UI and the JSON/YAML spec (/docs, /docs-json, /docs-yaml). */
  docsEnabled: boolean;
  seedDemoData: boolean;
  /** How long public catalog reads stay cached (writes invalidate them at once); 0 disables. */
  catalogCacheTtlSeconds: number;
  jwtSecret: string;
  jwtIssuer: string;
  jwtAudience: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  loginMaxFailures: number;
  loginLockMinutes: number;
  rateLimitPerMinute: number;
  authRateLimitPerMinute: number;
  /** Requests per minute of one authenticated account, whatever its client IPs. */
  accountRateLimitPerMinute: number;
  smtpUrl: string | undefined;
  mailFrom: string;
  storeCurrency: string;
  taxRateBps: number;
  orderPaymentTimeoutMinutes: number;
  /** `none` (the default in production) runs without a payment provider: paying is a 503. */
  paymentProvider: PaymentProviderName;
  /** The deliberate switch that lets the sandbox run with NODE_ENV=production. */
  sandboxInProduction: boolean;
  paymentWebhookSecrets: string[];
  sandboxWebhookDelayMs: number;
  /** Failed payments an order takes before it refuses more (a bound on card testing). */
  paymentMaxFailuresPerOrder: number;
  /** Days after delivery during which a customer may ask to return lines. */
  returnWindowDays: number;
  paymentReconcileAfterMinutes: number;
  paymentUnknownOutcomeRecheckSeconds: number;
  /** Whether this process runs the background jobs: JOBS_ENABLED and a role that has them. */
  jobsEnabled: boolean;
  jobIntervalsMs: Record<JobName, number>;
  /** Port of the Prometheus /metrics listener; undefined: no listener. */
  metricsPort: number | undefined;
  metricsHost: string;
  /** OTLP/HTTP collector for traces; undefined: no tracing (see observability/tracing.ts). */
  otelExporterOtlpEndpoint: string | undefined;
  /** A staged idempotent request renews its key's lease; a key whose lease ran out is free. */
  idempotencyLeaseSeconds: number;
  /** Stock hoarding bounds: unpaid orders per customer, units of one variant in them. */
  maxUnpaidOrdersPerCustomer: number;
  maxUnpaidUnitsPerVariant: number;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

class EnvReader {
  constructor(private readonly env: Env) {}

  raw(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value.trim() === "" ? undefined : value.trim();
  }

  string(name: string, fallback: string): string {
    return this.raw(name) ?? fallback;
  }

  int(name: string, fallback: number, min: number, max: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (!/^-?\d+$/.test(value) || Number(value) < min || Number(value) > max) {
      throw new ConfigError(`${name} must be an integer from ${min} to ${max} (got "${value}")`);
    }
    return Number(value);
  }

  bool(name: string, fallback: boolean): boolean {
    const value = this.raw(name)?.toLowerCase();
    if (value === undefined) return fallback;
    if (["true", "1", "yes"].includes(value)) return true;
    if (["false", "0", "no"].includes(value)) return false;
    throw new ConfigError(`${name} must be true or false (got "${value}")`);
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (!allowed.includes(value as T)) {
      throw new ConfigError(`${name} must be one of ${allowed.join(", ")} (got "${value}")`);
    }
    return value as T;
  }

  list(name: string): string[] {
    return (this.raw(name) ?? "")
      .split(",")
      .map((item) => item.trim())
      .filter(Boolean);
  }

  url(name: string, protocols: string[]): string | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    let parsed: URL;
    try {
      parsed = new URL(value);
    } catch {
      throw new ConfigError(`${name} must be a URL (${protocols.join(" or ")})`);
    }
    if (!protocols.includes(parsed.protocol.replace(/:$/, ""))) {
      throw new ConfigError(
        `${name} must use ${protocols.join(" or ")} (got "${parsed.protocol}")`,
      );
    }
    return value;
  }
}

const MIN_SECRET_BYTES = 32;

/**
 * A secret kept in the data directory, generated on first use: outside production a missing
 * secret is made once and survives restarts, and is never a constant anyone can read in the
 * source. Production must be given its secrets.
 */
function generatedSecret(dataDir: string, fileName: string): string {
  const file = join(dataDir, fileName);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function resolveJwtSecret(reader: EnvReader, nodeEnv: NodeEnv, dataDir: string): string {
  const configured = reader.raw("JWT_SECRET");
  if (configured !== undefined) {
    if (Buffer.byteLength(configured, "utf8") < MIN_SECRET_BYTES) {
      throw new ConfigError(`JWT_SECRET must be at least ${MIN_SECRET_BYTES} bytes long`);
    }
    return configured;
  }
  if (nodeEnv === "production") {
    throw new ConfigError("JWT_SECRET is required when NODE_ENV=production");
  }
  return generatedSecret(dataDir, "jwt-secret");
}

/** The webhook signing secrets: the first signs, any verifies (several during a rotation). */
function resolveWebhookSecrets(reader: EnvReader, nodeEnv: NodeEnv, dataDir: string): string[] {
  const configured = reader.list("PAYMENT_WEBHOOK_SECRET");
  if (configured.length > 0) return configured;
  if (nodeEnv === "production") {
    throw new ConfigError("PAYMENT_WEBHOOK_SECRET is required when NODE_ENV=production");
  }
  return [`whsec_${generatedSecret(dataDir, "webhook-secret")}`];
}

function resolveLogFormat(format: "auto" | "pretty" | "json"): "pretty" | "json" {
  if (format !== "auto") return format;
  return process.stdout.isTTY === true ? "pretty" : "json";
}

export function loadConfig(env: Env = process.env): AppConfig {
  const r = new EnvReader(env);
  const nodeEnv = r.oneOf(
    "NODE_ENV",
    ["development", "production", "test"] as const,
    "development",
  );
  const dataDirRaw = r.string("DATA_DIR", "./data");
  const dataDir = isAbsolute(dataDirRaw) ? dataDirRaw : resolve(process.cwd(), dataDirRaw);
  const databaseUrl = r.url("DATABASE_URL", ["postgres", "postgresql"]);
  const storeCurrency = r.string("STORE_CURRENCY", "USD").toUpperCase();
  if (!isIsoCurrency(storeCurrency)) {
    throw new ConfigError(
      `STORE_CURRENCY must be an ISO 4217 code such as USD (got "${storeCurrency}")`,
    );
  }
  // The sandbox is a card simulator whose 3-D Secure page is public: never in production by
  // accident. Choosing it there takes a second, deliberate switch (and is warned at start-up).
  const paymentProvider = r.oneOf(
    "PAYMENT_PROVIDER",
    ["sandbox", "none"] as const,
    nodeEnv === "production" ? "none" : "sandbox",
  );
  const sandboxInProduction = r.bool("SANDBOX_IN_PRODUCTION", false);
  if (nodeEnv === "production" && paymentProvider === "sandbox" && !sandboxInProduction) {
    throw new ConfigError(
      "PAYMENT_PROVIDER=sandbox is a card simulator: in production it needs SANDBOX_IN_PRODUCTION=true",
    );
  }
  const adminEmail = r.raw("ADMIN_EMAIL")?.toLowerCase();
  if (adminEmail !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(adminEmail)) {
    throw new ConfigError(`ADMIN_EMAIL must be an email address (got "${adminEmail}")`);
  }
  const adminPassword = r.raw("ADMIN_PASSWORD");
  if (adminPassword !== undefined && (adminPassword.length < 12 || adminPassword.length > 128)) {
    throw new ConfigError("ADMIN_PASSWORD must be 12 to 128 characters long");
  }
  const role = r.oneOf("ROLE", ["all", "api", "worker"] as const, "all");
  const webConcurrency = r.int("WEB_CONCURRENCY", 1, 1, 64);
  if (webConcurrency > 1 && databaseUrl === undefined) {
    // PGlite lives inside one process; several processes need a database server.
    throw new ConfigError("WEB_CONCURRENCY above 1 needs DATABASE_URL (a PostgreSQL server)");
  }
  const jobIntervalMs = r.int("JOB_INTERVAL_MS", 30000, 100, 3_600_000);
  const jobInterval = (name: string) => r.int(name, jobIntervalMs, 100, 3_600_000);
  const metricsPort =
    r.raw("METRICS_PORT") === undefined ? undefined : r.int("METRICS_PORT", 0, 0, 65535);
  const host = r.string("HOST", "0.0.0.0");

  return {
    nodeEnv,
    role,
    webConcurrency,
    port: r.int("PORT", 3000, 0, 65535),
    host,
    dataDir,
    databaseUrl,
    dbConnectTimeoutMs: r.int("DB_CONNECT_TIMEOUT_MS", 3000, 100, 60000),
    dbStatementTimeoutMs: r.int("DB_STATEMENT_TIMEOUT_MS", 15000, 100, 600000),
    dbPoolSize: r.int("DB_POOL_SIZE", 10, 1, 200),
    redisUrl: r.url("REDIS_URL", ["redis", "rediss"]),
    redisKeyPrefix: r.string("REDIS_KEY_PREFIX", "storefront:"),
    logLevel: r.oneOf(
      "LOG_LEVEL",
      ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const,
      nodeEnv === "test" ? "silent" : "info",
    ),
    logFormat: resolveLogFormat(r.oneOf("LOG_FORMAT", ["auto", "pretty", "json"] as const, "auto")),
    corsOrigins: r.list("CORS_ORIGINS"),
    trustedProxies: r.list("TRUSTED_PROXIES"),
    bodyLimitBytes: r.int("BODY_LIMIT_BYTES", 1024 * 1024, 1024, 100 * 1024 * 1024),
    // Tests stop apps directly; a balancer to drain only exists outside them.
    shutdownGraceSeconds: r.int("SHUTDOWN_GRACE_SECONDS", nodeEnv === "test" ? 0 : 5, 0, 300),
    shutdownTimeoutMs: r.int("SHUTDOWN_TIMEOUT_MS", 10000, 0, 120000),
    docsEnabled: r.bool("DOCS_ENABLED", nodeEnv !== "production"),
    seedDemoData: r.bool("SEED_DEMO_DATA", databaseUrl === undefined),
    catalogCacheTtlSeconds: r.int("CATALOG_CACHE_TTL_SECONDS", 60, 0, 3600),
    jwtSecret: resolveJwtSecret(r, nodeEnv, dataDir),
    jwtIssuer: r.string("JWT_ISSUER", "storefront"),
    jwtAudience: r.string("JWT_AUDIENCE", "storefront-api"),
    accessTokenTtlSeconds: r.int("ACCESS_TOKEN_TTL_SECONDS", 900, 60, 3600),
    refreshTokenTtlDays: r.int("REFRESH_TOKEN_TTL_DAYS", 30, 1, 365),
    adminEmail,
    adminPassword,
    loginMaxFailures: r.int("LOGIN_MAX_FAILURES", 5, 1, 100),
    loginLockMinutes: r.int("LOGIN_LOCK_MINUTES", 15, 1, 1440),
    rateLimitPerMinute: r.int("RATE_LIMIT_PER_MINUTE", 300, 1, 1_000_000),
    authRateLimitPerMinute: r.int("AUTH_RATE_LIMIT_PER_MINUTE", 10, 1, 1_000_000),
    accountRateLimitPerMinute: r.int("ACCOUNT_RATE_LIMIT_PER_MINUTE", 600, 1, 1_000_000),
    smtpUrl: r.url("SMTP_URL", ["smtp", "smtps"]),
    mailFrom: r.string("MAIL_FROM", "Storefront <no-reply@storefront.local>"),
    storeCurrency,
    taxRateBps: r.int("TAX_RATE_BPS", 0, 0, 10000),
    orderPaymentTimeoutMinutes: r.int("ORDER_PAYMENT_TIMEOUT_MINUTES", 30, 1, 10080),
    paymentProvider,
    sandboxInProduction,
    paymentWebhookSecrets: resolveWebhookSecrets(r, nodeEnv, dataDir),
    sandboxWebhookDelayMs: r.int("SANDBOX_WEBHOOK_DELAY_MS", 500, 0, 60000),
    paymentMaxFailuresPerOrder: r.int("PAYMENT_MAX_FAILURES_PER_ORDER", 5, 1, 100),
    returnWindowDays: r.int("RETURN_WINDOW_DAYS", 30, 0, 3650),
    paymentReconcileAfterMinutes: r.int("PAYMENT_RECONCILE_AFTER_MINUTES", 10, 1, 1440),
    paymentUnknownOutcomeRecheckSeconds: r.int(
      "PAYMENT_UNKNOWN_OUTCOME_RECHECK_SECONDS",
      30,
      1,
      86400,
    ),
    jobsEnabled: role !== "api" && r.bool("JOBS_ENABLED", true),
    jobIntervalsMs: {
      outbox: jobInterval("OUTBOX_INTERVAL_MS"),
      "payment-reconciler": jobInterval("PAYMENT_RECONCILE_INTERVAL_MS"),
      "payment-timeout": jobInterval("PAYMENT_TIMEOUT_INTERVAL_MS"),
      "idempotency-cleanup": jobInterval("IDEMPOTENCY_CLEANUP_INTERVAL_MS"),
      "login-throttle-cleanup": jobInterval("LOGIN_THROTTLE_CLEANUP_INTERVAL_MS"),
    },
    metricsPort,
    metricsHost: r.string("METRICS_HOST", host),
    otelExporterOtlpEndpoint: r.url("OTEL_EXPORTER_OTLP_ENDPOINT", ["http", "https"]),
    idempotencyLeaseSeconds: r.int("IDEMPOTENCY_LEASE_SECONDS", 6, 1, 300),
    maxUnpaidOrdersPerCustomer: r.int("MAX_UNPAID_ORDERS_PER_CUSTOMER", 10, 1, 1_000_000),
    maxUnpaidUnitsPerVariant: r.int("MAX_UNPAID_UNITS_PER_VARIANT", 99, 1, 1_000_000_000),
  };
}

/**
 * The process's configuration: `.env` (when present) under the real environment, validated; an
 * invalid value stops the process with one line naming what is wrong.
 */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): AppConfig {
  try {
    applyDotEnv(env);
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Invalid configuration: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
