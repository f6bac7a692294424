import {
  CallHandler,
  ExecutionContext,
  HttpStatus,
  Injectable,
  NestInterceptor,
} from "@nestjs/common";
import type { FastifyReply, FastifyRequest } from "fastify";
import { Observable, from, lastValueFrom } from "rxjs";
import type { AuthUser } from "../decorators/current-user.decorator";
import { DomainError } from "../errors/domain-error";
import { TransactionHost } from "../../database/transaction-host";
import { requestFingerprint } from "./fingerprint";
import {
  Claim,
  IdempotencyKeysRepository,
  IdempotencyScope,
  SavedResponse,
} from "./idempotency-keys.repository";

/** Keys (and their saved responses) are kept at least this long. */
export const IDEMPOTENCY_KEY_TTL_SECONDS = 24 * 60 * 60;
/**
 * An in-progress key locked longer than this belongs to an attempt that died (no transaction
 * lives that long: statement and idle-in-transaction timeouts end it), so it may be taken over.
 */
export const IDEMPOTENCY_STALE_LOCK_SECONDS = 5 * 60;
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
 * the Idempotency-Key header is missing or malformed. Shared by every idempotency interceptor.
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

/**
 * Stripe's idempotency semantics for a POST: the first request with a key runs and its
 * response is saved in the same transaction as its effects; the same key and request later
 * replays that status and body; the same key with another request is 422; a second request
 * while the first still runs is 409. Keys are scoped to the caller, method and route.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly tx: TransactionHost,
    private readonly keys: IdempotencyKeysRepository,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const reply = http.getResponse<FastifyReply>();

    const { scope, hash } = readIdempotentRequest(request);

    const claim = await this.keys.claim(
      scope,
      hash,
      IDEMPOTENCY_KEY_TTL_SECONDS,
      IDEMPOTENCY_STALE_LOCK_SECONDS,
    );
    if (!claim) return from(replaySavedResponse(this.keys, scope, hash, reply));
    return from(this.execute(claim, next, request, reply));
  }

  private async execute(
    claim: Claim,
    next: CallHandler,
    request: Request,
    reply: FastifyReply,
  ): Promise<unknown> {
    try {
      // The handler joins this transaction (TransactionHost.run nests), so its effects and
      // the saved response commit together: a crash in between leaves neither.
      return await this.tx.run(async () => {
        const body: unknown = await lastValueFrom(next.handle(), { defaultValue: undefined });
        const saved: SavedResponse = {
          kind: "success",
          body: body === undefined ? null : (JSON.parse(JSON.stringify(body)) as unknown),
        };
        if (!(await this.keys.complete(claim, reply.statusCode, saved))) {
          // Another attempt took the key over; roll our effects back.
          throw new IdempotencyKeyInUseError();
        }
        return body;
      });
    } catch (error) {
      await this.recordFailure(claim, request, error);
      throw error;
    }
  }

  /**
   * A business refusal (4xx from the handler) is saved and replayed, as Stripe does. Invalid
   * input (nothing ran), key conflicts, rate limits and server errors free the key for a retry.
   */
  private async recordFailure(claim: Claim, request: Request, error: unknown): Promise<void> {
    const saveable =
      error instanceof DomainError &&
      error.status >= 400 &&
      error.status < 500 &&
      error.status !== HttpStatus.TOO_MANY_REQUESTS &&
      error.code !== "validation_failed" &&
      !(error instanceof IdempotencyKeyInUseError) &&
      request[REJECTED_BY_PIPES] !== true;
    if (saveable) {
      await this.keys.complete(claim, error.status, {
        kind: "error",
        code: error.code,
        detail: error.detail,
        extensions: error.extensions,
        headers: error.headers,
      });
    } else {
      await this.keys.release(claim);
    }
  }
}
