import { ORDER_STATUSES, OrderStatus, canTransition } from "./order-status";

describe("ORDER_TRANSITIONS", () => {
  const allowed: [OrderStatus, OrderStatus][] = [
    ["pending_payment", "paid"],
    ["pending_payment", "cancelled"],
    ["paid", "shipped"],
    ["paid", "cancelled"],
    ["paid", "refunded"],
    ["paid", "partially_refunded"],
    ["shipped", "delivered"],
    ["shipped", "refunded"],
    ["shipped", "partially_refunded"],
    ["delivered", "refunded"],
    ["delivered", "partially_refunded"],
    ["partially_refunded", "refunded"],
    ["partially_refunded", "partially_refunded"],
  ];
  const key = (from: string, to: string) => `${from}->${to}`;
  const allowedKeys = new Set(allowed.map(([from, to]) => key(from, to)));
  const every = ORDER_STATUSES.flatMap((from) => ORDER_STATUSES.map((to) => [from, to] as const));

  it.each(every)("%s -> %s", async (from, to) => {
    const sut = canTransition;
    await expect(Promise.resolve(sut(from, to))).resolves.toBe(allowedKeys.has(key(from, to)));
  });

  it("has no way out of cancelled or refunded", async () => {
    for (const to of ORDER_STATUSES) {
      await expect(Promise.resolve(canTransition("cancelled", to))).resolves.toBe(false);
      await expect(Promise.resolve(canTransition("refunded", to))).resolves.toBe(false);
    }
  });
});
