import { Logger } from "@nestjs/common";
import { createTransport, Transporter } from "nodemailer";
import { NotificationTransport, OutgoingNotification } from "./notification-transport";

/** Delivers through SMTP (SMTP_URL). */
export class SmtpNotificationTransport extends NotificationTransport {
  private readonly transporter: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    super();
    this.transporter = createTransport(smtpUrl);
  }

  async send(notification: OutgoingNotification): Promise<void> {
    await this.transporter.sendMail({
      from: this.from,
      to: notification.to,
      subject: notification.subject,
      text: notification.body,
    });
  }
}

/**
 * Delivery to the log, when SMTP_URL is not set. Outside production the body is included on
 * purpose (that is how a developer reads a reset token); in production it is left out, because
 * bodies carry secrets such as reset tokens and logs are read by more people than mailboxes.
 */
export class LogNotificationTransport extends NotificationTransport {
  private readonly logger = new Logger("Mail");

  constructor(private readonly includeBody: boolean) {
    super();
  }

  send(notification: OutgoingNotification): Promise<void> {
    this.logger.log(
      {
        to: notification.to,
        subject: notification.subject,
        ...(this.includeBody ? { body: notification.body } : {}),
      },
      "Notification delivered to the log (SMTP_URL is not set)",
    );
    return Promise.resolve();
  }
}
