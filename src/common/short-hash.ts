import { createHash } from "node:crypto";

/** Every short hash has this many characters. */
export const SHORT_HASH_LENGTH = 27;

/** A stable, URL-safe name for a string: 27 base64url characters (160 bits) of its SHA-256. */
export function shortHash(value: string): string {
  return createHash("sha256").update(value).digest("base64url").slice(0, SHORT_HASH_LENGTH);
}
