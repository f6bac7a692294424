import helmet from "@fastify/helmet";
import { Logger as NestLogger, VersioningType } from "@nestjs/common";
import { NestFactory } from "@nestjs/core";
import { FastifyAdapter, NestFastifyApplication } from "@nestjs/platform-fastify";
import { SwaggerModule } from "@nestjs/swagger";
import type { FastifyReply, FastifyRequest } from "fastify";
import { AppModule, AppModuleOptions } from "./app.module";
import { ProblemDetailsFilter, sendProblem } from "./common/errors/problem-details.filter";
import { createValidationPipe } from "./common/errors/validation";
import { registerJsonBodyParser } from "./common/http/json-body-parser";
import { rejectNulCharacters } from "./common/http/nul-characters";
import { requestIdFor } from "./common/http/request-id";
import { AppLogger, createRootLogger } from "./common/logging/app-logger";
import { registerRequestLogging } from "./common/logging/request-logging";
import { createOpenApiDocument } from "./common/openapi/openapi";
import type { AppConfig } from "./config/app-config";
import { ShutdownState, ShuttingDownError } from "./health/shutdown-state";
import { applyProcessRole } from "./lifecycle/process-role";
import { Metrics } from "./observability/metrics";
import { registerCatalogCacheHits } from "./products/catalog/catalog-cache-hits";
import { recordHttpMetrics } from "./observability/http-metrics";
import { nameServerSpansByRoute } from "./observability/tracing";
import metadata from "./metadata";

export const API_PREFIX = "/api/";
const routerLogger = new NestLogger("Router");
const DOCS_PATH = "docs";

// Swagger UI needs its own scripts and styles; the API itself serves JSON and needs nothing.
const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
const DOCS_CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Builds the application exactly as production runs it; e2e tests call this too. */
export async function createApp(
  config: AppConfig,
  options: AppModuleOptions = {},
): Promise<NestFastifyApplication> {
  const logger = new AppLogger(createRootLogger(config));
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustedProxies.length > 0 ? config.trustedProxies : false,
    genReqId: requestIdFor,
    // Requests that reach a closing server are answered by the hook in configureApp instead,
    // as problem+json like every other error (Fastify's and Nest's own 503s are plain JSON).
    return503OnClosing: false,
    forceCloseConnections: "idle",
    // A malformed or over-long URL is refused by the router itself, before any hook or filter.
    frameworkErrors: (error: Error, request: FastifyRequest, reply: FastifyReply) =>
      sendProblem(error, request, reply, routerLogger),
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, options),
    adapter,
    {
      logger,
      rawBody: true,
      // registerJsonBodyParser installs the only body parser (JSON); Nest's would add forms.
      bodyParser: false,
    },
  );
  await configureApp(app, config, logger);
  return app;
}

export async function configureApp(
  app: NestFastifyApplication,
  config: AppConfig,
  logger: AppLogger,
): Promise<void> {
  app.setGlobalPrefix("api");
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: "1" });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());

  const fastify = app.getHttpAdapter().getInstance();
  registerRequestLogging(fastify, logger.pino);
  const shutdown = app.get(ShutdownState);
  const shutdownLogger = new NestLogger("Shutdown");
  fastify.addHook("onRequest", async (request, reply) => {
    if (!shutdown.isClosing) return;
    reply.header("connection", "close");
    sendProblem(new ShuttingDownError(), request, reply, shutdownLogger);
    return reply;
  });
  // From the signal on, every answer retires its connection. A balancer keeps its upstream
  // connections open and reuses them; one whose request was still running when closing began
  // would otherwise stay open, idle, and hold the server (and the exit) until
  // SHUTDOWN_TIMEOUT_MS.
  fastify.addHook("onSend", async (_request, reply, payload) => {
    if (shutdown.isDraining) reply.header("connection", "close");
    return payload;
  });
  registerJsonBodyParser(app, config.bodyLimitBytes);
  rejectNulCharacters(fastify);
  applyProcessRole(fastify, config);
  recordHttpMetrics(fastify, app.get(Metrics));
  nameServerSpansByRoute(fastify);

  await app.register(helmet, {
    contentSecurityPolicy: false,
    frameguard: { action: "deny" },
    crossOriginEmbedderPolicy: false,
    hsts: { maxAge: 31536000, includeSubDomains: true },
  });
  fastify.addHook("onRequest", async (request, reply) => {
    reply.header("x-request-id", request.id);
    const isDocs = request.url === `/${DOCS_PATH}` || request.url.startsWith(`/${DOCS_PATH}/`);
    reply.header("content-security-policy", isDocs ? DOCS_CSP : API_CSP);
    if (!isDocs) reply.header("cache-control", "no-store");
  });

  app.enableCors({
    origin: config.corsOrigins.length > 0 ? config.corsOrigins : false,
    methods: ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"],
    allowedHeaders: [
      "Authorization",
      "Content-Type",
      "Idempotency-Key",
      "If-None-Match",
      "X-Request-Id",
    ],
    exposedHeaders: ["X-Request-Id", "Retry-After", "ETag", "Location"],
    maxAge: 600,
  });

  registerCatalogCacheHits(app);

  if (config.docsEnabled) {
    await SwaggerModule.loadPluginMetadata(metadata);
    const document = createOpenApiDocument(app);
    SwaggerModule.setup(DOCS_PATH, app, document, {
      jsonDocumentUrl: `${DOCS_PATH}-json`,
      yamlDocumentUrl: `${DOCS_PATH}-yaml`,
      customSiteTitle: "Storefront API",
    });
  }

  await app.init();
  await fastify.ready();
}
