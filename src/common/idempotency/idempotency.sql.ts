// Idempotency-key statements shared by the repository and bench/baselines (the same SQL).

/**
 * When an existing row may be overwritten: it expired, or it is in progress for the same
 * request and its holder stopped renewing the lease ($7 seconds): that attempt is dead.
 */
export const TAKEABLE = `WHERE idempotency_keys.expires_at <= now()
          OR (idempotency_keys.state = 'in_progress'
              AND idempotency_keys.request_hash = EXCLUDED.request_hash
              AND idempotency_keys.locked_at < now() - make_interval(secs => $7))`;

/** Atomic mode: the key written completed, with its response, or taking over a dead one. */
export const SAVE_RESULT_SQL = `INSERT INTO idempotency_keys
         (user_id, method, route, key, request_hash, state, response_status, response_body,
          expires_at)
       VALUES ($1, $2, $3, $4, $5, 'completed', $8, $9::jsonb, now() + make_interval(secs => $6))
       ON CONFLICT ON CONSTRAINT uq_idempotency_keys_scope DO UPDATE SET
         request_hash = EXCLUDED.request_hash,
         state = 'completed',
         response_status = EXCLUDED.response_status,
         response_body = EXCLUDED.response_body,
         locked_at = NULL,
         lock_token = NULL,
         created_at = now(),
         expires_at = EXCLUDED.expires_at
       ${TAKEABLE}
       RETURNING 1`;
