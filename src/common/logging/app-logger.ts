import type { LoggerService } from "@nestjs/common";
import pino, { type Logger as Pino } from "pino";
import type { AppConfig } from "../../config/app-config";
import { REDACTED_PATHS } from "./logger-options";
import { prettyStream } from "./pretty-stream";
import { requestContext } from "./request-context";

export type LogFormat = "pretty" | "json";

// Nest's own start-up chatter (every module and route) is useful when debugging, noise otherwise.
const CHATTY_CONTEXTS = new Set([
  "InstanceLoader",
  "RoutesResolver",
  "RouterExplorer",
  "NestFactory",
  "NestApplication",
]);

type Level = "fatal" | "error" | "warn" | "info" | "debug" | "trace";

/** The process's one pino logger: pretty lines for a terminal, JSON lines for machines. */
export function createRootLogger(config: Pick<AppConfig, "logLevel" | "logFormat">): Pino {
  const options = {
    level: config.logLevel,
    base: undefined,
    redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
  };
  if (config.logFormat === "pretty") {
    return pino(options, prettyStream(process.stdout, process.stdout.isTTY === true));
  }
  return pino(options);
}

/**
 * Nest's LoggerService on pino. Every line written while serving a request carries its request
 * id, read from the request's async context rather than a child logger built per request.
 */
export class AppLogger implements LoggerService {
  constructor(readonly pino: Pino) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write("info", message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write("error", message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write("warn", message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write("debug", message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write("trace", message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write("fatal", message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    // Nest's Logger appends its context as the last argument.
    const context =
      params.length > 0 && typeof params[params.length - 1] === "string"
        ? (params.pop() as string)
        : undefined;
    const effective = level === "info" && context && CHATTY_CONTEXTS.has(context) ? "debug" : level;
    if (!this.pino.isLevelEnabled(effective)) return;
    const fields: Record<string, unknown> = {};
    if (context) fields.context = context;
    const requestId = requestContext.getStore()?.requestId;
    if (requestId) fields.requestId = requestId;

    if (message instanceof Error) {
      this.pino[effective]({ ...fields, err: message }, firstString(params) ?? message.message);
    } else if (message !== null && typeof message === "object") {
      this.pino[effective]({ ...fields, ...message }, firstString(params) ?? "");
    } else {
      // Logger.error(message, stack) passes the stack as a string.
      const stack = level === "error" ? firstString(params) : undefined;
      if (stack) fields.stack = stack;
      this.pino[effective](fields, String(message));
    }
  }
}

function firstString(params: unknown[]): string | undefined {
  return typeof params[0] === "string" ? params[0] : undefined;
}
