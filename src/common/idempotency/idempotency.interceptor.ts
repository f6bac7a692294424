import {
  CallHandler,
  ExecutionContext,
  HttpStatus,
  Inject,
  Injectable,
  Logger,
  NestInterceptor,
} from "@nestjs/common";
import { Reflector } from "@nestjs/core";
import type { FastifyReply, FastifyRequest } from "fastify";
import { Observable, from, lastValueFrom } from "rxjs";
import type { AuthUser } from "../decorators/current-user.decorator";
import { DomainError } from "../errors/domain-error";
import { mapError } from "../errors/error-mapping";
import type { AppConfig } from "../../config/app-config";
import { APP_CONFIG } from "../../config/config.module";
import { TransactionHost } from "../../database/transaction-host";
import { requestFingerprint } from "./fingerprint";
import { PendingIdempotencyKey, runWithPendingKey } from "./pending-key";
import {
  Claim,
  IdempotencyKeysRepository,
  IdempotencyScope,
  SavedResponse,
} from "./idempotency-keys.repository";

/** Keys (and their saved responses) are kept at least this long. */
export const IDEMPOTENCY_KEY_TTL_SECONDS = 24 * 60 * 60;
export const IDEMPOTENCY_KEY_HEADER = "idempotency-key";
export const IDEMPOTENT_REPLAYED_HEADER = "idempotent-replayed";

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
// Set by Nest when the ValidationPipe refused the input: the handler never ran.
const REJECTED_BY_PIPES = Symbol.for("nestjs:rejected-by-pipes");

export class IdempotencyKeyRequiredError extends DomainError {
  constructor() {
    super(
      HttpStatus.BAD_REQUEST,
      "idempotency_key_required",
      "This request needs an Idempotency-Key header (a unique string of 1 to 255 printable characters).",
    );
  }
}

export class IdempotencyKeyReusedError extends DomainError {
  constructor() {
    super(
      HttpStatus.UNPROCESSABLE_ENTITY,
      "idempotency_key_reused",
      "This Idempotency-Key was already used with a different request; use a new key.",
    );
  }
}

export class IdempotencyKeyInUseError extends DomainError {
  constructor() {
    super(
      HttpStatus.CONFLICT,
      "idempotency_key_in_use",
      "A request with this Idempotency-Key is still being processed; retry shortly.",
      {},
      { "retry-after": "1" },
    );
  }
}

type Request = FastifyRequest & { user?: AuthUser; [REJECTED_BY_PIPES]?: boolean };

/**
 * The key, its scope (caller, method, route pattern) and the request's fingerprint; 400 when
 * the Idempotency-Key header is missing or malformed.
 */
export function readIdempotentRequest(request: FastifyRequest & { user?: AuthUser }): {
  scope: IdempotencyScope;
  hash: string;
} {
  const header = request.headers[IDEMPOTENCY_KEY_HEADER];
  const key = Array.isArray(header) ? undefined : header?.trim();
  if (!key || !KEY_PATTERN.test(key)) throw new IdempotencyKeyRequiredError();
  if (!request.user) throw new Error("An idempotent route needs an authenticated caller");
  return {
    scope: {
      userId: request.user.id,
      method: request.method,
      route: request.routeOptions.url ?? request.url.split("?")[0],
      key,
    },
    hash: requestFingerprint(request.method, request.url, request.body),
  };
}

/**
 * Answers a request whose key was already claimed: the saved status and body (or error) when
 * the same request completed, 422 for another request under the key, 409 while it still runs.
 */
export async function replaySavedResponse(
  keys: IdempotencyKeysRepository,
  scope: IdempotencyScope,
  hash: string,
  reply: FastifyReply,
): Promise<unknown> {
  const existing = await keys.findByScope(scope);
  // Deleted by the cleanup between our claim and this read: the client simply retries.
  if (!existing) throw new IdempotencyKeyInUseError();
  if (existing.requestHash !== hash) throw new IdempotencyKeyReusedError();
  if (existing.state !== "completed" || existing.responseStatus === null) {
    throw new IdempotencyKeyInUseError();
  }
  const saved = existing.responseBody as SavedResponse;
  reply.header(IDEMPOTENT_REPLAYED_HEADER, "true");
  if (saved.kind === "error") {
    throw new DomainError(
      existing.responseStatus,
      saved.code,
      saved.detail,
      saved.extensions,
      saved.headers,
    );
  }
  reply.status(existing.responseStatus);
  return saved.body;
}

export type IdempotencyMode = "atomic" | "staged";
export const IDEMPOTENCY_MODE = "storefront:idempotency-mode";
/** Set on routes where the key is optional: without one the request runs as a plain POST. */
export const IDEMPOTENCY_KEY_OPTIONAL = "storefront:idempotency-key-optional";

/** The key was written or is held by another attempt: roll this one back and replay. */
class KeyTakenError extends Error {}

/**
 * Stripe's idempotency semantics for a POST: the first request with a key runs and its
 * response is saved; the same key and request later replays that status and body; the same key
 * with another request is 422; a second request while the first still runs is 409 (or, in
 * atomic mode, waits for it and replays). Keys are scoped to the caller, method and route.
 *
 * No key is ever left locked by a request that no longer exists:
 * - `atomic`: the key is written, with its response, in the effect's own transaction (the
 *   handler joins it). A failed or cut-off request commits neither effect nor key, so the client
 *   may retry at once; a concurrent duplicate blocks on the key's unique index until the first
 *   commits, then replays it. A duplicate therefore runs its handler once in a transaction that
 *   is rolled back; that is the price of writing no separate claim.
 * - `staged`: the handler commits its own phases around a call outside the database (money
 *   must stay recorded when the request then fails), so the key is claimed first, in progress,
 *   under a lease renewed every third of IDEMPOTENCY_LEASE_SECONDS. A request that dies stops
 *   renewing and its key can be taken over within the lease; one whose outcome could not be
 *   recorded (the database went away) keeps trying to record it, and frees the key within
 *   moments of the database coming back. The effect's own state (e.g. one active payment per
 *   order) keeps a retry from doing it twice.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger(IdempotencyInterceptor.name);
  private readonly leaseSeconds: number;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly reflector: Reflector,
    private readonly tx: TransactionHost,
    private readonly keys: IdempotencyKeysRepository,
  ) {
    this.leaseSeconds = config.idempotencyLeaseSeconds;
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const reply = http.getResponse<FastifyReply>();
    if (
      request.headers[IDEMPOTENCY_KEY_HEADER] === undefined &&
      this.reflector.get<boolean | undefined>(IDEMPOTENCY_KEY_OPTIONAL, context.getHandler())
    ) {
      return next.handle();
    }
    const { scope, hash } = readIdempotentRequest(request);
    const mode =
      this.reflector.get<IdempotencyMode | undefined>(IDEMPOTENCY_MODE, context.getHandler()) ??
      "atomic";
    if (mode === "atomic") return from(this.runAtomic(scope, hash, next, request, reply));
    const claim = await this.keys.claim(
      scope,
      hash,
      IDEMPOTENCY_KEY_TTL_SECONDS,
      this.leaseSeconds,
    );
    if (!claim) return from(replaySavedResponse(this.keys, scope, hash, reply));
    return from(this.runStaged(claim, next, reply));
  }

  private async runAtomic(
    scope: IdempotencyScope,
    hash: string,
    next: CallHandler,
    request: Request,
    reply: FastifyReply,
  ): Promise<unknown> {
    try {
      return await this.tx.run(async () => {
        // Per attempt: a retried transaction starts with the key unwritten.
        const pending = new PendingIdempotencyKey(
          scope,
          hash,
          IDEMPOTENCY_KEY_TTL_SECONDS,
          this.leaseSeconds,
          reply,
        );
        const body: unknown = await runWithPendingKey(pending, () =>
          lastValueFrom(next.handle(), { defaultValue: undefined }),
        );
        // Written by the handler with its effect's last statement (see PendingIdempotencyKey).
        if (pending.saved === true) return body;
        if (pending.saved === false) throw new KeyTakenError();
        const saved = await this.keys.saveResult(
          scope,
          hash,
          IDEMPOTENCY_KEY_TTL_SECONDS,
          this.leaseSeconds,
          reply.statusCode,
          { kind: "success", body: toJson(body) },
        );
        if (!saved) throw new KeyTakenError();
        return body;
      });
    } catch (error) {
      if (error instanceof KeyTakenError) return replaySavedResponse(this.keys, scope, hash, reply);
      // A business refusal is saved and replayed, as Stripe does; it changed nothing, so it
      // is written on its own once the effect's transaction rolled back.
      if (isSavedRefusal(error, request)) {
        const saved = await this.keys.saveResult(
          scope,
          hash,
          IDEMPOTENCY_KEY_TTL_SECONDS,
          this.leaseSeconds,
          error.status,
          toSavedError(mapError(error)),
        );
        if (!saved) return replaySavedResponse(this.keys, scope, hash, reply);
      }
      throw error;
    }
  }

  private async runStaged(claim: Claim, next: CallHandler, reply: FastifyReply): Promise<unknown> {
    const lease = setInterval(
      () => void this.keys.heartbeat(claim).catch(() => undefined),
      (this.leaseSeconds * 1000) / 3,
    );
    lease.unref();
    let body: unknown;
    try {
      body = await lastValueFrom(next.handle(), { defaultValue: undefined });
    } catch (error) {
      clearInterval(lease);
      const mapped = mapError(error);
      await this.record(claim, () =>
        isStagedReplayable(error, mapped.status)
          ? this.keys.complete(claim, mapped.status, toSavedError(mapped))
          : this.keys.release(claim),
      );
      throw error;
    }
    clearInterval(lease);
    const status = reply.statusCode;
    await this.record(claim, () =>
      this.keys.complete(claim, status, { kind: "success", body: toJson(body) }),
    );
    return body;
  }

  /**
   * Writes a staged request's outcome; while the database is unreachable, keeps trying for a
   * lease's length (after that the lease has run out and the key is free anyway).
   */
  private async record(claim: Claim, write: () => Promise<unknown>): Promise<void> {
    const deadline = Date.now() + this.leaseSeconds * 1000;
    const retry = (): void => {
      write().catch((error: unknown) => {
        if (Date.now() < deadline) {
          setTimeout(retry, 250).unref();
          return;
        }
        this.logger.warn({ err: error, keyId: claim.id }, "Could not record an idempotent outcome");
      });
    };
    try {
      // Recorded before the answer leaves, so a client retrying at once gets the replay.
      await write();
    } catch {
      // The answer does not wait for the database to come back; the retries run behind it.
      setTimeout(retry, 250).unref();
    }
  }
}

function toJson(body: unknown): unknown {
  return body === undefined ? null : (JSON.parse(JSON.stringify(body)) as unknown);
}

function toSavedError(mapped: ReturnType<typeof mapError>): SavedResponse {
  return {
    kind: "error",
    code: mapped.code,
    detail: mapped.detail,
    extensions: mapped.extensions ?? {},
    headers: mapped.headers ?? {},
  };
}

/**
 * Atomic mode: a business refusal (4xx from the handler) is saved and replayed. Invalid input
 * (nothing ran), key conflicts, rate limits and server errors leave the key free for a retry.
 */
function isSavedRefusal(error: unknown, request: Request): error is DomainError {
  return (
    error instanceof DomainError &&
    error.status >= 400 &&
    error.status < 500 &&
    error.status !== HttpStatus.TOO_MANY_REQUESTS &&
    error.code !== "validation_failed" &&
    !(error instanceof IdempotencyKeyInUseError) &&
    request[REJECTED_BY_PIPES] !== true
  );
}

/**
 * Staged mode: refusals are saved and replayed, and so are server errors that the handler
 * reported (the provider may already have moved the money, so a retry with the same key must
 * not run again). Input refused before anything ran (400), rate limiting, a concurrent attempt
 * and an unavailable database (503: the outcome is then resolved by the effect's own state on
 * retry) free the key.
 */
function isStagedReplayable(error: unknown, status: number): boolean {
  return (
    !(error instanceof IdempotencyKeyInUseError) &&
    status !== Number(HttpStatus.BAD_REQUEST) &&
    status !== Number(HttpStatus.TOO_MANY_REQUESTS) &&
    status !== Number(HttpStatus.SERVICE_UNAVAILABLE)
  );
}
