import { applyBasisPointsHalfUp, computeTotals } from "./money";

describe(applyBasisPointsHalfUp.name, () => {
  it.each([
    // amount, bps, expected
    [0, 2000, 0],
    [1000, 0, 0],
    [1000, 10000, 1000],
    [1999, 2000, 400], // 399.8 -> 400
    [1, 5000, 1], // 0.5 -> 1 (half rounds up)
    [1, 4999, 0], // 0.4999 -> 0
    [3, 5000, 2], // 1.5 -> 2
    [5, 1000, 1], // 0.5 -> 1
    [15, 1000, 2], // 1.5 -> 2
    [25, 1000, 3], // 2.5 -> 3 (not banker's rounding)
    [24, 1000, 2], // 2.4 -> 2
    [1005, 825, 83], // 82.9125 -> 83
    [10000, 825, 825],
    [12345, 1, 1], // 1.2345 -> 1
    [15000, 1, 2], // 1.5 -> 2
    [14999, 1, 1], // 1.4999 -> 1
    [2_000_000_000, 9999, 1_999_800_000],
    [Number.MAX_SAFE_INTEGER, 10000, Number.MAX_SAFE_INTEGER],
  ])("%i at %i bps is %i", async (amount, bps, expected) => {
    const sut = applyBasisPointsHalfUp;
    await expect(Promise.resolve(sut(amount, bps))).resolves.toBe(expected);
  });

  it.each([
    [-1, 100],
    [1.5, 100],
    [100, -1],
    [100, 10001],
    [100, 12.5],
  ])("refuses amount %d at %d bps", async (amount, bps) => {
    await expect(Promise.resolve().then(() => applyBasisPointsHalfUp(amount, bps))).rejects.toThrow(
      RangeError,
    );
  });
});

describe(computeTotals.name, () => {
  const sut = computeTotals;
  const standard = { price: 500, freeOver: 5000 };

  it.each([
    // lines, rate, bps, expected
    [[], standard, 2000, { subtotal: 0, discount: 0, shipping: 0, tax: 0, total: 0 }],
    [
      [{ unitPrice: 1999, quantity: 2 }],
      null,
      0,
      { subtotal: 3998, discount: 0, shipping: 0, tax: 0, total: 3998 },
    ],
    [
      [{ unitPrice: 1999, quantity: 2 }],
      standard,
      0,
      { subtotal: 3998, discount: 0, shipping: 500, tax: 0, total: 4498 },
    ],
    // Exactly at freeOver: free.
    [
      [{ unitPrice: 2500, quantity: 2 }],
      standard,
      0,
      { subtotal: 5000, discount: 0, shipping: 0, tax: 0, total: 5000 },
    ],
    // One below freeOver: charged.
    [
      [{ unitPrice: 4999, quantity: 1 }],
      standard,
      0,
      { subtotal: 4999, discount: 0, shipping: 500, tax: 0, total: 5499 },
    ],
    // Tax per line, each rounded half-up: 999 * 8.25 % = 82.4175 -> 82, 1 * 8.25 % -> 0,
    // shipping 500 * 8.25 % = 41.25 -> 41; 123 (rounding the sum once would give 124).
    [
      [
        { unitPrice: 333, quantity: 3 },
        { unitPrice: 1, quantity: 1 },
      ],
      standard,
      825,
      { subtotal: 1000, discount: 0, shipping: 500, tax: 123, total: 1623 },
    ],
    // Per line: 0.5 -> 1 on each of the three lines (rounding the sum, 1.5, would give 2).
    [
      [
        { unitPrice: 1, quantity: 1 },
        { unitPrice: 1, quantity: 1 },
        { unitPrice: 1, quantity: 1 },
      ],
      null,
      5000,
      { subtotal: 3, discount: 0, shipping: 0, tax: 3, total: 6 },
    ],
    [
      [{ unitPrice: 0, quantity: 5 }],
      { price: 0, freeOver: null },
      2000,
      { subtotal: 0, discount: 0, shipping: 0, tax: 0, total: 0 },
    ],
    [
      [{ unitPrice: 100, quantity: 99 }],
      { price: 1500, freeOver: null },
      2000,
      { subtotal: 9900, discount: 0, shipping: 1500, tax: 2280, total: 13680 },
    ],
  ])("case %#", async (lines, rate, bps, expected) => {
    await expect(Promise.resolve(sut(lines, rate, bps))).resolves.toEqual(expected);
  });
});
