/** An email (or other notification) ready to go out. */
export interface OutgoingNotification {
  to: string;
  subject: string;
  body: string;
}

/** The port the outbox worker delivers through: SMTP in production, the log otherwise. */
export abstract class NotificationTransport {
  abstract send(notification: OutgoingNotification): Promise<void>;
}
