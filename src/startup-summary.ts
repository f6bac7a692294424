import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { AppConfig } from "./config/app-config";
import { embeddedDataDir } from "./database/data-source-options";

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(__dirname, "../../package.json"), "utf8")) as {
      version?: string;
    };
    return pkg.version ?? "unknown";
  } catch {
    return "unknown";
  }
}

/** host:port/database of a connection URL, never its user or password. */
function describeUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || "default port"}${parsed.pathname}`;
}

/** The first start-up line: which build, where, and what `.env` contributed. */
export function startupBanner(config: AppConfig, dotEnvNames: string[]): string {
  const fromFile = dotEnvNames.length > 0 ? `; .env set ${dotEnvNames.join(", ")}` : "";
  return `Storefront ${packageVersion()} (${config.nodeEnv}, Node ${process.version}, pid ${process.pid}${fromFile})`;
}

/**
 * What a person needs to know once the server is up, in a few lines: which database and Redis
 * (never their passwords), where the API and the docs are.
 */
export function startupSummary(config: AppConfig, address: string): string[] {
  const base = address.replace(/^http:\/\/(0\.0\.0\.0|\[::\])/, "http://localhost");
  return [
    config.databaseUrl
      ? `Database: PostgreSQL at ${describeUrl(config.databaseUrl)}`
      : `Database: embedded PostgreSQL (PGlite) in ${embeddedDataDir(config)}`,
    config.redisUrl
      ? `Redis: ${describeUrl(config.redisUrl)} (key prefix "${config.redisKeyPrefix}")`
      : "Redis: not configured; rate limits, login locks and cache invalidation are in-process",
    `Ready: API ${base}/api/v1 · docs ${base}/docs · health ${base}/api/v1/health/ready`,
  ];
}
