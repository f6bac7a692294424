import type { FastifyInstance, FastifyRequest } from "fastify";
import { FieldError, ValidationFailedError } from "../errors/domain-error";

const NUL = "\u0000";
/** How a NUL appears in JSON text: the parser turns `\u0000` into the character. */
const ESCAPED_NUL = Buffer.from("\\u0000");
const ENCODED_NUL = "%00";

/** The dotted paths (`items.0.name`) of every key or string value that holds a NUL character. */
export function fieldsWithNul(value: unknown, path = "", found: string[] = []): string[] {
  if (typeof value === "string") {
    if (value.includes(NUL)) found.push(path || "body");
  } else if (Array.isArray(value)) {
    value.forEach((item, index) =>
      fieldsWithNul(item, path ? `${path}.${index}` : String(index), found),
    );
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const field = path ? `${path}.${key}` : key;
      if (key.includes(NUL)) found.push(field);
      else fieldsWithNul(item, field, found);
    }
  }
  return found;
}

function nulErrors(request: FastifyRequest): FieldError[] {
  // Path parameters and the query string come from the URL, where a NUL can only be written
  // percent-encoded (the HTTP parser refuses a raw one): no `%00`, nothing to walk.
  const fields = request.url.includes(ENCODED_NUL)
    ? [...fieldsWithNul(request.params), ...fieldsWithNul(request.query)]
    : [];
  const raw = (request as { rawBody?: Buffer }).rawBody;
  // The walk is skipped for the common body that cannot hold one; the body's depth is bounded.
  if (request.body !== undefined && (!raw || raw.includes(ESCAPED_NUL))) {
    fields.push(...fieldsWithNul(request.body));
  }
  return fields.map((path) => {
    // The field is echoed back, so its own NUL is shown escaped.
    const field = path.split(NUL).join("\\u0000");
    return { field, message: `${field} must not contain NUL characters` };
  });
}

/**
 * NUL characters are refused in path parameters, query strings and JSON bodies alike, before
 * validation: no text column can store them (PostgreSQL rejects the value), and no field of this
 * API means one. The 400 names each field.
 */
export function rejectNulCharacters(fastify: FastifyInstance): void {
  fastify.addHook("preValidation", (request, _reply, done) => {
    const errors = nulErrors(request);
    if (errors.length === 0) return done();
    done(
      new ValidationFailedError(
        errors,
        `NUL characters are not accepted: ${errors.map((e) => e.field).join(", ")}.`,
      ),
    );
  });
}
