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
 * Cursors are opaque to clients: the keyset values of the last row served, tagged with the list
 * they belong to so that a cursor from one list or sort order is refused by another.
 */
export function encodeCursor(scope: string, keys: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify([scope, ...keys]), "utf8").toString("base64url");
}

export function decodeCursor(
  scope: string,
  cursor: string,
  arity: number,
): (string | number | null)[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw new InvalidCursorError();
  }
  if (
    !Array.isArray(parsed) ||
    parsed[0] !== scope ||
    parsed.length !== arity + 1 ||
    !parsed.slice(1).every((v) => v === null || ["string", "number"].includes(typeof v))
  ) {
    throw new InvalidCursorError();
  }
  return parsed.slice(1) as (string | number | null)[];
}
