import { computeTaxedTotals, TaxableLine, TaxableShipping, taxOnLine } from "./tax";

describe(taxOnLine.name, () => {
  // The table in tax.ts, row by row.
  it.each([
    // net, rate bps, inclusive, expected
    [1000, 1900, true, 160],
    [1190, 1900, true, 190],
    [107, 700, true, 7],
    [1, 5000, false, 1],
    [25, 1000, false, 3],
    [1, 1900, true, 0],
    [1000, 0, true, 0],
    [1000, 0, false, 0],
    [999, 825, false, 82],
    [1005, 1000, false, 101],
    [0, 2000, true, 0],
    [2499, 2000, true, 417], // 416.5 -> 417
    [2_000_000_000, 10000, true, 1_000_000_000],
    [Number.MAX_SAFE_INTEGER, 10000, false, Number.MAX_SAFE_INTEGER],
  ])("%i at %i bps (inclusive: %s) is %i", async (net, bps, inclusive, expected) => {
    const sut = taxOnLine;
    await expect(Promise.resolve(sut(net, bps, inclusive))).resolves.toBe(expected);
  });

  it.each([
    [-1, 100],
    [1.5, 100],
    [100, -1],
    [100, 10001],
    [100, 7.5],
  ])("refuses net %d at %d bps", async (net, bps) => {
    await expect(Promise.resolve().then(() => taxOnLine(net, bps, false))).rejects.toThrow(
      RangeError,
    );
  });
});

const line = (
  unitPrice: number,
  quantity: number,
  taxCategory: string,
  rateBps: number,
  discount = 0,
): TaxableLine => ({ unitPrice, quantity, taxCategory, rateBps, discount });
const ship = (price: number, rateBps: number, discount = 0): TaxableShipping => ({
  price,
  rateBps,
  discount,
  taxCategory: "shipping",
});

describe(computeTaxedTotals.name, () => {
  const sut = computeTaxedTotals;

  it.each([
    {
      name: "DE, inclusive, 7 % book and 19 % shirt, 19 % shipping",
      taxInclusive: true,
      lines: [line(1999, 2, "reduced", 700), line(2499, 1, "standard", 1900)],
      shipping: ship(495, 1900),
      expected: {
        subtotal: 6497,
        discount: 0,
        shipping: 495,
        tax: 740,
        total: 6992,
        lineTaxes: [262, 399],
        taxLines: [
          { rate: 1900, category: "shipping", amount: 79 },
          { rate: 1900, category: "standard", amount: 399 },
          { rate: 700, category: "reduced", amount: 262 },
        ],
      },
    },
    {
      name: "UK, inclusive, zero-rated book and 20 % shirt, 20 % shipping",
      taxInclusive: true,
      lines: [line(1999, 2, "zero", 0), line(2499, 1, "standard", 2000)],
      shipping: ship(395, 2000),
      expected: {
        subtotal: 6497,
        discount: 0,
        shipping: 395,
        tax: 483,
        total: 6892,
        lineTaxes: [0, 417],
        taxLines: [
          { rate: 2000, category: "shipping", amount: 66 },
          { rate: 2000, category: "standard", amount: 417 },
          { rate: 0, category: "zero", amount: 0 },
        ],
      },
    },
    {
      name: "US, exclusive, 8.25 % on goods, untaxed shipping",
      taxInclusive: false,
      lines: [line(1999, 2, "reduced", 825), line(2499, 1, "standard", 825)],
      shipping: ship(500, 0),
      expected: {
        subtotal: 6497,
        discount: 0,
        shipping: 500,
        tax: 536,
        total: 7533,
        lineTaxes: [330, 206],
        taxLines: [
          { rate: 825, category: "reduced", amount: 330 },
          { rate: 825, category: "standard", amount: 206 },
          { rate: 0, category: "shipping", amount: 0 },
        ],
      },
    },
    {
      name: "DE with line discounts and free shipping by promotion: tax on what is paid",
      taxInclusive: true,
      lines: [line(1999, 2, "reduced", 700, 400), line(2499, 1, "standard", 1900, 250)],
      shipping: ship(495, 1900, 495),
      expected: {
        subtotal: 6497,
        discount: 650,
        shipping: 0,
        tax: 594,
        total: 5847,
        lineTaxes: [235, 359],
        taxLines: [
          { rate: 1900, category: "standard", amount: 359 },
          { rate: 700, category: "reduced", amount: 235 },
        ],
      },
    },
    {
      name: "a discount larger than its line is capped at the line",
      taxInclusive: false,
      lines: [line(100, 1, "standard", 2000, 500), line(200, 1, "standard", 2000)],
      shipping: null,
      expected: {
        subtotal: 300,
        discount: 100,
        shipping: 0,
        tax: 40,
        total: 240,
        lineTaxes: [0, 40],
        taxLines: [{ rate: 2000, category: "standard", amount: 40 }],
      },
    },
    {
      name: "per line, not per order: three 1-unit lines at 50 % are 1 each",
      taxInclusive: false,
      lines: [
        line(1, 1, "standard", 5000),
        line(1, 1, "standard", 5000),
        line(1, 1, "standard", 5000),
      ],
      shipping: null,
      expected: {
        subtotal: 3,
        discount: 0,
        shipping: 0,
        tax: 3,
        total: 6,
        lineTaxes: [1, 1, 1],
        taxLines: [{ rate: 5000, category: "standard", amount: 3 }],
      },
    },
    {
      name: "JPY (no decimals), exclusive 10 % / 8 %, taxed shipping",
      taxInclusive: false,
      lines: [line(999, 1, "standard", 1000), line(105, 1, "reduced", 800)],
      shipping: ship(300, 1000),
      expected: {
        subtotal: 1104,
        discount: 0,
        shipping: 300,
        tax: 138,
        total: 1542,
        lineTaxes: [100, 8],
        taxLines: [
          { rate: 1000, category: "shipping", amount: 30 },
          { rate: 1000, category: "standard", amount: 100 },
          { rate: 800, category: "reduced", amount: 8 },
        ],
      },
    },
    {
      name: "BHD (three decimals), exclusive 10 %, a discount, taxed shipping",
      taxInclusive: false,
      lines: [line(1005, 1, "standard", 1000), line(2345, 2, "standard", 1000, 15)],
      shipping: ship(1500, 1000),
      expected: {
        subtotal: 5695,
        discount: 15,
        shipping: 1500,
        tax: 719,
        total: 7899,
        lineTaxes: [101, 468],
        taxLines: [
          { rate: 1000, category: "shipping", amount: 150 },
          { rate: 1000, category: "standard", amount: 569 },
        ],
      },
    },
    {
      name: "no lines: no shipping, no tax",
      taxInclusive: true,
      lines: [],
      shipping: ship(495, 1900),
      expected: {
        subtotal: 0,
        discount: 0,
        shipping: 0,
        tax: 0,
        total: 0,
        lineTaxes: [],
        taxLines: [],
      },
    },
  ])("$name", async ({ taxInclusive, lines, shipping, expected }) => {
    const result = sut({ taxInclusive, lines, shipping });

    await expect(Promise.resolve(result)).resolves.toMatchObject({
      subtotal: expected.subtotal,
      discount: expected.discount,
      shipping: expected.shipping,
      tax: expected.tax,
      total: expected.total,
      taxLines: expected.taxLines,
    });
    await expect(Promise.resolve(result.lines.map((l) => l.tax))).resolves.toEqual(
      expected.lineTaxes,
    );
    // The totals add up, whatever the case.
    const added = taxInclusive ? 0 : 1;
    const linesTotal = result.lines.reduce((sum, l) => sum + l.total, 0);
    await expect(
      Promise.resolve(linesTotal + result.shipping + added * result.shippingTax),
    ).resolves.toBe(result.total);
    await expect(
      Promise.resolve(result.subtotal - result.discount + result.shipping + added * result.tax),
    ).resolves.toBe(result.total);
    await expect(
      Promise.resolve(result.taxLines.reduce((sum, t) => sum + t.amount, 0)),
    ).resolves.toBe(result.tax);
  });
});
