import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { FieldError } from "../../common/errors/domain-error";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

function loadCommonPasswords(): Set<string> {
  // Always beside this file: `npm run build` copies it into dist, so a deploy of dist alone
  // has it, and a build that lost it fails at start-up rather than accepting weak passwords.
  const file = join(__dirname, "common-passwords.txt");
  if (!existsSync(file)) throw new Error(`${file} is missing`);
  return new Set(
    readFileSync(file, "utf8")
      .split("\n")
      .map((line) => line.trim().toLowerCase())
      .filter(Boolean),
  );
}

/**
 * ASVS 5.0 V6.2: at least 12 characters (counted as Unicode code points, spaces allowed),
 * at most 128, and not a known common password. No composition rules (NIST SP 800-63B).
 */
export class PasswordPolicy {
  private static shared: Set<string> | undefined;

  constructor(private readonly common: Set<string> = PasswordPolicy.commonPasswords()) {}

  static commonPasswords(): Set<string> {
    PasswordPolicy.shared ??= loadCommonPasswords();
    return PasswordPolicy.shared;
  }

  /** The problems with `password` for the field `field` (empty when it is acceptable). */
  check(password: string, field = "password"): FieldError[] {
    const length = [...password].length;
    if (length < PASSWORD_MIN_LENGTH) {
      return [
        { field, message: `${field} must be at least ${PASSWORD_MIN_LENGTH} characters long` },
      ];
    }
    if (length > PASSWORD_MAX_LENGTH) {
      return [
        { field, message: `${field} must be at most ${PASSWORD_MAX_LENGTH} characters long` },
      ];
    }
    if (this.common.has(password.toLowerCase())) {
      return [{ field, message: `${field} is too common; choose a less guessable password` }];
    }
    return [];
  }
}
