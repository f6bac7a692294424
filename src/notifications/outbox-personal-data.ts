import { Injectable } from "@nestjs/common";
import {
  DataSubject,
  ERASED,
  PersonalDataContributor,
  mentionsPattern,
} from "../common/privacy/personal-data";
import { OutboxRepository } from "./outbox.repository";

/** Mail queued or sent to the customer, and any message that mentions them (admin alerts). */
@Injectable()
@PersonalDataContributor()
export class OutboxPersonalData implements PersonalDataContributor {
  constructor(private readonly outbox: OutboxRepository) {}

  async exportData(subject: DataSubject) {
    const messages = await this.outbox.findToRecipient(subject.email);
    return {
      notifications: messages.map((message) => ({
        id: message.id,
        topic: message.topic,
        subject: message.subject,
        status: message.status,
        createdAt: message.createdAt.toISOString(),
        sentAt: message.sentAt?.toISOString() ?? null,
      })),
    };
  }

  async erase(subject: DataSubject): Promise<void> {
    await this.outbox.eraseMentions(subject.email, mentionsPattern(subject), ERASED);
  }
}
