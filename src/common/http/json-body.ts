import { HttpStatus } from "@nestjs/common";
import type { FastifyReply } from "fastify";
import { SHORT_HASH_LENGTH, shortHash } from "../short-hash";

/** A quoted short hash: every ETag has this width. */
const ETAG_LENGTH = SHORT_HASH_LENGTH + 2;

/**
 * A JSON response body serialised and encoded once, with the strong ETag that names it. Hot
 * reads cache this form, so a cache hit is sent as stored: no parse, no re-serialisation, no
 * re-hash, no re-encoding. Immutable: one instance may answer any number of requests.
 */
export class JsonBody {
  private constructor(
    /** UTF-8; never written to after construction. */
    private readonly bytes: Buffer,
    readonly etag: string,
  ) {}

  static of(value: unknown): JsonBody {
    return JsonBody.fromJson(JSON.stringify(value));
  }

  /** A body that is already JSON text (e.g. built by the database). */
  static fromJson(json: string): JsonBody {
    return JsonBody.ofBytes(Buffer.from(json));
  }

  /**
   * A body that is these pieces of JSON text one after the other, encoded straight into one
   * buffer: a page built by the database is wrapped without first being copied into a joined
   * string.
   */
  static fromJsonParts(parts: readonly string[]): JsonBody {
    let length = 0;
    for (const part of parts) length += Buffer.byteLength(part);
    const bytes = Buffer.allocUnsafe(length);
    let offset = 0;
    for (const part of parts) offset += bytes.write(part, offset);
    return JsonBody.ofBytes(bytes);
  }

  private static ofBytes(bytes: Buffer): JsonBody {
    return new JsonBody(bytes, `"${shortHash(bytes)}"`);
  }

  /** The single string a cache keeps: the fixed-width ETag, then the body. */
  toCacheEntry(): string {
    return this.etag + this.bytes.toString();
  }

  static fromCacheEntry(entry: string): JsonBody {
    return new JsonBody(Buffer.from(entry).subarray(ETAG_LENGTH), entry.slice(0, ETAG_LENGTH));
  }

  /** True when an If-None-Match header lists this body's ETag (weakly compared) or `*`. */
  matches(ifNoneMatch: string | undefined): boolean {
    if (!ifNoneMatch) return false;
    // What a client that kept our ETag sends back, checked before parsing a list.
    if (ifNoneMatch === this.etag) return true;
    return ifNoneMatch
      .split(",")
      .map((tag) => tag.trim().replace(/^W\//, ""))
      .some((tag) => tag === this.etag || tag === "*");
  }

  /**
   * Sends the body with its ETag, or 304 when the client already holds it. `no-cache` lets
   * a cache keep the body but makes it revalidate before reuse; `private` keeps shared
   * caches from storing what was shaped for one signed-in caller.
   */
  async send(
    reply: FastifyReply,
    ifNoneMatch: string | undefined,
    audience: "public" | "private" = "public",
  ): Promise<void> {
    await this.write(reply, ifNoneMatch, audience);
  }

  /** As `send`, without waiting for the response to finish (for Fastify hooks). */
  write(
    reply: FastifyReply,
    ifNoneMatch: string | undefined,
    audience: "public" | "private" = "public",
  ): FastifyReply {
    reply.header("etag", this.etag);
    reply.header("cache-control", audience === "private" ? "private, no-cache" : "no-cache");
    if (this.matches(ifNoneMatch)) return reply.code(HttpStatus.NOT_MODIFIED).send();
    return reply
      .code(HttpStatus.OK)
      .header("content-type", "application/json; charset=utf-8")
      .send(this.bytes);
  }
}
