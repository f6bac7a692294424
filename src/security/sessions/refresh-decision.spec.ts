import { decideRefresh } from "./refresh-decision";

describe(decideRefresh.name, () => {
  const now = new Date("2026-01-10T12:00:00Z");
  const session = {
    createdAt: new Date("2026-01-10T11:00:00Z"),
    expiresAt: new Date("2026-02-09T11:00:00Z"),
    revokedAt: null,
  };

  it("rotates an unused token of a live session", () => {
    expect(decideRefresh({ usedAt: null }, session, null, now)).toEqual({ kind: "rotate" });
  });

  it("treats a token that was already used as reuse", () => {
    const used = { usedAt: new Date("2026-01-10T11:30:00Z") };
    expect(decideRefresh(used, session, null, now)).toEqual({ kind: "reuse" });
  });

  it("reports reuse even when the family is already revoked (a replayed stolen token)", () => {
    const revoked = { ...session, revokedAt: new Date("2026-01-10T11:45:00Z") };
    expect(decideRefresh({ usedAt: now }, revoked, null, now)).toEqual({ kind: "reuse" });
  });

  it("rejects an unused token of a revoked family", () => {
    const revoked = { ...session, revokedAt: new Date("2026-01-10T11:45:00Z") };
    expect(decideRefresh({ usedAt: null }, revoked, null, now)).toEqual({
      kind: "rejected",
      reason: "session_revoked",
    });
  });

  it("rejects a session that began before the user's tokens-valid-after time", () => {
    const cutOff = new Date("2026-01-10T11:30:00Z");
    expect(decideRefresh({ usedAt: null }, session, cutOff, now)).toEqual({
      kind: "rejected",
      reason: "sessions_reset",
    });
  });

  it("keeps a session that began after the cut-off", () => {
    const cutOff = new Date("2026-01-10T10:30:00Z");
    expect(decideRefresh({ usedAt: null }, session, cutOff, now)).toEqual({ kind: "rotate" });
  });

  it("rejects at and after the absolute expiry: rotation never extends it", () => {
    expect(decideRefresh({ usedAt: null }, session, null, session.expiresAt)).toEqual({
      kind: "rejected",
      reason: "session_expired",
    });
  });
});
