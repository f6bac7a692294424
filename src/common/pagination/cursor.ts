import { HttpStatus } from "@nestjs/common";
import { DomainError } from "../errors/domain-error";

export class InvalidCursorError extends DomainError {
  constructor() {
    super(
      HttpStatus.BAD_REQUEST,
      "invalid_cursor",
      "The cursor is invalid or belongs to another list.",
    );
  }
}

/**
 * What one keyset value of a cursor is, as the list's query binds it: `uuid` (a row id),
 * `timestamp` (ISO 8601 or PostgreSQL's text form of a timestamptz), `int` (a 32-bit integer
 * column), `real` (a float4 score), `text` (a varchar sort key).
 */
export type CursorKey = "uuid" | "timestamp" | "int" | "real" | "text";
type CursorValue<K extends CursorKey> = K extends "int" | "real" ? number : string;
export type CursorValues<K extends readonly CursorKey[]> = {
  -readonly [I in keyof K]: CursorValue<K[I]>;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,6})?(?:Z|[+-](\d{2})(?::?(\d{2}))?)$/;
const INT32_MAX = 2 ** 31 - 1;
const MAX_TEXT_KEY_LENGTH = 1000;
// float4 refuses what it cannot represent, overflow and underflow alike.
const REAL_MIN = 1e-37;
const REAL_MAX = 1e37;

function isTimestamp(value: string): boolean {
  const match = TIMESTAMP.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second, offsetHours = "0", offsetMinutes = "0"] = match
    .slice(1)
    .map((part) => part ?? "0");
  const date = new Date(Date.UTC(+year, +month - 1, +day));
  return (
    +year >= 1 &&
    date.getUTCFullYear() === +year &&
    date.getUTCMonth() === +month - 1 &&
    date.getUTCDate() === +day &&
    +hour <= 23 &&
    +minute <= 59 &&
    +second <= 59 &&
    +offsetHours <= 15 &&
    +offsetMinutes <= 59
  );
}

function isValidKey(kind: CursorKey, value: unknown): boolean {
  switch (kind) {
    case "uuid":
      return typeof value === "string" && UUID.test(value);
    case "timestamp":
      return typeof value === "string" && isTimestamp(value);
    case "int":
      return Number.isInteger(value) && Math.abs(value as number) <= INT32_MAX;
    case "real": {
      if (typeof value !== "number" || !Number.isFinite(value)) return false;
      const magnitude = Math.abs(value);
      return magnitude === 0 || (magnitude >= REAL_MIN && magnitude <= REAL_MAX);
    }
    case "text":
      return (
        typeof value === "string" &&
        value.length <= MAX_TEXT_KEY_LENGTH &&
        !value.includes("\u0000")
      );
  }
}

/**
 * Cursors are opaque to clients: the keyset values of the last row served, tagged with the list
 * they belong to so that a cursor from one list or sort order is refused by another.
 */
export function encodeCursor(scope: string, keys: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify([scope, ...keys]), "utf8").toString("base64url");
}

/**
 * Reads a cursor back. Clients can edit one, so each value is checked against the kind of
 * column it will be bound to: an edited cursor is a 400 `invalid_cursor`, never a value the
 * database refuses (a 500).
 */
export function decodeCursor<const K extends readonly CursorKey[]>(
  scope: string,
  cursor: string,
  kinds: K,
): CursorValues<K> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw new InvalidCursorError();
  }
  if (
    !Array.isArray(parsed) ||
    parsed[0] !== scope ||
    parsed.length !== kinds.length + 1 ||
    !kinds.every((kind, index) => isValidKey(kind, parsed[index + 1]))
  ) {
    throw new InvalidCursorError();
  }
  return parsed.slice(1) as CursorValues<K>;
}
