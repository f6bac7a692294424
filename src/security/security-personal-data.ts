import { Injectable } from "@nestjs/common";
import { DataSubject, PersonalDataContributor } from "../common/privacy/personal-data";
import { SecurityEventsService } from "./audit/security-events.service";
import { LoginLockoutService } from "./lockout/login-lockout.service";
import { PasswordResetRepository } from "./password-reset.repository";
import { SessionsService } from "./sessions/sessions.service";

/**
 * Sessions and the audit trail about the account; on erasure also the reset tokens and the
 * login counters kept under a hash of the email (a pseudonym of it, so they go too).
 */
@Injectable()
@PersonalDataContributor()
export class SecurityPersonalData implements PersonalDataContributor {
  constructor(
    private readonly sessions: SessionsService,
    private readonly events: SecurityEventsService,
    private readonly resets: PasswordResetRepository,
    private readonly lockout: LoginLockoutService,
  ) {}

  async exportData(subject: DataSubject) {
    const sessions = await this.sessions.findAllOfUser(subject.userId);
    return {
      sessions: sessions.map((session) => ({
        id: session.id,
        createdAt: session.createdAt.toISOString(),
        expiresAt: session.expiresAt.toISOString(),
        revokedAt: session.revokedAt?.toISOString() ?? null,
        revokedReason: session.revokedReason,
      })),
      securityEvents: await this.events.findAllOfUser(subject.userId),
    };
  }

  async erase(subject: DataSubject): Promise<void> {
    await this.sessions.revokeAllForUser(subject.userId, "account_erased");
    await this.resets.deleteAllOfUser(subject.userId);
    await this.lockout.clearEmail(subject.email);
    await this.events.forgetIpsOfUser(subject.userId);
  }
}
