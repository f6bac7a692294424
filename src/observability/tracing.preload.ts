// Imported first by main.ts, before any module that loads `http`, `pg` or `ioredis`: tracing
// must be in place before they are required. Reads `.env` here so that a tracing endpoint set
// there counts too.
import { applyDotEnv } from "../config/dotenv";
import { startTracingFromEnv } from "./tracing";

/** The names that `.env` set (for the start-up banner). */
export const fromDotEnv = applyDotEnv();
/** On when OTEL_EXPORTER_OTLP_ENDPOINT is set; nothing of OpenTelemetry is loaded otherwise. */
export const tracing = startTracingFromEnv(process.env);
