import { Injectable } from "@nestjs/common";
import { OutboxService } from "../notifications/outbox.service";
import { UsersService } from "../users/users.service";

export const SECURITY_ALERT_TOPIC = "security.alert";

/** Alerts every active administrator by email, through the outbox (in the caller's transaction). */
@Injectable()
export class SecurityAlertsService {
  constructor(
    private readonly users: UsersService,
    private readonly outbox: OutboxService,
  ) {}

  async alertAdmins(
    subject: string,
    body: string,
    payload: Record<string, unknown>,
  ): Promise<void> {
    for (const email of await this.users.activeAdminEmails()) {
      await this.outbox.enqueue({
        topic: SECURITY_ALERT_TOPIC,
        recipient: email,
        subject: `[Storefront security] ${subject}`,
        body,
        payload,
      });
    }
  }
}
