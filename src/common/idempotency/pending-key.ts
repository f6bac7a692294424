import { AsyncLocalStorage } from "node:async_hooks";
import type { FastifyReply } from "fastify";
import type { IdempotencyScope } from "./idempotency-keys.repository";

/** The values of saveResultSql's placeholders, in SaveResultParams' order after the user id. */
export type SavedKeyValues = [
  method: string,
  route: string,
  key: string,
  requestHash: string,
  ttlSeconds: number,
  leaseSeconds: number,
  status: number,
  body: string,
];

/**
 * Atomic mode: the key the running request saves with its effect. By default the interceptor
 * writes it after the handler, in the effect's transaction. A handler whose effect ends in one
 * statement that takes row locks (checkout's stock) may instead write the key in that very
 * statement (`valuesFor`, then `recordSaved`), so those locks are held for one round trip
 * less; the interceptor then writes nothing more.
 */
export class PendingIdempotencyKey {
  /** undefined: the handler left the key to the interceptor. */
  saved: boolean | undefined;

  constructor(
    readonly scope: IdempotencyScope,
    readonly requestHash: string,
    readonly ttlSeconds: number,
    readonly leaseSeconds: number,
    private readonly reply: FastifyReply,
  ) {}

  /** The key's columns for a success with `body`: what the interceptor would have saved. */
  valuesFor(body: unknown): SavedKeyValues {
    const { method, route, key } = this.scope;
    return [
      method,
      route,
      key,
      this.requestHash,
      this.ttlSeconds,
      this.leaseSeconds,
      this.reply.statusCode,
      JSON.stringify({ kind: "success", body: body === undefined ? null : body }),
    ];
  }

  /** False when another attempt holds or wrote the key: the request then rolls back and replays. */
  recordSaved(saved: boolean): void {
    this.saved = saved;
  }
}

const pendingKeys = new AsyncLocalStorage<PendingIdempotencyKey>();

export function runWithPendingKey<T>(
  key: PendingIdempotencyKey,
  work: () => Promise<T>,
): Promise<T> {
  return pendingKeys.run(key, work);
}

/** The key of the atomic idempotent request being served, if any. */
export function pendingIdempotencyKey(): PendingIdempotencyKey | undefined {
  return pendingKeys.getStore();
}
