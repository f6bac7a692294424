import { DiscoveryService } from "@nestjs/core";

/** Whose data is exported or erased: the account as it was before any erasure step ran. */
export interface DataSubject {
  userId: string;
  /** Normalised, as stored. */
  email: string;
  name: string;
}

/**
 * The sections of the export document (`GET /users/me/export`) that modules fill in; the
 * profile is the users module's own. Each has its field in PersonalDataExportDto.
 */
export const PERSONAL_DATA_SECTIONS = [
  "addresses",
  "orders",
  "payments",
  "refunds",
  "sessions",
  "securityEvents",
  "notifications",
] as const;
export type PersonalDataSection = (typeof PERSONAL_DATA_SECTIONS)[number];

/**
 * What a module keeps about a customer, for the export and for erasure. A module that stores
 * personal data provides one class implementing this, marked `@PersonalDataContributor()` and
 * listed in its module's providers; the privacy service (users/privacy) finds every such
 * provider at start-up. A new section is added to PERSONAL_DATA_SECTIONS and to
 * PersonalDataExportDto (so the spec documents it).
 */
export interface PersonalDataContributor {
  /** Its sections of the export document, read in the export's transaction. */
  exportData(subject: DataSubject): Promise<Partial<Record<PersonalDataSection, object[]>>>;

  /**
   * Deletes, or replaces with a tombstone, what identifies the subject; financial records
   * (amounts, taxes, dates) stay. Runs in the erasure's transaction, before the account row is
   * anonymised, and must be safe to run again.
   */
  erase(subject: DataSubject): Promise<void>;
}

/** Marks a provider as a PersonalDataContributor (found by the privacy service). */
export const PersonalDataContributor = DiscoveryService.createDecorator<undefined>();

/** What replaces personal text in records that are kept (orders' addresses, sent mails). */
export const ERASED = "[erased]";

/**
 * A PostgreSQL regular expression (for `regexp_replace(col, $1, '[erased]', 'gi')`) matching
 * the subject's email and name as whole words, in free text that is kept (notes, mails).
 */
export function mentionsPattern(subject: DataSubject): string {
  const wordChar = /[\p{L}\p{N}_]/u;
  const mention = (text: string) =>
    (wordChar.test(text.at(0) ?? "") ? "\\m" : "") +
    text.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&") +
    (wordChar.test(text.at(-1) ?? "") ? "\\M" : "");
  return `(${[subject.email, subject.name].map(mention).join("|")})`;
}
