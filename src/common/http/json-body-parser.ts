import { HttpStatus } from "@nestjs/common";
import type { NestFastifyApplication } from "@nestjs/platform-fastify";
import type { FastifyRequest } from "fastify";
import { DomainError } from "../errors/domain-error";

/**
 * The deepest nesting of objects and arrays a request body may have. Real bodies nest a few
 * levels; deep ones exist only to exhaust the stack or the event loop in whatever walks them
 * next (class-transformer, the validator, the logger).
 */
export const MAX_JSON_DEPTH = 32;

/** The only media types that may carry a request body. */
export const JSON_MEDIA_TYPES = ["application/json"] as const;

export class BodyTooDeepError extends DomainError {
  constructor() {
    super(
      HttpStatus.BAD_REQUEST,
      "body_too_deep",
      `The request body nests objects or arrays more than ${MAX_JSON_DEPTH} levels deep.`,
    );
  }
}

/** Every body this API takes is an object; `null` would otherwise pass as "no fields". */
export class BodyNotObjectError extends DomainError {
  constructor() {
    super(HttpStatus.BAD_REQUEST, "body_not_object", "The request body must be a JSON object.");
  }
}

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * True when the JSON text nests deeper than `max`. One pass over the bytes, before anything is
 * parsed, so a hostile body costs no more than reading it. Bytes inside strings are skipped;
 * UTF-8 continuation bytes never equal these ASCII codes. Malformed JSON is left to the parser.
 */
export function exceedsJsonDepth(body: Uint8Array, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const byte = body[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
      if (++depth > max) return true;
    } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
      depth--;
    }
  }
  return false;
}

/**
 * Makes JSON the only body the API reads: every other media type (forms, text, multipart) is a
 * 415 before any handler runs, so a browser form posted cross-site cannot reach a route, and a
 * JSON body nested deeper than MAX_JSON_DEPTH is a 400 `body_too_deep` before it is parsed; one
 * that is not an object is a 400 `body_not_object`.
 * The raw body is still kept (webhook signatures need it). Needs `bodyParser: false` on the
 * Nest application, which would otherwise add a form parser of its own.
 */
export function registerJsonBodyParser(app: NestFastifyApplication, bodyLimit: number): void {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.removeAllContentTypeParsers();
  // Fastify's own parser refuses `__proto__` and `constructor.prototype` keys.
  const parseJson = fastify.getDefaultJsonParser("error", "error");
  app.useBodyParser(
    [...JSON_MEDIA_TYPES],
    { bodyLimit },
    (request: FastifyRequest, body: Buffer, done) => {
      if (exceedsJsonDepth(body, MAX_JSON_DEPTH)) {
        done(new BodyTooDeepError(), undefined);
        return;
      }
      parseJson(request, body as unknown as string, (error, parsed) => {
        if (error) done(error, undefined);
        else if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
          done(new BodyNotObjectError(), undefined);
        } else done(null, parsed);
      });
    },
  );
}
