import { createHash } from "node:crypto";

/** Every short hash has this many characters. */
export const SHORT_HASH_LENGTH = 27;

/**
 * A stable, URL-safe name for a string (or its UTF-8 bytes: the same name): 27 base64url
 * characters (160 bits) of its SHA-256.
 */
export function shortHash(value: string | Buffer): string {
  return createHash("sha256").update(value).digest("base64url").slice(0, SHORT_HASH_LENGTH);
}
