import { SetMetadata, UseInterceptors, applyDecorators } from "@nestjs/common";
import { ApiHeader } from "@nestjs/swagger";
import { ApiProblems } from "../openapi/api-problems.decorator";
import {
  IDEMPOTENCY_KEY_OPTIONAL,
  IDEMPOTENCY_MODE,
  IdempotencyInterceptor,
  IdempotencyMode,
} from "./idempotency.interceptor";

/**
 * Makes a POST idempotent with Stripe's semantics (see IdempotencyInterceptor): requires an
 * `Idempotency-Key` header and documents it, with the 409 and 422 it can answer.
 * - `atomic` (default): the effect is one database transaction; the key is written in it.
 * - `staged`: the effect commits in phases around an outside call (a payment provider); the
 *   key is held under a renewed lease while the handler runs.
 * `keyRequired: false` accepts the request without a key too (it then runs once, as sent); a
 * balancer may re-send only the requests that carry one (deploy/nginx/storefront.conf).
 * The route must be authenticated.
 */
export const Idempotent = (
  options: { mode?: IdempotencyMode; keyRequired?: boolean } = {},
): MethodDecorator =>
  applyDecorators(
    SetMetadata(IDEMPOTENCY_MODE, options.mode ?? "atomic"),
    SetMetadata(IDEMPOTENCY_KEY_OPTIONAL, options.keyRequired === false),
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: "Idempotency-Key",
      required: options.keyRequired !== false,
      description:
        (options.keyRequired === false
          ? "Optional: with a key, the request is safe to retry. "
          : "") +
        "A unique key per intended operation (e.g. a UUID). Retrying with the same key and body " +
        "replays the first response; the same key with another body is 422; while the first " +
        "request runs, 409. Keys are kept 24 hours.",
      schema: { type: "string", minLength: 1, maxLength: 255 },
    }),
    ApiProblems(409, 422),
  );
