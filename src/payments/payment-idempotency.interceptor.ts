import {
  CallHandler,
  ExecutionContext,
  HttpStatus,
  Injectable,
  Logger,
  NestInterceptor,
  UseInterceptors,
  applyDecorators,
} from "@nestjs/common";
import { ApiHeader } from "@nestjs/swagger";
import type { FastifyReply, FastifyRequest } from "fastify";
import { Observable, from, lastValueFrom } from "rxjs";
import type { AuthUser } from "../common/decorators/current-user.decorator";
import { mapError } from "../common/errors/error-mapping";
import {
  Claim,
  IdempotencyKeysRepository,
} from "../common/idempotency/idempotency-keys.repository";
import {
  IDEMPOTENCY_KEY_TTL_SECONDS,
  IDEMPOTENCY_STALE_LOCK_SECONDS,
  IdempotencyKeyInUseError,
  readIdempotentRequest,
  replaySavedResponse,
} from "../common/idempotency/idempotency.interceptor";
import { ApiProblems } from "../common/openapi/api-problems.decorator";
import { TransactionHost } from "../database/transaction-host";

type Request = FastifyRequest & { user?: AuthUser };

/**
 * The same Stripe semantics and storage as IdempotencyInterceptor (replay, 422 on another
 * request, 409 while running), but the handler does NOT run inside one wrapping transaction.
 * Money moves through an external provider between our commits: a decline must stay recorded
 * while the request answers 402, and a crash after the provider charged must leave the
 * payment row for the reconciler, not roll it back. So the key is claimed, the handler commits
 * its own phases, and the response is saved afterwards (a crash in between leaves the key
 * in progress; it is taken over after the stale-lock time, and the payment's partial unique
 * index keeps a retry from charging twice).
 */
@Injectable()
export class PaymentIdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger(PaymentIdempotencyInterceptor.name);

  constructor(
    private readonly tx: TransactionHost,
    private readonly keys: IdempotencyKeysRepository,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const reply = http.getResponse<FastifyReply>();
    const { scope, hash } = readIdempotentRequest(request);
    const claim = await this.tx.run(() =>
      this.keys.claim(scope, hash, IDEMPOTENCY_KEY_TTL_SECONDS, IDEMPOTENCY_STALE_LOCK_SECONDS),
    );
    if (!claim) return from(replaySavedResponse(this.keys, scope, hash, reply));
    return from(this.execute(claim, next, reply));
  }

  private async recordFailure(claim: Claim, error: unknown): Promise<void> {
    const mapped = mapError(error);
    try {
      await this.tx.run(async () => {
        if (!isReplayable(error, mapped.status)) return this.keys.release(claim);
        await this.keys.complete(claim, mapped.status, {
          kind: "error",
          code: mapped.code,
          detail: mapped.detail,
          extensions: mapped.extensions ?? {},
          headers: mapped.headers ?? {},
        });
      });
    } catch (saveError) {
      // The database may be what failed; the key then stays in progress until its lock is stale.
      this.logger.warn({ err: saveError }, "Could not record the idempotent request's failure");
    }
  }

  private async execute(claim: Claim, next: CallHandler, reply: FastifyReply): Promise<unknown> {
    let body: unknown;
    try {
      body = await lastValueFrom(next.handle(), { defaultValue: undefined });
    } catch (error) {
      await this.recordFailure(claim, error);
      throw error;
    }
    await this.tx.run(() =>
      this.keys.complete(claim, reply.statusCode, {
        kind: "success",
        body: body === undefined ? null : (JSON.parse(JSON.stringify(body)) as unknown),
      }),
    );
    return body;
  }
}

/**
 * Refusals are saved and replayed. So are server errors: the provider may already have moved
 * the money, so a retry with the same key must not run again (a new key is a new operation,
 * and the payment's unique index and the reconciler make that safe). Only input refused
 * before anything ran (400), rate limiting and a concurrent attempt free the key.
 */
function isReplayable(error: unknown, status: number): boolean {
  return (
    !(error instanceof IdempotencyKeyInUseError) &&
    status !== Number(HttpStatus.BAD_REQUEST) &&
    status !== Number(HttpStatus.TOO_MANY_REQUESTS)
  );
}

/** Idempotency-Key for a route that moves money through the provider (see the interceptor). */
export const PaymentIdempotent = (): MethodDecorator =>
  applyDecorators(
    UseInterceptors(PaymentIdempotencyInterceptor),
    ApiHeader({
      name: "Idempotency-Key",
      required: true,
      description:
        "A unique key per intended operation (e.g. a UUID). Retrying with the same key and body " +
        "replays the first response; the same key with another body is 422; while the first " +
        "request runs, 409. Keys are kept 24 hours.",
      schema: { type: "string", minLength: 1, maxLength: 255 },
    }),
    ApiProblems(409, 422),
  );
