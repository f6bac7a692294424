// Idempotency-key statements shared by the repository and bench/baselines (the same SQL).

/**
 * When an existing row may be overwritten: it expired, or it is in progress for the same
 * request and its holder stopped renewing the lease (`lease` seconds): that attempt is dead.
 */
function takeable(lease: string): string {
  return `WHERE idempotency_keys.expires_at <= now()
          OR (idempotency_keys.state = 'in_progress'
              AND idempotency_keys.request_hash = EXCLUDED.request_hash
              AND idempotency_keys.locked_at < now() - make_interval(secs => ${lease}))`;
}

export const TAKEABLE = takeable("$7");

/** The placeholders of a completed key's columns, in the statement that writes it. */
export interface SaveResultParams {
  userId: string;
  method: string;
  route: string;
  key: string;
  requestHash: string;
  ttlSeconds: string;
  leaseSeconds: string;
  status: string;
  body: string;
}

/**
 * Atomic mode: the key written completed, with its response, or taking over a dead one;
 * returns a row when it was written. Nothing is written when the key parameter is NULL, so an
 * effect's own statement can carry it as a CTE whether or not the request has a key.
 */
export function saveResultSql(p: SaveResultParams): string {
  return `INSERT INTO idempotency_keys
         (user_id, method, route, key, request_hash, state, response_status, response_body,
          expires_at)
       SELECT ${p.userId}::uuid, ${p.method}::varchar, ${p.route}::varchar, ${p.key}::varchar,
              ${p.requestHash}::varchar, 'completed', ${p.status}::int, ${p.body}::jsonb,
              now() + make_interval(secs => ${p.ttlSeconds}::int)
       WHERE ${p.key}::varchar IS NOT NULL
       ON CONFLICT ON CONSTRAINT uq_idempotency_keys_scope DO UPDATE SET
         request_hash = EXCLUDED.request_hash,
         state = 'completed',
         response_status = EXCLUDED.response_status,
         response_body = EXCLUDED.response_body,
         locked_at = NULL,
         lock_token = NULL,
         created_at = now(),
         expires_at = EXCLUDED.expires_at
       ${takeable(`${p.leaseSeconds}::int`)}
       RETURNING 1`;
}

export const SAVE_RESULT_SQL = saveResultSql({
  userId: "$1",
  method: "$2",
  route: "$3",
  key: "$4",
  requestHash: "$5",
  ttlSeconds: "$6",
  leaseSeconds: "$7",
  status: "$8",
  body: "$9",
});
