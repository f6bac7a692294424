import { HttpStatus, Injectable } from "@nestjs/common";
import type { Role } from "../common/decorators/roles.decorator";
import { DomainError, NotFoundError, ValidationFailedError } from "../common/errors/domain-error";
import { registerUniqueConstraint } from "../common/errors/error-mapping";
import { decodeCursor, encodeCursor } from "../common/pagination/cursor";
import { Page, toPage } from "../common/pagination/page";
import { TransactionHost } from "../database/transaction-host";
import { SecurityEventsService } from "../security/audit/security-events.service";
import { SessionsService } from "../security/sessions/sessions.service";
import { AdminUserDto, UserDto } from "./dto/user.dto";
import { UserEntity } from "./entities/user.entity";
import { UsersRepository } from "./users.repository";

registerUniqueConstraint(
  "uq_users_email",
  "email_taken",
  "An account with this email already exists.",
);

/**
 * The domain of erased accounts' tombstone emails (`erased-<id>@erased.invalid`). No account may
 * register at it, or someone knowing a user's id could take that user's tombstone first and make
 * their erasure fail on the unique email.
 */
export const ERASED_EMAIL_DOMAIN = "erased.invalid";

/** Emails are compared and stored trimmed and lower-case. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function toUserDto(user: UserEntity): UserDto {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: user.roles,
    createdAt: user.createdAt.toISOString(),
  };
}

export function toAdminUserDto(user: UserEntity): AdminUserDto {
  return { ...toUserDto(user), disabled: user.disabled, updatedAt: user.updatedAt.toISOString() };
}

const CURSOR_SCOPE = "users";

export interface AdminUserChanges {
  roles?: Role[];
  disabled?: boolean;
}

@Injectable()
export class UsersService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsService,
    private readonly events: SecurityEventsService,
  ) {}

  /**
   * Creates an account; a duplicate email is a 409 `email_taken` (the unique constraint decides),
   * an email at the tombstones' reserved domain a 400.
   */
  async create(input: {
    email: string;
    name: string;
    passwordHash: string;
    roles: Role[];
  }): Promise<UserEntity> {
    const email = normalizeEmail(input.email);
    if (email.endsWith(`@${ERASED_EMAIL_DOMAIN}`)) {
      throw new ValidationFailedError(
        [{ field: "email", message: `the domain ${ERASED_EMAIL_DOMAIN} is reserved` }],
        `Emails at ${ERASED_EMAIL_DOMAIN} are reserved.`,
      );
    }
    return this.tx.run(() => this.users.insert({ ...input, email }));
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findByEmail(normalizeEmail(email));
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findById(id);
  }

  findByIdForUpdate(id: string): Promise<UserEntity | null> {
    return this.users.findByIdForUpdate(id);
  }

  hasAdmin(): Promise<boolean> {
    return this.users.existsWithRole("admin");
  }

  activeAdminEmails(): Promise<string[]> {
    return this.users.findActiveAdminEmails();
  }

  /** Replaces the password hash; `revokeTokens` also ends every session and access token. */
  async setPasswordHash(id: string, passwordHash: string, revokeTokens: boolean): Promise<void> {
    await this.tx.run(async () => {
      if (!revokeTokens) return this.users.update(id, { passwordHash });
      await this.users.update(id, { passwordHash, tokensValidAfter: new Date() });
      await this.sessions.revokeAllForUser(id, "password_changed");
    });
  }

  /** Ends every session of the user and invalidates their live access tokens. */
  async revokeAllTokens(id: string, reason: string): Promise<void> {
    await this.tx.run(async () => {
      await this.users.update(id, { tokensValidAfter: new Date() });
      await this.sessions.revokeAllForUser(id, reason);
    });
  }

  /**
   * Turns the account into a tombstone (see UsersRepository.anonymise) and ends its sessions.
   * The caller holds the row lock and has erased the other modules' data first.
   */
  async anonymise(id: string): Promise<void> {
    await this.tx.run(async () => {
      await this.users.anonymise(id, {
        email: `erased-${id}@${ERASED_EMAIL_DOMAIN}`,
        name: "Erased account",
        // Not a hash of anything: no password verifies against it.
        passwordHash: "!erased",
      });
      await this.sessions.revokeAllForUser(id, "account_erased");
    });
  }

  /** Makes an existing account an administrator (first-admin bootstrap). */
  async grantAdmin(id: string): Promise<void> {
    const user = await this.getOrFail(id);
    if (!user.roles.includes("admin"))
      await this.users.update(id, { roles: [...user.roles, "admin"] });
    this.sessions.holdersChanged();
  }

  /** For writes of personal data: the account cannot be erased until the transaction ends. */
  async lockUnerasedOrFail(id: string): Promise<void> {
    if (!(await this.users.lockUnerased(id))) throw new NotFoundError("User", "user_not_found");
  }

  async getOrFail(id: string): Promise<UserEntity> {
    const user = await this.users.findById(id);
    if (!user) throw new NotFoundError("User", "user_not_found");
    return user;
  }

  async updateProfile(id: string, changes: { name: string }): Promise<UserDto> {
    return this.tx.run(async () => {
      await this.lockUnerasedOrFail(id);
      await this.users.update(id, { name: changes.name });
      return toUserDto(await this.getOrFail(id));
    });
  }

  async list(query: {
    email?: string;
    limit: number;
    cursor?: string;
  }): Promise<Page<AdminUserDto>> {
    let after: { createdAt: Date; id: string } | undefined;
    if (query.cursor) {
      const [createdAt, id] = decodeCursor(CURSOR_SCOPE, query.cursor, ["timestamp", "uuid"]);
      after = { createdAt: new Date(createdAt), id };
    }
    const rows = await this.users.findPage({
      emailContains: query.email,
      after,
      limit: query.limit,
    });
    return toPage(rows, query.limit, toAdminUserDto, (row) =>
      encodeCursor(CURSOR_SCOPE, [row.createdAt.toISOString(), row.id]),
    );
  }

  /**
   * Changes roles and/or the disabled flag. Disabling revokes every session and access token of
   * the user at once. Admins cannot disable or demote themselves (no self-lockout).
   */
  async adminUpdate(
    actor: { id: string },
    id: string,
    changes: AdminUserChanges,
    ip: string | null,
  ): Promise<AdminUserDto> {
    return this.tx.run(async () => {
      const user = await this.users.findByIdForUpdate(id);
      if (!user) throw new NotFoundError("User", "user_not_found");
      if (user.erasedAt) {
        throw new DomainError(
          HttpStatus.CONFLICT,
          "account_erased",
          "The account was erased; it cannot be changed or enabled again.",
        );
      }
      if (
        actor.id === id &&
        (changes.disabled === true || (changes.roles && !changes.roles.includes("admin")))
      ) {
        throw new DomainError(
          HttpStatus.CONFLICT,
          "cannot_modify_self",
          "Administrators cannot disable themselves or remove their own admin role.",
        );
      }
      const rolesChanged =
        changes.roles !== undefined &&
        [...changes.roles].sort().join(",") !== [...user.roles].sort().join(",");
      if (rolesChanged && changes.roles) {
        await this.users.update(id, { roles: changes.roles });
        this.sessions.holdersChanged();
        await this.events.record({
          type: "role_changed",
          userId: id,
          ip,
          details: { by: actor.id, from: user.roles, to: changes.roles },
        });
      }
      if (changes.disabled !== undefined && changes.disabled !== user.disabled) {
        if (changes.disabled) {
          await this.users.update(id, { disabled: true, tokensValidAfter: new Date() });
          await this.sessions.revokeAllForUser(id, "user_disabled");
          await this.events.record({
            type: "user_disabled",
            userId: id,
            ip,
            details: { by: actor.id },
          });
        } else {
          await this.users.update(id, { disabled: false });
          this.sessions.holdersChanged();
        }
      }
      return toAdminUserDto(await this.getOrFail(id));
    });
  }

  async adminGet(id: string): Promise<AdminUserDto> {
    return toAdminUserDto(await this.getOrFail(id));
  }
}
