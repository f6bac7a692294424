import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigError, loadConfig } from "./app-config";

describe(loadConfig.name, () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), "storefront-config-"));
  });
  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("applies the documented defaults", () => {
    const sut = loadConfig({ DATA_DIR: dataDir });
    expect(sut).toMatchObject({
      port: 3000,
      host: "0.0.0.0",
      nodeEnv: "development",
      databaseUrl: undefined,
      redisUrl: undefined,
      bodyLimitBytes: 1024 * 1024,
      storeCurrency: "USD",
      seedDemoData: true,
    });
  });

  it.each([
    [{ PORT: "abc" }, /PORT must be an integer/],
    [{ PORT: "70000" }, /PORT must be an integer from 0 to 65535/],
    [{ NODE_ENV: "staging" }, /NODE_ENV must be one of/],
    [{ DATABASE_URL: "mysql://x" }, /DATABASE_URL must use postgres or postgresql/],
    [{ REDIS_URL: "not a url" }, /REDIS_URL must be a URL/],
    [{ SEED_DEMO_DATA: "maybe" }, /SEED_DEMO_DATA must be true or false/],
    [{ STORE_CURRENCY: "dollars" }, /STORE_CURRENCY must be an ISO 4217 code/],
    [{ JWT_SECRET: "short" }, /JWT_SECRET must be at least 32 bytes/],
    [{ ROLE: "scheduler" }, /ROLE must be one of all, api, worker/],
    [{ WEB_CONCURRENCY: "2" }, /WEB_CONCURRENCY above 1 needs DATABASE_URL/],
    [{ OUTBOX_INTERVAL_MS: "10" }, /OUTBOX_INTERVAL_MS must be an integer from 100/],
  ])("refuses %j with a message naming the variable", (env, message) => {
    expect(() => loadConfig({ DATA_DIR: dataDir, ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ DATA_DIR: dataDir, ...env })).toThrow(message);
  });

  it("runs jobs only in the roles that have them, each at its own interval", () => {
    const base = { DATA_DIR: dataDir, JOB_INTERVAL_MS: "5000", OUTBOX_INTERVAL_MS: "250" };
    expect(loadConfig(base)).toMatchObject({
      role: "all",
      jobsEnabled: true,
      jobIntervalsMs: {
        outbox: 250,
        "payment-reconciler": 5000,
        "payment-timeout": 5000,
        "idempotency-cleanup": 5000,
      },
    });
    expect(loadConfig({ ...base, ROLE: "api" }).jobsEnabled).toBe(false);
    expect(loadConfig({ ...base, ROLE: "worker" }).jobsEnabled).toBe(true);
    expect(loadConfig({ ...base, ROLE: "worker", JOBS_ENABLED: "false" }).jobsEnabled).toBe(false);
  });

  it("refuses to start in production without a JWT secret", () => {
    expect(() =>
      loadConfig({
        DATA_DIR: dataDir,
        NODE_ENV: "production",
        PAYMENT_WEBHOOK_SECRET: "x".repeat(32),
      }),
    ).toThrow(/JWT_SECRET is required when NODE_ENV=production/);
  });

  it("generates a JWT secret once outside production and keeps it in the data directory", () => {
    const first = loadConfig({ DATA_DIR: dataDir }).jwtSecret;
    expect(Buffer.byteLength(first)).toBeGreaterThanOrEqual(32);
    expect(existsSync(join(dataDir, "jwt-secret"))).toBe(true);
    expect(readFileSync(join(dataDir, "jwt-secret"), "utf8")).toBe(first);
    expect(loadConfig({ DATA_DIR: dataDir }).jwtSecret).toBe(first);
  });

  it("generates a webhook secret once outside production, never a public constant", () => {
    const [first] = loadConfig({ DATA_DIR: dataDir }).paymentWebhookSecrets;
    expect(first).toMatch(/^whsec_[A-Za-z0-9_-]{64}$/);
    expect(readFileSync(join(dataDir, "webhook-secret"), "utf8")).toBe(first.slice(6));
    expect(loadConfig({ DATA_DIR: dataDir }).paymentWebhookSecrets).toEqual([first]);
    const otherDir = mkdtempSync(join(tmpdir(), "storefront-config-"));
    expect(loadConfig({ DATA_DIR: otherDir }).paymentWebhookSecrets).not.toEqual([first]);
    rmSync(otherDir, { recursive: true, force: true });
  });

  it("refuses to start in production without a webhook secret", () => {
    expect(() =>
      loadConfig({ DATA_DIR: dataDir, NODE_ENV: "production", JWT_SECRET: "s".repeat(40) }),
    ).toThrow(/PAYMENT_WEBHOOK_SECRET is required when NODE_ENV=production/);
  });

  it("prefers a configured secret and parses lists", () => {
    const sut = loadConfig({
      DATA_DIR: dataDir,
      JWT_SECRET: "s".repeat(40),
      CORS_ORIGINS: "https://a.example, https://b.example",
    });
    expect(sut.jwtSecret).toBe("s".repeat(40));
    expect(sut.corsOrigins).toEqual(["https://a.example", "https://b.example"]);
  });
});
