import { createHash, randomBytes } from "node:crypto";
import { Inject, Injectable } from "@nestjs/common";
import type { AppConfig } from "../../config/app-config";
import { APP_CONFIG } from "../../config/config.module";
import { CacheCodec, CacheNamespace, CacheService } from "../../common/cache/cache.service";
import { TransactionHost } from "../../database/transaction-host";
import { AuthSessionEntity } from "../entities/auth-session.entity";
import { RefreshDecision, decideRefresh } from "./refresh-decision";
import { SessionHolder, SessionsRepository } from "./sessions.repository";

/** Refresh tokens carry 256 random bits, so a fast hash is enough (no guessing to slow down). */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function newOpaqueToken(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * How long a session check is reused. Every revocation, and every change to a user's roles,
 * status or token cut-off, retires all of them at once (the cache's generation, shared through
 * Redis); the TTL only bounds what an invalidation lost in a Redis partition can leave behind.
 */
const SESSION_HOLDER_TTL_SECONDS = 30;

const HOLDER_CODEC: CacheCodec<SessionHolder> = {
  encode: (holder) => JSON.stringify(holder),
  decode: (entry) => {
    const holder = JSON.parse(entry) as Omit<SessionHolder, "tokensValidAfter"> & {
      tokensValidAfter: string | null;
    };
    return {
      ...holder,
      tokensValidAfter: holder.tokensValidAfter ? new Date(holder.tokensValidAfter) : null,
    };
  },
};

/** A session that is not live is not cached: the loader signals it with this. */
const NOT_LIVE = new Error("session not live");

export type RefreshOutcome =
  { kind: "unknown" } | (RefreshDecision & { session: AuthSessionEntity; refreshToken?: string });

/** Sessions (refresh-token families): creation, rotation with reuse detection, revocation. */
@Injectable()
export class SessionsService {
  private readonly holders: CacheNamespace;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tx: TransactionHost,
    private readonly sessions: SessionsRepository,
    cache: CacheService,
  ) {
    this.holders = cache.namespace("session-holders");
  }

  /** Starts a session; returns it and its first refresh token (the only time it is in clear). */
  async start(userId: string): Promise<{ session: AuthSessionEntity; refreshToken: string }> {
    return this.tx.run(async () => {
      const now = new Date();
      const expiresAt = new Date(now.getTime() + this.config.refreshTokenTtlDays * 86_400_000);
      const session = await this.sessions.createSession(userId, now, expiresAt);
      const refreshToken = newOpaqueToken();
      await this.sessions.insertToken(session.id, hashToken(refreshToken));
      return { session, refreshToken };
    });
  }

  /**
   * Exchanges a refresh token. On `rotate` the token is spent and a new one of the same family
   * returned; on `reuse` the family is revoked (commit that before answering 401).
   */
  async exchange(
    refreshToken: string,
    tokensValidAfterOf: (userId: string) => Promise<Date | null>,
  ): Promise<RefreshOutcome> {
    return this.tx.run(async () => {
      const found = await this.sessions.findTokenForUpdate(hashToken(refreshToken));
      if (!found) return { kind: "unknown" };
      const { token, session } = found;
      const now = new Date();
      const decision = decideRefresh(token, session, await tokensValidAfterOf(session.userId), now);
      if (decision.kind === "reuse") {
        await this.sessions.revokeSession(session.id, "refresh_token_reused");
        this.holdersChanged();
        return { ...decision, session };
      }
      if (decision.kind !== "rotate") return { ...decision, session };
      await this.sessions.markTokenUsed(token.id, now);
      const next = newOpaqueToken();
      await this.sessions.insertToken(session.id, hashToken(next));
      return { ...decision, session, refreshToken: next };
    });
  }

  /** Revokes the family of a refresh token; unknown tokens are ignored (logout is idempotent). */
  async revokeByToken(refreshToken: string): Promise<AuthSessionEntity | null> {
    return this.tx.run(async () => {
      const token = await this.sessions.findToken(hashToken(refreshToken));
      if (!token) return null;
      await this.sessions.revokeSession(token.sessionId, "logout");
      this.holdersChanged();
      return this.sessions.findSession(token.sessionId);
    });
  }

  /** Every session of the user, live or ended, oldest first. */
  findAllOfUser(userId: string): Promise<AuthSessionEntity[]> {
    return this.sessions.findAllOfUser(userId);
  }

  async revokeAllForUser(userId: string, reason: string): Promise<number> {
    return this.tx.run(async () => {
      const revoked = await this.sessions.revokeAllForUser(userId, reason);
      this.holdersChanged();
      return revoked;
    });
  }

  /**
   * The enabled user holding this live session, or null (revoked, expired, disabled, not
   * theirs). Checked on every authenticated request, so a live answer is cached (see
   * SESSION_HOLDER_TTL_SECONDS); a refusal always asks the database again.
   */
  async findLiveSessionHolder(sessionId: string, userId: string): Promise<SessionHolder | null> {
    const load = async () => {
      const holder = await this.sessions.findLiveSessionHolder(sessionId, userId);
      if (!holder) throw NOT_LIVE;
      return holder;
    };
    try {
      return await this.holders.getOrLoadAs(
        `${sessionId}:${userId}`,
        load,
        SESSION_HOLDER_TTL_SECONDS,
        HOLDER_CODEC,
      );
    } catch (error) {
      if (error === NOT_LIVE) return null;
      throw error;
    }
  }

  /**
   * Retires every cached session check once the surrounding transaction commits (at once when
   * there is none). Call it on any change to a session's liveness or to a user's roles,
   * disabled flag or token cut-off.
   */
  holdersChanged(): void {
    this.tx.afterCommit(() => this.holders.invalidate());
  }
}
