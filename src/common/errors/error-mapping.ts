import { HttpException, HttpStatus } from "@nestjs/common";
import { QueryFailedError } from "typeorm";
import { DomainError } from "./domain-error";
import { defaultCode, statusTitle } from "./problem";

/** What the problem filter needs to answer: everything but the request-specific fields. */
export interface MappedError {
  status: number;
  code: string;
  detail: string;
  title?: string;
  extensions?: Record<string, unknown>;
  headers?: Record<string, string>;
  /** Unexpected errors are logged with their stack; expected ones are not. */
  unexpected?: boolean;
}

interface ConstraintMessage {
  code: string;
  detail: string;
}

const uniqueConstraintMessages = new Map<string, ConstraintMessage>();

/**
 * Lets a module turn a violation of one of its unique constraints into a precise 409
 * (`email_taken`, `sku_taken`) instead of the generic one.
 */
export function registerUniqueConstraint(constraint: string, code: string, detail: string): void {
  uniqueConstraintMessages.set(constraint, { code, detail });
}

const CONNECTION_ERROR_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
]);

const CONNECTION_MESSAGES = [
  "timeout exceeded when trying to connect",
  "Connection terminated",
  "Client has encountered a connection error",
  "Client was closed and is not queryable",
  "Cannot use a pool after calling end on the pool",
  "connect ECONNREFUSED",
  // ioredis, when a command meets a lost or still-reconnecting connection.
  "Connection is closed",
  "Stream isn't writeable",
  "Command timed out",
];

/**
 * TypeORM and ioredis errors that only occur when a connection died under the caller: a query
 * runner released by the driver after its connection failed mid-transaction, a data source or
 * client that is no longer connected. Matched by name, for the same cross-realm reason as below.
 */
const UNAVAILABLE_ERROR_NAMES = new Set([
  "QueryRunnerAlreadyReleasedError",
  "QueryRunnerProviderAlreadyReleasedError",
  "CannotExecuteNotConnectedError",
  "ConnectionIsNotSetError",
  "MaxRetriesPerRequestError",
]);

/** Seconds a client is told to wait before retrying after a 503. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/** True when the error says a dependency (database, Redis) is unreachable, not that we erred. */
export function isUnavailableError(error: unknown): boolean {
  // Duck-typed on purpose: socket errors come from Node's own realm, where `instanceof Error`
  // against another realm's Error (a test sandbox, a worker) is false.
  if (typeof error !== "object" || error === null) return false;
  const name = (error as { name?: unknown }).name;
  if (typeof name === "string" && UNAVAILABLE_ERROR_NAMES.has(name)) return true;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") {
    if (CONNECTION_ERROR_CODES.has(code)) return true;
    // PostgreSQL: connection exceptions, admin shutdown, cannot connect now, statement timeout.
    if (code.startsWith("08") || ["57P01", "57P02", "57P03", "57014", "53300"].includes(code)) {
      return true;
    }
  }
  const message = (error as { message?: unknown }).message;
  if (typeof message === "string" && CONNECTION_MESSAGES.some((m) => message.includes(m))) {
    return true;
  }
  const cause = (error as { cause?: unknown }).cause;
  return cause !== undefined && cause !== error && isUnavailableError(cause);
}

function mapDatabaseError(error: QueryFailedError): MappedError | undefined {
  const driverError = error.driverError as { code?: string; constraint?: string } | undefined;
  switch (driverError?.code) {
    case "23505": {
      const known = driverError.constraint
        ? uniqueConstraintMessages.get(driverError.constraint)
        : undefined;
      return {
        status: HttpStatus.CONFLICT,
        code: known?.code ?? "unique_violation",
        detail: known?.detail ?? "A resource with the same unique value already exists.",
      };
    }
    case "23503":
      return {
        status: HttpStatus.CONFLICT,
        code: "reference_conflict",
        detail:
          "The resource is referenced by, or refers to, another resource in a conflicting way.",
      };
    case "23514":
      return {
        status: HttpStatus.CONFLICT,
        code: "constraint_violation",
        detail: "The change would break a rule the store enforces.",
      };
    case "40001":
    case "40P01":
      return {
        status: HttpStatus.CONFLICT,
        code: "concurrent_update",
        detail: "The resource was changed concurrently; retry the request.",
      };
    default:
      return undefined;
  }
}

function mapFastifyError(
  error: Error & { code: string; statusCode?: number },
): MappedError | undefined {
  switch (error.code) {
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return {
        status: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        code: "unsupported_media_type",
        detail: "The request body must be sent as application/json.",
      };
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return {
        status: HttpStatus.PAYLOAD_TOO_LARGE,
        code: "payload_too_large",
        detail: "The request body is larger than the server accepts.",
      };
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return {
        status: HttpStatus.BAD_REQUEST,
        code: "malformed_json",
        detail: "The request body is not valid JSON.",
      };
    // These two come from Fastify's router, before any route or hook (see frameworkErrors).
    case "FST_ERR_BAD_URL":
      return {
        status: HttpStatus.BAD_REQUEST,
        code: "bad_url",
        detail: "The URL is not validly percent-encoded.",
      };
    case "FST_ERR_MAX_PARAM_LENGTH":
      return {
        status: HttpStatus.URI_TOO_LONG,
        code: "uri_too_long",
        detail: "A path segment of the URL is longer than the server accepts.",
      };
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return {
        status: HttpStatus.BAD_REQUEST,
        code: "bad_request",
        detail: "The Content-Length header is invalid.",
      };
    default:
      if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
        return {
          status: error.statusCode,
          code: defaultCode(error.statusCode),
          detail: error.message,
        };
      }
      return undefined;
  }
}

function mapHttpException(error: HttpException): MappedError {
  const status = error.getStatus();
  const response = error.getResponse();
  let detail = error.message;
  const extensions: Record<string, unknown> = {};
  if (typeof response === "object" && response !== null) {
    const body = response as Record<string, unknown>;
    if (typeof body.message === "string") detail = body.message;
    else if (Array.isArray(body.message)) detail = body.message.join("; ");
    // Terminus reports which dependency failed; that is useful to operators, not secret.
    if (body.details && typeof body.details === "object") {
      extensions.checks = body.details;
      detail = "A dependency the service needs is unavailable.";
    }
  }
  if (
    status === HttpStatus.NOT_FOUND &&
    /^Cannot (GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)/.test(detail)
  ) {
    detail = "No resource exists at this address.";
  }
  if (status === HttpStatus.TOO_MANY_REQUESTS) {
    detail = "Too many requests; slow down and retry after the time in the Retry-After header.";
  }
  if (status >= 500) {
    return {
      status,
      code: defaultCode(status),
      detail: statusTitle(status),
      extensions,
      unexpected: status === 500,
    };
  }
  return { status, code: defaultCode(status), detail, extensions };
}

export function mapError(error: unknown): MappedError {
  if (error instanceof DomainError) {
    return {
      status: error.status,
      code: error.code,
      detail: error.detail,
      extensions: error.extensions,
      headers: error.headers,
    };
  }
  if (error instanceof HttpException) {
    // Nest wraps Fastify's own 4xx errors (body parsing, media type, size) as HttpExceptions.
    const cause = error.cause as (Error & { code?: unknown }) | undefined;
    if (cause instanceof Error && typeof cause.code === "string" && cause.code.startsWith("FST_")) {
      const mapped = mapFastifyError(cause as Error & { code: string });
      if (mapped) return mapped;
    }
    return mapHttpException(error);
  }
  if (error instanceof QueryFailedError) {
    const mapped = mapDatabaseError(error);
    if (mapped) return mapped;
  }
  if (isUnavailableError(error)) {
    return {
      status: HttpStatus.SERVICE_UNAVAILABLE,
      code: "service_unavailable",
      detail: "A dependency the service needs is unavailable; retry shortly.",
      headers: { "retry-after": String(UNAVAILABLE_RETRY_AFTER_SECONDS) },
      unexpected: false,
    };
  }
  if (error instanceof Error && typeof (error as { code?: unknown }).code === "string") {
    const mapped = mapFastifyError(error as Error & { code: string });
    if (mapped) return mapped;
  }
  if (error instanceof SyntaxError && (error as { statusCode?: number }).statusCode === 400) {
    return {
      status: HttpStatus.BAD_REQUEST,
      code: "malformed_json",
      detail: "The request body is not valid JSON.",
    };
  }
  return {
    status: HttpStatus.INTERNAL_SERVER_ERROR,
    code: "internal_error",
    detail: "An unexpected error occurred. Quote the request id when you report it.",
    unexpected: true,
  };
}
