import { createHash } from "node:crypto";
import { Inject, Injectable } from "@nestjs/common";
import type { AppConfig } from "../../config/app-config";
import { APP_CONFIG } from "../../config/config.module";
import { TransactionHost } from "../../database/transaction-host";
import { LOGIN_FAILURE_WINDOW_MS, LockoutPolicy } from "./lockout-policy";
import { LoginThrottlesRepository } from "./login-throttles.repository";

/**
 * Brute-force lockout, one counter per (email, client IP): the same rule whether or not the
 * email has an account, so a lock says nothing about which emails exist, and an attacker's
 * failures lock only the attacker's client out of the account, never its owner elsewhere.
 * Guessing from many clients is bounded by AUTH_RATE_LIMIT_PER_MINUTE per client and by
 * LOGIN_MAX_FAILURES per client and account. The counters live in the database rather than Redis: the database is
 * shared by every instance whether or not Redis is configured, a row lock makes concurrent
 * failures count exactly, and a lock survives a Redis flush or restart. Login traffic is small
 * next to the argon2 work each attempt costs anyway.
 */
@Injectable()
export class LoginLockoutService {
  private readonly policy: LockoutPolicy;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly tx: TransactionHost,
    private readonly throttles: LoginThrottlesRepository,
  ) {
    this.policy = new LockoutPolicy({
      maxFailures: config.loginMaxFailures,
      windowMs: LOGIN_FAILURE_WINDOW_MS,
      lockMs: config.loginLockMinutes * 60_000,
    });
  }

  /** The counter of `email` (normalized) tried from `ip`; the email is kept only as a hash. */
  static key(normalizedEmail: string, ip: string): string {
    return `${LoginLockoutService.emailPrefix(normalizedEmail)}${ip}`;
  }

  private static emailPrefix(normalizedEmail: string): string {
    return `login:${createHash("sha256").update(normalizedEmail, "utf8").digest("hex")}:`;
  }

  /** Seconds until `key` unlocks; 0 when it is not locked. */
  async retryAfterSeconds(key: string): Promise<number> {
    return this.policy.retryAfterSeconds(await this.throttles.find(key), new Date());
  }

  /** Counts a failure; true when this one locked the key. */
  async recordFailure(key: string): Promise<boolean> {
    return this.tx.run(async () => {
      const now = new Date();
      const row = await this.throttles.findForUpdate(key, now);
      const { state, locked } = this.policy.registerFailure(row, now);
      await this.throttles.save(key, state);
      return locked;
    });
  }

  async clear(key: string): Promise<void> {
    await this.tx.run(() => this.throttles.delete(key));
  }

  /** Forgets the counters of `email` from every client (its password was just reset). */
  async clearEmail(normalizedEmail: string): Promise<void> {
    await this.tx.run(() =>
      this.throttles.deleteByPrefix(LoginLockoutService.emailPrefix(normalizedEmail)),
    );
  }
}
