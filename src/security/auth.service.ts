import { HttpStatus, Inject, Injectable, Logger, OnModuleInit } from "@nestjs/common";
import type { AppConfig } from "../config/app-config";
import { APP_CONFIG } from "../config/config.module";
import { DomainError, ValidationFailedError } from "../common/errors/domain-error";
import { TransactionHost } from "../database/transaction-host";
import { OutboxService } from "../notifications/outbox.service";
import type { UserDto } from "../users/dto/user.dto";
import { UserEntity } from "../users/entities/user.entity";
import { UsersService, normalizeEmail, toUserDto } from "../users/users.service";
import { SecurityEventsService } from "./audit/security-events.service";
import { LoginLockoutService } from "./lockout/login-lockout.service";
import { PasswordHasher } from "./password-hasher";
import { PasswordPolicy } from "./password-policy/password-policy";
import { PasswordResetRepository } from "./password-reset.repository";
import { SecurityAlertsService } from "./security-alerts.service";
import { SessionsService, hashToken, newOpaqueToken } from "./sessions/sessions.service";
import { TokenPair, TokenService } from "./tokens/token.service";

export const PASSWORD_RESET_TTL_MS = 30 * 60_000;
export const PASSWORD_RESET_TOPIC = "auth.password_reset";
/** A reset asked for, not yet looked at: handled off the request path by the outbox worker. */
export const PASSWORD_RESET_REQUEST_TOPIC = "auth.password_reset_requested";

export class InvalidCredentialsError extends DomainError {
  constructor() {
    super(HttpStatus.UNAUTHORIZED, "invalid_credentials", "The email or password is incorrect.");
  }
}

export class InvalidRefreshTokenError extends DomainError {
  constructor() {
    super(
      HttpStatus.UNAUTHORIZED,
      "invalid_refresh_token",
      "The refresh token is invalid, expired or revoked; log in again.",
    );
  }
}

export class LoginLockedError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(
      HttpStatus.TOO_MANY_REQUESTS,
      "login_locked",
      "Too many failed logins; try again later.",
      {},
      { "retry-after": String(retryAfterSeconds) },
    );
  }
}

/** Registration, login, token refresh and revocation, password reset and change. */
@Injectable()
export class AuthService implements OnModuleInit {
  private readonly logger = new Logger(AuthService.name);
  private readonly policy = new PasswordPolicy();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tx: TransactionHost,
    private readonly users: UsersService,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly tokens: TokenService,
    private readonly lockout: LoginLockoutService,
    private readonly events: SecurityEventsService,
    private readonly alerts: SecurityAlertsService,
    private readonly outbox: OutboxService,
    private readonly resets: PasswordResetRepository,
  ) {}

  async register(input: { email: string; password: string; name: string }): Promise<UserDto> {
    this.assertAcceptablePassword(input.password, "password");
    const passwordHash = await this.hasher.hash(input.password);
    const user = await this.users.create({
      email: input.email,
      name: input.name,
      passwordHash,
      roles: ["customer"],
    });
    return toUserDto(user);
  }

  /**
   * Same 401, in about the same time, for an unknown email and a wrong password: unknown
   * emails are verified against a dummy hash. Failures are counted per email and client alike
   * for every email, so a lock (429) tells nothing about which emails exist; a locked client is
   * refused before the password is even checked, so the right password does not help it.
   */
  async login(email: string, password: string, ip: string): Promise<TokenPair> {
    const normalized = normalizeEmail(email);
    const key = LoginLockoutService.key(normalized, ip);
    const retryAfter = await this.lockout.retryAfterSeconds(key);
    if (retryAfter > 0) throw new LoginLockedError(retryAfter);

    const user = await this.users.findByEmail(normalized);
    let valid = false;
    if (user) valid = await this.hasher.verify(user.passwordHash, password);
    else await this.hasher.verifyDummy(password);

    if (!user || !valid || user.disabled) {
      await this.recordFailedLogin(key, normalized, user, ip);
      throw new InvalidCredentialsError();
    }
    return this.tx.run(async () => {
      await this.lockout.clear(key);
      if (this.hasher.needsRehash(user.passwordHash)) {
        await this.users.setPasswordHash(user.id, await this.hasher.hash(password), false);
      }
      const { session, refreshToken } = await this.sessions.start(user.id);
      await this.events.record({
        type: "login_succeeded",
        userId: user.id,
        ip,
        details: { sessionId: session.id },
      });
      return this.tokens.pair(user.id, session.id, refreshToken);
    });
  }

  private async recordFailedLogin(
    key: string,
    email: string,
    user: UserEntity | null,
    ip: string,
  ): Promise<void> {
    await this.tx.run(async () => {
      const locked = await this.lockout.recordFailure(key);
      await this.events.record({
        type: "login_failed",
        userId: user?.id ?? null,
        ip,
        details: {
          reason: !user ? "unknown_account" : user.disabled ? "disabled" : "bad_password",
        },
      });
      if (!locked) return;
      const lockMinutes = this.config.loginLockMinutes;
      await this.events.record({
        type: "login_locked",
        userId: user?.id ?? null,
        ip,
        details: { key: "account_client", accountFound: user !== null, lockMinutes },
      });
      await this.alerts.alertAdmins(
        "Login locked after repeated failures",
        `${this.config.loginMaxFailures} failed logins for ${user ? `account ${user.email}` : `unknown account ${email}`} from ${ip}; ` +
          `logins to it from there are locked for ${lockMinutes} minutes (other clients are not).`,
        { userId: user?.id ?? null, ip },
      );
    });
  }

  /** Rotates a refresh token. A token presented twice revokes its whole family. */
  async refresh(refreshToken: string, ip: string): Promise<TokenPair> {
    const result = await this.tx.run(async () => {
      const outcome = await this.sessions.exchange(refreshToken, async (userId) => {
        const user = await this.users.findById(userId);
        // A disabled account's sessions are dead, whatever their rows say.
        return user?.disabled ? new Date(8.64e15) : (user?.tokensValidAfter ?? null);
      });
      if (outcome.kind === "reuse") {
        await this.events.record({
          type: "refresh_token_reused",
          userId: outcome.session.userId,
          ip,
          details: { sessionId: outcome.session.id },
        });
        await this.alerts.alertAdmins(
          "Refresh token reuse detected",
          `Refresh token reuse: a token of user ${outcome.session.userId} was presented after it had been used; ` +
            `the session ${outcome.session.id} has been revoked.`,
          { userId: outcome.session.userId, sessionId: outcome.session.id, ip },
        );
      }
      return outcome;
    });
    // The revocation above is committed before the 401 is thrown.
    if (result.kind !== "rotate" || !result.refreshToken) throw new InvalidRefreshTokenError();
    return this.tokens.pair(result.session.userId, result.session.id, result.refreshToken);
  }

  async logout(refreshToken: string): Promise<void> {
    await this.sessions.revokeByToken(refreshToken);
  }

  async logoutAll(userId: string): Promise<void> {
    await this.users.revokeAllTokens(userId, "logout_all");
  }

  /**
   * Always succeeds from the caller's view, and does the same work for every email: it only
   * queues the request. Whether the account exists is looked at off the request path (in
   * issuePasswordReset), so neither the answer nor its timing tells (no account enumeration).
   */
  async forgotPassword(email: string, ip: string): Promise<void> {
    await this.outbox.enqueue({
      topic: PASSWORD_RESET_REQUEST_TOPIC,
      payload: { email: normalizeEmail(email), ip },
    });
  }

  onModuleInit(): void {
    this.outbox.registerHandler(PASSWORD_RESET_REQUEST_TOPIC, async (message) => {
      const { email, ip } = message.payload;
      if (typeof email !== "string" || typeof ip !== "string") {
        throw new Error("password reset request without email or ip");
      }
      await this.issuePasswordReset(email, ip);
    });
  }

  /** The queued half of forgotPassword: a token and its email when the account exists. */
  private async issuePasswordReset(email: string, ip: string): Promise<void> {
    const user = await this.users.findByEmail(email);
    if (!user || user.disabled) {
      await this.events.record({
        type: "password_reset_requested",
        userId: null,
        ip,
        details: { accountFound: false },
      });
      return;
    }
    const token = newOpaqueToken();
    const expiresAt = new Date(Date.now() + PASSWORD_RESET_TTL_MS);
    await this.resets.insert(user.id, hashToken(token), expiresAt);
    await this.outbox.enqueue({
      topic: PASSWORD_RESET_TOPIC,
      recipient: user.email,
      subject: "Reset your Storefront password",
      body:
        `Someone asked to reset the password of your Storefront account.\n\n` +
        `Your reset token: ${token}\n\nIt works once, until ${expiresAt.toISOString()}. ` +
        `If you did not ask for this, ignore this message.`,
      payload: { userId: user.id, expiresAt: expiresAt.toISOString() },
    });
    await this.events.record({
      type: "password_reset_requested",
      userId: user.id,
      ip,
      details: { accountFound: true },
    });
  }

  async resetPassword(token: string, password: string, ip: string): Promise<void> {
    this.assertAcceptablePassword(password, "password");
    const passwordHash = await this.hasher.hash(password);
    await this.tx.run(async () => {
      const reset = await this.resets.findByHashForUpdate(hashToken(token));
      if (!reset || reset.usedAt !== null || reset.expiresAt <= new Date()) {
        throw new DomainError(
          HttpStatus.BAD_REQUEST,
          "invalid_reset_token",
          "The reset token is invalid, used or expired; ask for a new one.",
        );
      }
      await this.resets.markAllUsed(reset.userId, new Date());
      await this.users.setPasswordHash(reset.userId, passwordHash, true);
      const user = await this.users.findById(reset.userId);
      if (user) await this.lockout.clearEmail(user.email);
      await this.events.record({
        type: "password_changed",
        userId: reset.userId,
        ip,
        details: { via: "reset" },
      });
    });
  }

  async changePassword(
    userId: string,
    currentPassword: string,
    newPassword: string,
    ip: string,
  ): Promise<void> {
    this.assertAcceptablePassword(newPassword, "newPassword");
    const user = await this.users.getOrFail(userId);
    if (!(await this.hasher.verify(user.passwordHash, currentPassword))) {
      throw new DomainError(
        HttpStatus.BAD_REQUEST,
        "invalid_current_password",
        "The current password is incorrect.",
      );
    }
    const passwordHash = await this.hasher.hash(newPassword);
    await this.tx.run(async () => {
      await this.users.setPasswordHash(userId, passwordHash, true);
      await this.events.record({
        type: "password_changed",
        userId,
        ip,
        details: { via: "change" },
      });
    });
  }

  private assertAcceptablePassword(password: string, field: string): void {
    const problems = this.policy.check(password, field);
    if (problems.length > 0) throw new ValidationFailedError(problems, problems[0].message);
  }

  /** For the first-admin bootstrap: creates the account, or promotes an existing one. */
  async ensureAdmin(email: string, password: string | undefined): Promise<{ created: boolean }> {
    const existing = await this.users.findByEmail(email);
    if (existing) {
      await this.users.grantAdmin(existing.id);
      return { created: false };
    }
    if (!password) throw new Error("An admin password is required to create the admin");
    const passwordHash = await this.hasher.hash(password);
    await this.users.create({ email, name: "Administrator", passwordHash, roles: ["admin"] });
    return { created: true };
  }
}
