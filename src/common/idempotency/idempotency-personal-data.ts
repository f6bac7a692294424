import { Injectable } from "@nestjs/common";
import {
  DataSubject,
  ERASED,
  PersonalDataContributor,
  mentionsPattern,
} from "../privacy/personal-data";
import { IdempotencyKeysRepository } from "./idempotency-keys.repository";

/**
 * Saved responses of idempotent requests. Nothing to export (they repeat what the orders and
 * payments sections hold); erased because they store those responses.
 */
@Injectable()
@PersonalDataContributor()
export class IdempotencyPersonalData implements PersonalDataContributor {
  constructor(private readonly keys: IdempotencyKeysRepository) {}

  exportData() {
    return Promise.resolve({});
  }

  async erase(subject: DataSubject): Promise<void> {
    await this.keys.eraseForUser(subject.userId, mentionsPattern(subject), ERASED);
  }
}
