import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createServer, Server } from "node:http";
import { join } from "node:path";
import { apiFetch } from "../support/contract-fetch";
import {
  freePort,
  serverDatabase,
  ServerProcess,
  startServer,
  waitReady,
} from "../support/server-process";

interface OtlpValue {
  stringValue?: string;
  intValue?: number | string;
}
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: { key: string; value: OtlpValue }[];
}
interface OtlpExport {
  resourceSpans: { scopeSpans: { scope: { name: string }; spans: OtlpSpan[] }[] }[];
}

const SPAN_KIND_SERVER = 2;
const SPAN_KIND_CLIENT = 3;
const attribute = (span: OtlpSpan, key: string) =>
  span.attributes.find((a) => a.key === key)?.value.stringValue;

/**
 * Tracing in a real server process (`node dist/src/main.js`): the instrumentations patch `http`,
 * `pg` and `ioredis` as they are required, which Jest's own module loader would bypass, so the
 * app runs outside Jest and exports over OTLP/HTTP (JSON) to a collector this test keeps in
 * memory. Requests go through apiFetch (t.api's counterpart for a server process) for that reason.
 */
describe("Tracing (OTEL_EXPORTER_OTLP_ENDPOINT)", () => {
  let database: Awaited<ReturnType<typeof serverDatabase>>;
  let server: ServerProcess | undefined;
  let collector: Server;
  let collectorPort: number;
  const exported: { path: string; body: OtlpExport }[] = [];

  beforeAll(async () => {
    database = await serverDatabase();
    collector = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        exported.push({
          path: req.url ?? "",
          body: JSON.parse(Buffer.concat(chunks).toString("utf8")) as OtlpExport,
        });
        res.writeHead(200, { "content-type": "application/json" }).end("{}");
      });
    });
    collectorPort = await freePort();
    await new Promise<void>((resolve) => collector.listen(collectorPort, "127.0.0.1", resolve));
  });
  afterAll(async () => {
    if (server && server.child.exitCode === null) server.child.kill("SIGKILL");
    await new Promise((resolve) => collector.close(resolve));
    await database.drop();
  });

  it("exports the HTTP server span named by route template, with its database queries as children", async () => {
    server = await startServer({
      ...database.env,
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${collectorPort}`,
      SHUTDOWN_GRACE_SECONDS: "0",
      ...(process.env.REDIS_URL
        ? { REDIS_URL: process.env.REDIS_URL, REDIS_KEY_PREFIX: `sf-tracing-${randomUUID()}:` }
        : {}),
    });
    await waitReady(server, 60_000);
    const id = randomUUID();
    const res = await apiFetch(server.url(`/api/v1/products/${id}`));
    expect(res.status).toBe(404);
    // The spans still buffered are sent during the drain, before the process exits.
    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);

    expect(exported.length).toBeGreaterThan(0);
    expect(exported.every((e) => e.path === "/v1/traces")).toBe(true);
    const spans = exported.flatMap((e) =>
      e.body.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans)),
    );
    const request = spans.find(
      (s) => s.kind === SPAN_KIND_SERVER && s.name === "GET /api/v1/products/:id",
    );
    expect(request).toBeDefined();
    expect(attribute(request!, "http.route")).toBe("/api/v1/products/:id");
    // Readiness probes are not traced.
    expect(spans.some((s) => (attribute(s, "url.path") ?? "").includes("/health/"))).toBe(false);

    const children = spans.filter(
      (s) => s.traceId === request!.traceId && s.parentSpanId === request!.spanId,
    );
    // On PostgreSQL through the `pg` instrumentation, on the embedded database through ours.
    const queryPrefix = database.url ? "pg.query:" : "pglite.query:";
    const queries = children.filter(
      (s) =>
        s.kind === SPAN_KIND_CLIENT &&
        attribute(s, "db.system.name") === "postgresql" &&
        s.name.startsWith(queryPrefix),
    );
    expect(queries.length).toBeGreaterThan(0);
    expect(queries.every((q) => (attribute(q, "db.query.text") ?? "").length > 0)).toBe(true);
    if (process.env.REDIS_URL) {
      // The catalog cache is looked up in Redis first.
      const commands = children.filter(
        (s) => s.kind === SPAN_KIND_CLIENT && attribute(s, "db.system.name") === "redis",
      );
      expect(commands.length).toBeGreaterThan(0);
      // Only the command's name is recorded, never its keys or arguments.
      for (const command of commands) {
        expect(attribute(command, "db.query.text")).toBe(command.name);
      }
    }
    // The product id is in no span name.
    expect(spans.filter((s) => s.name.includes(id))).toEqual([]);
  });

  it("loads nothing of OpenTelemetry when OTEL_EXPORTER_OTLP_ENDPOINT is unset", () => {
    const preload = join(__dirname, "../../dist/src/observability/tracing.preload.js");
    const loaded = (endpoint?: string) =>
      execFileSync(
        process.execPath,
        [
          "-e",
          `require(${JSON.stringify(preload)});` +
            "process.stdout.write(String(Object.keys(require.cache).filter((m) => m.includes('@opentelemetry')).length))",
        ],
        {
          cwd: database.env.DATA_DIR,
          env: {
            PATH: process.env.PATH ?? "",
            ...(endpoint ? { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint } : {}),
          },
          encoding: "utf8",
        },
      );
    expect(Number(loaded())).toBe(0);
    expect(Number(loaded(`http://127.0.0.1:${collectorPort}`))).toBeGreaterThan(0);
  });
});
