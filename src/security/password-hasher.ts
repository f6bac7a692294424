import { Injectable, OnModuleInit } from "@nestjs/common";
import { hash, parseOptions, verify } from "@node-rs/argon2";
import type { Algorithm, Options } from "@node-rs/argon2";

// The package declares Algorithm as a const enum, which per-file transpilers cannot inline.
const ARGON2ID = 2 as Algorithm;

/** OWASP's argon2id minimum (m = 19 MiB, t = 2, p = 1). Raise these; old hashes upgrade on login. */
export const ARGON2_PARAMS = {
  algorithm: ARGON2ID,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} satisfies Options;

/** Password hashing with argon2id. */
@Injectable()
export class PasswordHasher implements OnModuleInit {
  private dummyHash: Promise<string> | undefined;

  /** Today's parameters (a subclass in a test may raise them). */
  protected readonly params: Options = ARGON2_PARAMS;

  /** Prepared at start-up so that the first unknown-email login is not slower than the rest. */
  onModuleInit(): void {
    this.dummyHash ??= this.hash("dummy-password-never-matches-anything");
  }

  hash(password: string): Promise<string> {
    return hash(password, this.params);
  }

  async verify(passwordHash: string, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  }

  /**
   * Spends the same time as a real verification, for logins of unknown accounts, so that the
   * response time does not tell which emails have accounts.
   */
  async verifyDummy(password: string): Promise<void> {
    this.dummyHash ??= this.hash("dummy-password-never-matches-anything");
    await this.verify(await this.dummyHash, password);
  }

  /** True when the hash was made with weaker parameters (or another algorithm) than today's. */
  needsRehash(passwordHash: string): boolean {
    try {
      const current = parseOptions(passwordHash);
      return (
        current.algorithm !== ARGON2ID ||
        current.memoryCost < (this.params.memoryCost ?? 0) ||
        current.timeCost < (this.params.timeCost ?? 0) ||
        current.parallelism < (this.params.parallelism ?? 0)
      );
    } catch {
      return true;
    }
  }
}
