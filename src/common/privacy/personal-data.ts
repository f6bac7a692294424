import { DiscoveryService } from "@nestjs/core";

/** Whose data is exported or erased: the account as it was before any erasure step ran. */
export interface DataSubject {
  userId: string;
  /** Normalised, as stored. */
  email: string;
  name: string;
  /**
   * For erasure: every text that identifies the subject (the email, the name, and what
   * contributors' `identifiers` found: names, address lines and phones in addresses and orders).
   * Free text that is kept (notes, mails, saved responses) loses these.
   */
  mentions: string[];
}

/** Who erases the account: the customer themselves (`DELETE /users/me`) or an administrator. */
export interface Erasure {
  by: "self" | "admin";
  /** The customer's id, or the administrator's. */
  actorId: string;
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
  "returns",
  "storeCredit",
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
   * Texts that identify the subject in this module's records (names, address lines, phones),
   * gathered before anything is erased so every contributor can redact them from free text.
   */
  identifiers?(subject: DataSubject): Promise<string[]>;

  /**
   * Deletes, or replaces with a tombstone, what identifies the subject; financial records
   * (amounts, taxes, dates) stay. Runs in the erasure's transaction, before the account row is
   * anonymised, and must be safe to run again. May refuse (a DomainError rolls the whole
   * erasure back), e.g. when the customer would lose something of value by erasing themselves.
   */
  erase(subject: DataSubject, erasure: Erasure): Promise<void>;
}

/** Marks a provider as a PersonalDataContributor (found by the privacy service). */
export const PersonalDataContributor = DiscoveryService.createDecorator<undefined>();

/** What replaces personal text in records that are kept (orders' addresses, sent mails). */
export const ERASED = "[erased]";

/**
 * A PostgreSQL regular expression (for `regexp_replace(col, $1, '[erased]', 'gi')`) matching
 * the subject's mentions as whole words, in free text that is kept (notes, mails). Longest
 * first, so a name is not cut out of an address line that contains it.
 */
export function mentionsPattern(subject: DataSubject): string {
  const wordChar = /[\p{L}\p{N}_]/u;
  const mention = (text: string) =>
    (wordChar.test(text.at(0) ?? "") ? "\\m" : "") +
    text.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&") +
    (wordChar.test(text.at(-1) ?? "") ? "\\M" : "");
  const longestFirst = [...subject.mentions].sort((a, b) => b.length - a.length);
  return `(${longestFirst.map(mention).join("|")})`;
}
