import { LockoutPolicy, LockoutState } from "./lockout-policy";

describe(LockoutPolicy.name, () => {
  const minute = 60_000;
  const sut = new LockoutPolicy({ maxFailures: 3, windowMs: 15 * minute, lockMs: 10 * minute });
  const t0 = new Date("2026-01-10T12:00:00Z");
  const at = (ms: number) => new Date(t0.getTime() + ms);

  function fail(times: number, start: LockoutState | null, step = minute) {
    let state = start;
    let locked = false;
    for (let i = 0; i < times; i++) {
      ({ state, locked } = sut.registerFailure(state, at(i * step)));
    }
    return { state: state as LockoutState, locked };
  }

  it("does not lock below the threshold", () => {
    const { state, locked } = fail(2, null);
    expect(locked).toBe(false);
    expect(state.failures).toBe(2);
    expect(sut.retryAfterSeconds(state, at(2 * minute))).toBe(0);
  });

  it("locks on the failure that reaches the threshold, for the lock duration", () => {
    const { state, locked } = fail(3, null);
    expect(locked).toBe(true);
    expect(state.lockedUntil).toEqual(at(2 * minute + 10 * minute));
    expect(sut.retryAfterSeconds(state, at(2 * minute))).toBe(600);
    expect(sut.retryAfterSeconds(state, at(11 * minute + 30_000))).toBe(30);
  });

  it("unlocks when the lock expires", () => {
    const { state } = fail(3, null);
    expect(sut.retryAfterSeconds(state, at(12 * minute))).toBe(0);
  });

  it("counts only failures within the window: old ones are forgotten", () => {
    // Two failures, then a third 16 minutes after the first: the window restarted.
    const { state: afterTwo } = fail(2, null);
    const { state, locked } = sut.registerFailure(afterTwo, at(16 * minute));
    expect(locked).toBe(false);
    expect(state.failures).toBe(1);
    expect(state.windowStartedAt).toEqual(at(16 * minute));
  });

  it("counts afresh after a lock", () => {
    const { state: lockedState } = fail(3, null);
    const { state, locked } = sut.registerFailure(lockedState, at(13 * minute));
    expect(locked).toBe(false);
    expect(state.failures).toBe(1);
  });

  it("rounds the retry time up to whole seconds", () => {
    const state = { failures: 0, windowStartedAt: t0, lockedUntil: at(1500) };
    expect(sut.retryAfterSeconds(state, t0)).toBe(2);
  });
});
