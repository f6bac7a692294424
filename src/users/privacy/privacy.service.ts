import { HttpStatus, Injectable, OnModuleInit } from "@nestjs/common";
import { DiscoveryService } from "@nestjs/core";
import { ConflictError, DomainError, NotFoundError } from "../../common/errors/domain-error";
import {
  DataSubject,
  Erasure,
  PERSONAL_DATA_SECTIONS,
  PersonalDataContributor,
  PersonalDataSection,
} from "../../common/privacy/personal-data";
import { TransactionHost } from "../../database/transaction-host";
import { SecurityEventsService } from "../../security/audit/security-events.service";
import { PasswordHasher } from "../../security/password-hasher";
import { UserEntity } from "../entities/user.entity";
import { UsersService, toUserDto } from "../users.service";
import { PersonalDataExportDto } from "./dto/personal-data-export.dto";

/** Who asked: the customer about themselves, or an admin about a customer. */
export interface PrivacyRequester {
  id: string;
  ip: string | null;
}

/**
 * The customer's data on request: one export document and erasure. The data lives in many
 * modules; each contributes through a PersonalDataContributor, found here at start-up.
 */
@Injectable()
export class PrivacyService implements OnModuleInit {
  private contributors: PersonalDataContributor[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly tx: TransactionHost,
    private readonly users: UsersService,
    private readonly hasher: PasswordHasher,
    private readonly events: SecurityEventsService,
  ) {}

  onModuleInit(): void {
    const instances = this.discovery
      .getProviders({ metadataKey: PersonalDataContributor.KEY })
      .map((wrapper) => wrapper.instance as PersonalDataContributor | undefined)
      .filter((instance): instance is PersonalDataContributor => instance !== undefined);
    this.contributors = [...new Set(instances)];
  }

  /**
   * Everything kept about the user, read in one REPEATABLE READ snapshot; audited. Admins may
   * export any account; anyone else only their own (another's is a 404, as if absent).
   */
  async exportFor(
    userId: string,
    caller: { id: string; roles: readonly string[] },
    ip: string | null,
  ): Promise<PersonalDataExportDto> {
    if (caller.id !== userId && !caller.roles.includes("admin")) {
      throw new NotFoundError("User", "user_not_found");
    }
    const requester = { id: caller.id, ip };
    return this.tx.run(
      async () => {
        const user = await this.users.getOrFail(userId);
        const sections = Object.fromEntries(
          PERSONAL_DATA_SECTIONS.map((section) => [section, [] as object[]]),
        ) as Record<PersonalDataSection, object[]>;
        for (const contributor of this.contributors) {
          const part = await contributor.exportData(subjectOf(user));
          for (const section of PERSONAL_DATA_SECTIONS)
            sections[section].push(...(part[section] ?? []));
        }
        await this.events.record({
          type: "personal_data_exported",
          userId,
          ip: requester.ip,
          details: { by: requester.id === userId ? "self" : requester.id },
        });
        return {
          exportedAt: new Date().toISOString(),
          profile: toUserDto(user),
          ...sections,
        } as PersonalDataExportDto;
      },
      { isolation: "REPEATABLE READ" },
    );
  }

  /** The customer erases their own account, confirming with the password. */
  async eraseOwnAccount(userId: string, password: string): Promise<void> {
    const user = await this.users.getOrFail(userId);
    assertErasable(user);
    if (!(await this.hasher.verify(user.passwordHash, password))) {
      throw new DomainError(
        HttpStatus.BAD_REQUEST,
        "invalid_password",
        "The password is incorrect; the account was not erased.",
      );
    }
    // The customer's IP is not kept with the record of their own erasure.
    await this.erase(userId, { id: userId, ip: null });
  }

  /** An admin erases a customer's account; erasing one already erased changes nothing. */
  async eraseAccount(userId: string, admin: PrivacyRequester): Promise<void> {
    await this.erase(userId, admin);
  }

  /**
   * Every module erases its part, then the account row becomes a tombstone, in one transaction:
   * nothing is half-erased. The row lock makes concurrent erasures of one account run once.
   */
  private async erase(userId: string, requester: PrivacyRequester): Promise<void> {
    await this.tx.run(async () => {
      const user = await this.users.findByIdForUpdate(userId);
      if (!user) throw new NotFoundError("User", "user_not_found");
      if (user.erasedAt) return;
      assertErasable(user);
      const subject = subjectOf(user);
      for (const contributor of this.contributors) {
        subject.mentions.push(...((await contributor.identifiers?.(subject)) ?? []));
      }
      subject.mentions = distinctMentions(subject.mentions);
      const erasure: Erasure =
        requester.id === userId
          ? { by: "self", actorId: userId }
          : { by: "admin", actorId: requester.id };
      for (const contributor of this.contributors) await contributor.erase(subject, erasure);
      await this.users.anonymise(userId);
      await this.events.record({
        type: "account_erased",
        userId,
        ip: requester.ip,
        details: { by: requester.id === userId ? "self" : requester.id },
      });
    });
  }
}

function subjectOf(user: UserEntity): DataSubject {
  return { userId: user.id, email: user.email, name: user.name, mentions: [user.email, user.name] };
}

/**
 * Mentions to redact: trimmed, each once (case-insensitively), and at least 3 characters, so a
 * one-letter address line does not erase every "a" in the shop's messages.
 */
function distinctMentions(texts: string[]): string[] {
  const seen = new Map<string, string>();
  for (const text of texts.map((t) => t.trim())) {
    if (text.length >= 3 && !seen.has(text.toLowerCase())) seen.set(text.toLowerCase(), text);
  }
  return [...seen.values()];
}

/** An admin account is demoted before it is erased, so the shop never loses its last admin. */
function assertErasable(user: UserEntity): void {
  if (user.roles.includes("admin") && !user.erasedAt) {
    throw new ConflictError(
      "cannot_erase_admin",
      "Administrator accounts cannot be erased; remove the admin role first.",
    );
  }
}
