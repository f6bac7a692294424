/** The failed-login counter of one key (an email tried from one client). */
export interface LockoutState {
  failures: number;
  windowStartedAt: Date;
  lockedUntil: Date | null;
}

export interface LockoutSettings {
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

export const LOGIN_FAILURE_WINDOW_MS = 15 * 60_000;

/**
 * The brute-force rule, pure so it is unit-tested on its own: `maxFailures` failures within
 * `windowMs` of the first one lock the key for `lockMs`; the counter then starts afresh.
 */
export class LockoutPolicy {
  constructor(private readonly settings: LockoutSettings) {}

  /** Seconds until the key unlocks, or 0 when it is not locked. */
  retryAfterSeconds(state: LockoutState | null, now: Date): number {
    if (!state?.lockedUntil || state.lockedUntil <= now) return 0;
    return Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 1000);
  }

  /** The state after one more failure, and whether this failure locked the key. */
  registerFailure(state: LockoutState | null, now: Date): { state: LockoutState; locked: boolean } {
    const windowOpen =
      state !== null && now.getTime() - state.windowStartedAt.getTime() < this.settings.windowMs;
    const failures = windowOpen ? state.failures + 1 : 1;
    const windowStartedAt = windowOpen ? state.windowStartedAt : now;
    if (failures >= this.settings.maxFailures) {
      return {
        state: {
          failures: 0,
          windowStartedAt: now,
          lockedUntil: new Date(now.getTime() + this.settings.lockMs),
        },
        locked: true,
      };
    }
    return {
      state: { failures, windowStartedAt, lockedUntil: state?.lockedUntil ?? null },
      locked: false,
    };
  }
}
