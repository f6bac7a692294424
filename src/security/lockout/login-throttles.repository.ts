import { Injectable } from "@nestjs/common";
import { TransactionHost } from "../../database/transaction-host";
import { LoginThrottleEntity } from "../entities/login-throttle.entity";
import type { LockoutState } from "./lockout-policy";

@Injectable()
export class LoginThrottlesRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get repo() {
    return this.tx.manager.getRepository(LoginThrottleEntity);
  }

  find(key: string): Promise<LoginThrottleEntity | null> {
    return this.repo.findOneBy({ key });
  }

  /** The row for `key`, created if missing, locked until the transaction ends. */
  async findForUpdate(key: string, now: Date): Promise<LoginThrottleEntity> {
    await this.repo
      .createQueryBuilder()
      .insert()
      .values({ key, failures: 0, windowStartedAt: now, lockedUntil: null })
      .orIgnore()
      .execute();
    return this.repo
      .createQueryBuilder("l")
      .where("l.key = :key", { key })
      .setLock("pessimistic_write")
      .getOneOrFail();
  }

  async save(key: string, state: LockoutState): Promise<void> {
    await this.repo.update({ key }, state);
  }

  async delete(key: string): Promise<void> {
    await this.repo.delete({ key });
  }

  /**
   * Deletes up to `limit` counters that say nothing any more: their failure window started
   * before `windowStartedBefore` and they are not locked past `now`. Such a row and no row
   * are the same to LockoutPolicy, so nothing a client sees changes. Returns how many.
   */
  async deleteStale(windowStartedBefore: Date, now: Date, limit: number): Promise<number> {
    const result = await this.repo
      .createQueryBuilder()
      .delete()
      .where(
        `key IN (SELECT key FROM login_throttles
                 WHERE window_started_at < :windowStartedBefore
                   AND (locked_until IS NULL OR locked_until <= :now)
                 LIMIT :limit FOR UPDATE SKIP LOCKED)`,
        { windowStartedBefore, now, limit },
      )
      .execute();
    return result.affected ?? 0;
  }

  /** Deletes every counter whose key starts with `prefix` (a hex hash and colons: no wildcards). */
  async deleteByPrefix(prefix: string): Promise<void> {
    await this.repo
      .createQueryBuilder()
      .delete()
      .where("key LIKE :pattern", { pattern: `${prefix}%` })
      .execute();
  }
}
