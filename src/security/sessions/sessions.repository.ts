import { Injectable } from "@nestjs/common";
import { IsNull } from "typeorm";
import type { Role } from "../../common/decorators/roles.decorator";
import { TransactionHost } from "../../database/transaction-host";
import { AuthSessionEntity } from "../entities/auth-session.entity";
import { RefreshTokenEntity } from "../entities/refresh-token.entity";

export interface SessionHolder {
  id: string;
  email: string;
  roles: Role[];
  tokensValidAfter: Date | null;
}

interface SessionHolderRow {
  id: string;
  email: string;
  roles: Role[];
  tokens_valid_after: Date | string | null;
}

@Injectable()
export class SessionsRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get sessions() {
    return this.tx.manager.getRepository(AuthSessionEntity);
  }

  private get tokens() {
    return this.tx.manager.getRepository(RefreshTokenEntity);
  }

  async createSession(
    userId: string,
    createdAt: Date,
    expiresAt: Date,
  ): Promise<AuthSessionEntity> {
    return this.sessions.save(this.sessions.create({ userId, createdAt, expiresAt }));
  }

  async insertToken(sessionId: string, tokenHash: string): Promise<void> {
    await this.tokens.insert({ sessionId, tokenHash });
  }

  /** The token and its session, the token row locked so that two exchanges serialise. */
  async findTokenForUpdate(
    tokenHash: string,
  ): Promise<{ token: RefreshTokenEntity; session: AuthSessionEntity } | null> {
    const token = await this.tokens
      .createQueryBuilder("t")
      .where("t.token_hash = :tokenHash", { tokenHash })
      .setLock("pessimistic_write")
      .getOne();
    if (!token) return null;
    const session = await this.sessions.findOneByOrFail({ id: token.sessionId });
    return { token, session };
  }

  async findToken(tokenHash: string): Promise<RefreshTokenEntity | null> {
    return this.tokens.findOneBy({ tokenHash });
  }

  async markTokenUsed(tokenId: string, usedAt: Date): Promise<void> {
    await this.tokens.update({ id: tokenId }, { usedAt });
  }

  async findSession(sessionId: string): Promise<AuthSessionEntity | null> {
    return this.sessions.findOneBy({ id: sessionId });
  }

  /**
   * The holder of a live session, in one round trip: the session belongs to `userId`, is
   * neither revoked nor expired, and its user is enabled. Null otherwise.
   */
  async findLiveSessionHolder(sessionId: string, userId: string): Promise<SessionHolder | null> {
    const rows = await this.tx.manager.query<SessionHolderRow[]>(
      `SELECT u.id, u.email, u.roles, u.tokens_valid_after
         FROM auth_sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = $1 AND s.user_id = $2
          AND s.revoked_at IS NULL AND s.expires_at > now() AND NOT u.disabled`,
      [sessionId, userId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      email: row.email,
      roles: row.roles,
      tokensValidAfter: row.tokens_valid_after ? new Date(row.tokens_valid_after) : null,
    };
  }

  /** Every session of the user, oldest first (the personal-data export). */
  findAllOfUser(userId: string): Promise<AuthSessionEntity[]> {
    return this.sessions.find({ where: { userId }, order: { createdAt: "ASC", id: "ASC" } });
  }

  async revokeSession(sessionId: string, reason: string): Promise<boolean> {
    const result = await this.sessions.update(
      { id: sessionId, revokedAt: IsNull() },
      { revokedAt: new Date(), revokedReason: reason },
    );
    return (result.affected ?? 0) > 0;
  }

  async revokeAllForUser(userId: string, reason: string): Promise<number> {
    const result = await this.sessions.update(
      { userId, revokedAt: IsNull() },
      { revokedAt: new Date(), revokedReason: reason },
    );
    return result.affected ?? 0;
  }
}
