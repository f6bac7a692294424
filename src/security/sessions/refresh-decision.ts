/** What a presented refresh token leads to; pure, so the rule is unit-tested on its own. */
export type RefreshDecision =
  | { kind: "rotate" }
  | { kind: "reuse" }
  | { kind: "rejected"; reason: "session_revoked" | "session_expired" | "sessions_reset" };

export interface RefreshTokenState {
  usedAt: Date | null;
}

export interface SessionState {
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

/**
 * Each refresh token works once. A token already used is reuse: someone holds a copy, so the
 * whole family is revoked (RFC 9700 section 4.14.2). Reuse is checked first, so that a stolen
 * token replayed after a logout is still reported. `tokensValidAfter` (logout-all, password
 * change, disable) kills sessions that began before it; the lifetime is absolute.
 */
export function decideRefresh(
  token: RefreshTokenState,
  session: SessionState,
  tokensValidAfter: Date | null,
  now: Date,
): RefreshDecision {
  if (token.usedAt !== null) return { kind: "reuse" };
  if (session.revokedAt !== null) return { kind: "rejected", reason: "session_revoked" };
  if (tokensValidAfter !== null && session.createdAt < tokensValidAfter) {
    return { kind: "rejected", reason: "sessions_reset" };
  }
  if (session.expiresAt <= now) return { kind: "rejected", reason: "session_expired" };
  return { kind: "rotate" };
}
