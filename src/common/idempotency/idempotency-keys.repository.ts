import { Injectable } from "@nestjs/common";
import { TransactionHost } from "../../database/transaction-host";
import { IdempotencyKeyEntity } from "./idempotency-key.entity";
import { SAVE_RESULT_SQL, TAKEABLE } from "./idempotency.sql";

export interface IdempotencyScope {
  userId: string;
  method: string;
  route: string;
  key: string;
}

export interface Claim {
  id: string;
  lockToken: string;
}

/** What is stored as `response_body`: the handler's result or the problem it threw. */
export type SavedResponse =
  | { kind: "success"; body: unknown }
  | {
      kind: "error";
      code: string;
      detail: string;
      extensions: Record<string, unknown>;
      headers: Record<string, string>;
    };

@Injectable()
export class IdempotencyKeysRepository {
  constructor(private readonly tx: TransactionHost) {}

  /**
   * Staged mode: takes the key for this attempt as `in_progress`, in one statement, under a lease
   * the attempt keeps renewing (`heartbeat`). A new key is inserted; an expired one, or one left
   * in progress by an attempt whose lease ran out (same request), is taken over. Null when
   * someone else holds or finished it.
   */
  async claim(
    scope: IdempotencyScope,
    requestHash: string,
    ttlSeconds: number,
    leaseSeconds: number,
  ): Promise<Claim | null> {
    const rows: { id: string; lock_token: string }[] = await this.tx.manager.query(
      `INSERT INTO idempotency_keys
         (user_id, method, route, key, request_hash, state, locked_at, lock_token, expires_at)
       VALUES ($1, $2, $3, $4, $5, 'in_progress', now(), gen_random_uuid(),
               now() + make_interval(secs => $6))
       ON CONFLICT ON CONSTRAINT uq_idempotency_keys_scope DO UPDATE SET
         request_hash = EXCLUDED.request_hash,
         state = 'in_progress',
         response_status = NULL,
         response_body = NULL,
         locked_at = now(),
         lock_token = EXCLUDED.lock_token,
         created_at = now(),
         expires_at = EXCLUDED.expires_at
       ${TAKEABLE}
       RETURNING id, lock_token`,
      [scope.userId, scope.method, scope.route, scope.key, requestHash, ttlSeconds, leaseSeconds],
    );
    return rows.length > 0 ? { id: rows[0].id, lockToken: rows[0].lock_token } : null;
  }

  /**
   * Atomic mode: writes the key already `completed` with its response, in the effect's own
   * transaction, so the key exists exactly when the effect committed. A concurrent attempt with
   * the same key waits here on the unique index until this one commits or rolls back. False
   * when the key is held or finished by someone else (the caller rolls back and replays).
   */
  async saveResult(
    scope: IdempotencyScope,
    requestHash: string,
    ttlSeconds: number,
    leaseSeconds: number,
    status: number,
    response: SavedResponse,
  ): Promise<boolean> {
    const rows: unknown[] = await this.tx.manager.query(SAVE_RESULT_SQL, [
      scope.userId,
      scope.method,
      scope.route,
      scope.key,
      requestHash,
      ttlSeconds,
      leaseSeconds,
      status,
      JSON.stringify(response),
    ]);
    return rows.length > 0;
  }

  /** Renews this attempt's lease; false when it no longer holds the key. */
  async heartbeat(claim: Claim): Promise<boolean> {
    const rows: unknown[] = await this.tx.manager.query(
      `UPDATE idempotency_keys SET locked_at = now()
       WHERE id = $1 AND lock_token = $2 AND state = 'in_progress'
       RETURNING 1`,
      [claim.id, claim.lockToken],
    );
    return rows.length > 0;
  }

  findByScope(scope: IdempotencyScope): Promise<IdempotencyKeyEntity | null> {
    return this.tx.manager.getRepository(IdempotencyKeyEntity).findOne({
      where: { userId: scope.userId, method: scope.method, route: scope.route, key: scope.key },
    });
  }

  /** Staged mode: saves the response, only if this attempt still holds the key. */
  async complete(claim: Claim, status: number, response: SavedResponse): Promise<boolean> {
    const result = await this.tx.manager
      .createQueryBuilder()
      .update(IdempotencyKeyEntity)
      .set({
        state: "completed",
        responseStatus: status,
        responseBody: () => ":body::jsonb",
        lockedAt: null,
        lockToken: null,
      })
      .setParameter("body", JSON.stringify(response))
      .where("id = :id AND lock_token = :token AND state = 'in_progress'", {
        id: claim.id,
        token: claim.lockToken,
      })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /** Gives the key back (nothing happened, e.g. invalid input): the client may retry with it. */
  async release(claim: Claim): Promise<void> {
    await this.tx.manager
      .createQueryBuilder()
      .delete()
      .from(IdempotencyKeyEntity)
      .where("id = :id AND lock_token = :token", { id: claim.id, token: claim.lockToken })
      .execute();
  }

  /** Deletes up to `batchSize` expired keys; returns how many went. */
  async deleteExpired(batchSize: number): Promise<number> {
    const result = await this.tx.manager
      .createQueryBuilder()
      .delete()
      .from(IdempotencyKeyEntity)
      .where("id IN (SELECT id FROM idempotency_keys WHERE expires_at <= now() LIMIT :batchSize)", {
        batchSize,
      })
      .execute();
    return result.affected ?? 0;
  }

  /**
   * Erasure: the user's keys go (they replay responses that hold addresses, and an erased
   * account sends no more requests); other keys keep working but their saved responses lose
   * the user's mentions (an admin's refund can name the customer).
   */
  async eraseForUser(userId: string, mentions: string, replacement: string): Promise<void> {
    await this.tx.manager.delete(IdempotencyKeyEntity, { userId });
    await this.tx.manager.query(
      `UPDATE idempotency_keys
          SET response_body = regexp_replace(response_body::text, $1, $2, 'gi')::jsonb
        WHERE response_body::text ~* $1`,
      [mentions, replacement],
    );
  }
}
