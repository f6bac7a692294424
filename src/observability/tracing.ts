/* eslint-disable @typescript-eslint/no-require-imports -- the OpenTelemetry packages are loaded
   only when tracing is on, so that a process without OTEL_EXPORTER_OTLP_ENDPOINT loads none. */
import type * as OtelApi from "@opentelemetry/api";
import type { FastifyInstance } from "fastify";
import type { SpanExporter } from "@opentelemetry/sdk-trace-node";

/** The tracer provider of this process, while tracing is on. */
export interface Tracing {
  /** Sends the spans still buffered, then stops. */
  shutdown(): Promise<void>;
}

let api: typeof OtelApi | undefined;

/** Whether this process traces (startTracing ran). */
export function isTracing(): boolean {
  return api !== undefined;
}

/**
 * Traces HTTP (server and client), `pg` queries and ioredis commands, and queries on the
 * embedded database, exporting to `exporter`. Must run before `pg`, `ioredis` and the app's
 * modules are loaded: the instrumentations patch modules as they are required.
 */
export function startTracing(exporter: SpanExporter): Tracing {
  const otel = require("@opentelemetry/api") as typeof OtelApi;
  const { NodeTracerProvider, BatchSpanProcessor } =
    require("@opentelemetry/sdk-trace-node") as typeof import("@opentelemetry/sdk-trace-node");
  const { resourceFromAttributes } =
    require("@opentelemetry/resources") as typeof import("@opentelemetry/resources");
  const { registerInstrumentations } =
    require("@opentelemetry/instrumentation") as typeof import("@opentelemetry/instrumentation");
  const { HttpInstrumentation } =
    require("@opentelemetry/instrumentation-http") as typeof import("@opentelemetry/instrumentation-http");
  const { PgInstrumentation } =
    require("@opentelemetry/instrumentation-pg") as typeof import("@opentelemetry/instrumentation-pg");
  const { IORedisInstrumentation } =
    require("@opentelemetry/instrumentation-ioredis") as typeof import("@opentelemetry/instrumentation-ioredis");

  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": "storefront" }),
    spanProcessors: [new BatchSpanProcessor(exporter)],
  });
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        // Probes and scrapes would drown the traces that matter.
        ignoreIncomingRequestHook: (request) => /^\/api\/v1\/health\//.test(request.url ?? ""),
      }),
      // Statement text only; parameter values (emails, addresses) never reach a span.
      new PgInstrumentation({ enhancedDatabaseReporting: false }),
      // The command name only: keys and arguments may hold client addresses or tokens.
      new IORedisInstrumentation({ dbStatementSerializer: (command) => command }),
    ],
  });
  api = otel;
  instrumentEmbeddedDatabase(otel);
  return {
    shutdown: async () => {
      api = undefined;
      await provider.shutdown();
    },
  };
}

/**
 * Tracing as configured by the environment: on when OTEL_EXPORTER_OTLP_ENDPOINT is an http(s)
 * URL (the OTLP/HTTP exporter reads it and the other OTEL_EXPORTER_OTLP_* variables itself),
 * else nothing is loaded. A malformed value starts nothing here; the configuration then refuses
 * it with a clear message.
 */
export function startTracingFromEnv(env: NodeJS.ProcessEnv): Tracing | undefined {
  const endpoint = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  if (!endpoint || !/^https?:\/\/[^/]/.test(endpoint)) return undefined;
  const { OTLPTraceExporter } =
    require("@opentelemetry/exporter-trace-otlp-http") as typeof import("@opentelemetry/exporter-trace-otlp-http");
  return startTracing(new OTLPTraceExporter());
}

/**
 * When tracing is on, names each HTTP server span after its route template
 * (`POST /api/v1/orders/:id/payments`) and sets `http.route`: the HTTP instrumentation alone
 * knows only the method. The template, never the raw URL, so no id reaches a span name.
 */
export function nameServerSpansByRoute(fastify: FastifyInstance): void {
  const otel = api;
  if (!otel) return;
  fastify.addHook("onRequest", async (request) => {
    const span = otel.trace.getActiveSpan();
    if (!span) return;
    const route = request.routeOptions.url ?? "unmatched";
    span.updateName(`${request.method} ${route}`);
    span.setAttribute("http.route", route);
  });
}

/**
 * The embedded database (PGlite) does not go through `pg`: its queries get client spans of
 * their own, with the same attributes the `pg` instrumentation sets.
 */
function instrumentEmbeddedDatabase(otel: typeof OtelApi): void {
  const { PGliteConnection } =
    require("../database/pglite-pool") as typeof import("../database/pglite-pool");
  const tracer = otel.trace.getTracer("storefront-pglite");
  const query = PGliteConnection.prototype.query;
  PGliteConnection.prototype.query = function (
    this: InstanceType<typeof PGliteConnection>,
    text,
    params,
    callback,
  ) {
    const operation = /^\s*(\w+)/.exec(text)?.[1]?.toUpperCase() ?? "QUERY";
    return tracer.startActiveSpan(
      `pglite.query:${operation}`,
      {
        kind: otel.SpanKind.CLIENT,
        attributes: {
          "db.system.name": "postgresql",
          "db.operation.name": operation,
          "db.query.text": text,
        },
      },
      (span) => {
        const run = query.call(this, text, params, callback);
        run.then(
          () => span.end(),
          (error: unknown) => {
            span.recordException(error instanceof Error ? error : String(error));
            span.setStatus({ code: otel.SpanStatusCode.ERROR });
            span.end();
          },
        );
        return run;
      },
    );
  };
}
