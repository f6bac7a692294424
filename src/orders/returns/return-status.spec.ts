import { RETURN_STATUSES, ReturnStatus, canTransitionReturn } from "./return-status";

describe("RETURN_TRANSITIONS", () => {
  const allowed: [ReturnStatus, ReturnStatus][] = [
    ["requested", "approved"],
    ["requested", "rejected"],
    ["approved", "received"],
    ["received", "refunded"],
    ["received", "credited"],
  ];
  const key = (from: string, to: string) => `${from}->${to}`;
  const allowedKeys = new Set(allowed.map(([from, to]) => key(from, to)));
  const every = RETURN_STATUSES.flatMap((from) => RETURN_STATUSES.map((to) => [from, to] as const));

  it.each(every)("%s -> %s", async (from, to) => {
    const sut = canTransitionReturn;
    await expect(Promise.resolve(sut(from, to))).resolves.toBe(allowedKeys.has(key(from, to)));
  });
});
