import "reflect-metadata";
import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { NestFastifyApplication } from "@nestjs/platform-fastify";
import request from "supertest";
import { DataSource } from "typeorm";
import { createApp } from "../../src/app.setup";
import { AppConfig, loadConfig } from "../../src/config/app-config";
import { adminQuery, openEmbeddedClone, uniqueName, withDatabase } from "./database-template";
import { assertMatchesOpenApi, requestViolations } from "./openapi-validator";

export const TEST_ADMIN = {
  email: "admin@storefront.test",
  password: "admin-password-for-tests-1",
};
export const TEST_JWT_SECRET = "test-secret-that-is-long-enough-for-hs256-0123456789";

type Method = "get" | "post" | "put" | "patch" | "delete" | "head" | "options";
export type Api = Record<Method, (url: string) => request.Test>;

/** The validating client: every request is checked against openapi.json, then its response. */
export type ContractApi = Api & {
  /**
   * For a request that breaks the spec on purpose (a hostile or invalid body, a wrong type):
   * the request is not required to match, the response still is. `reason` says why.
   */
  offContract(reason: string): Api;
};

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  dataSource: DataSource;
  /** HTTP against the running app; every request and response is checked against openapi.json. */
  api: ContractApi;
  /**
   * HTTP with no contract check, only for what is outside the API's contract: /docs, /metrics,
   * routes that do not exist. Say why at each use.
   */
  nonApi: Api;
  /** Reads the database directly, to check invariants after the API has acted. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/**
 * Boots the real application (the same createApp as production) on its own fresh database:
 * a clone of the migrated template, dropped again by close().
 */
export interface TestAppOptions {
  /** Lets a test route the app's PostgreSQL connections elsewhere (e.g. through a cuttable proxy). */
  rewriteDatabaseUrl?: (url: string) => string;
  /**
   * PostgreSQL only: a second instance of the app on the same database as `app` (as two
   * processes behind a balancer share one), instead of a fresh clone. Its owner drops it.
   */
  shareDatabaseWith?: TestApp;
}

export async function createTestApp(
  env: Record<string, string> = {},
  options: TestAppOptions = {},
): Promise<TestApp> {
  const baseUrl = process.env.DATABASE_URL;
  const dataDir = mkdtempSync(join(tmpdir(), "storefront-app-"));
  let databaseName: string | undefined;
  let databaseUrl: string | undefined;
  let embedded;
  if (options.shareDatabaseWith) {
    if (!baseUrl) throw new Error("Sharing a database between apps needs DATABASE_URL");
    databaseUrl = options.shareDatabaseWith.config.databaseUrl;
  } else if (baseUrl) {
    const template = process.env.STOREFRONT_TEST_TEMPLATE_DB;
    if (!template) throw new Error("The Jest global setup did not create a template database");
    databaseName = uniqueName("sf_test");
    await adminQuery(baseUrl, `CREATE DATABASE ${databaseName} TEMPLATE ${template}`);
    databaseUrl = withDatabase(baseUrl, databaseName);
  } else {
    const dump = process.env.STOREFRONT_TEST_TEMPLATE_DUMP;
    if (!dump) throw new Error("The Jest global setup did not create a template dump");
    embedded = await openEmbeddedClone(new Blob([readFileSync(dump)]));
  }

  const config = loadConfig({
    NODE_ENV: "test",
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
    DATA_DIR: dataDir,
    JWT_SECRET: TEST_JWT_SECRET,
    SEED_DEMO_DATA: "false",
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    // Generous limits so suites that create many users are not throttled; the rate-limit
    // tests set their own.
    RATE_LIMIT_PER_MINUTE: "1000000",
    AUTH_RATE_LIMIT_PER_MINUTE: "1000000",
    ACCOUNT_RATE_LIMIT_PER_MINUTE: "1000000",
    // Background jobs are run explicitly by the tests that exercise them.
    JOBS_ENABLED: "false",
    REDIS_URL: process.env.REDIS_URL ?? "",
    REDIS_KEY_PREFIX: `${uniqueName("sf_test")}:`,
    ...env,
    DATABASE_URL:
      databaseUrl && options.rewriteDatabaseUrl
        ? options.rewriteDatabaseUrl(databaseUrl)
        : (databaseUrl ?? ""),
  });
  const app = await createApp(config, { embeddedDatabase: embedded });
  if (env.TAX_RATE_BPS !== undefined || env.STORE_CURRENCY !== undefined) {
    // The template was migrated without this configuration; give the default region what
    // migration 1790000008000 would have made from it on a database migrated with it.
    const ds = app.get(DataSource);
    await ds.query(`UPDATE regions SET currency = $1 WHERE is_default`, [config.storeCurrency]);
    await ds.query(
      `UPDATE tax_rates SET rate_bps = $1
       WHERE category_code <> 'zero' AND region_code = (SELECT code FROM regions WHERE is_default)`,
      [config.taxRateBps],
    );
  }
  const server = app.getHttpServer();
  const methods: Method[] = ["get", "post", "put", "patch", "delete", "head", "options"];
  const build = (contract: { offContract?: string } | undefined) =>
    Object.fromEntries(
      methods.map((m) => [
        m,
        (url: string) => {
          const test = request(server)[m](url);
          if (!contract) return test;
          // The request is checked when it is sent (after .query/.send), the response after.
          const violations: string[] = [];
          const end = test.end.bind(test);
          test.end = (callback) => {
            const pending = test as unknown as {
              _data?: unknown;
              qs?: Record<string, unknown>;
              _header?: Record<string, unknown>;
            };
            violations.push(
              ...requestViolations({
                method: m,
                url,
                query: Object.fromEntries(
                  Object.entries(pending.qs ?? {}).map(([k, v]) => [k, String(v)]),
                ),
                headers: Object.fromEntries(
                  Object.entries(pending._header ?? {}).map(([k, v]) => [k, String(v)]),
                ),
                body: pending._data,
                hasBody: pending._data !== undefined,
              }),
            );
            return end(callback);
          };
          return test.expect((res) =>
            assertMatchesOpenApi(res, { offContract: contract.offContract, violations }),
          );
        },
      ]),
    ) as Api;
  const api = Object.assign(build({}), {
    offContract: (reason: string) => build({ offContract: reason }),
  });
  const dataSource = app.get(DataSource);

  return {
    app,
    config,
    dataSource,
    api,
    nonApi: build(undefined),
    query: (sql, params) => dataSource.query(sql, params),
    close: async () => {
      await app.close();
      if (baseUrl && databaseName) {
        await adminQuery(baseUrl, `DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
