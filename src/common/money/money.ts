import { computeTaxedTotals, type TaxedTotals } from "./tax";

/**
 * The largest amount an order or cart total may reach: money columns are PostgreSQL `integer`
 * minor units. Carts and orders beyond it are refused up front (409 `total_too_large`).
 */
export const MAX_TOTAL_MINOR_UNITS = 2_147_483_647;

/** Basis points in one whole: 10,000 bps = 100 %. */
export const BPS_DENOMINATOR = 10_000;

function assertMinorUnits(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer amount of minor units`);
  }
}

/**
 * `amount × bps / 10,000` rounded half-up to a whole minor unit, in integers only (no float
 * drift). Tax itself is computed per line by common/money/tax.ts.
 */
export function applyBasisPointsHalfUp(amount: number, bps: number): number {
  assertMinorUnits("amount", amount);
  if (!Number.isSafeInteger(bps) || bps < 0 || bps > BPS_DENOMINATOR) {
    throw new RangeError("bps must be an integer from 0 to 10000");
  }
  const product = BigInt(amount) * BigInt(bps);
  const denominator = BigInt(BPS_DENOMINATOR);
  const quotient = product / denominator;
  const remainder = product % denominator;
  return Number(remainder * 2n >= denominator ? quotient + 1n : quotient);
}

export interface PricedLine {
  unitPrice: number;
  quantity: number;
}

export interface ShippingRate {
  price: number;
  /** Shipping is free once the subtotal reaches this amount; null: never free. */
  freeOver: number | null;
}

export interface Totals {
  subtotal: number;
  /** Taken off the items by promotions (the sum of the line discounts). */
  discount: number;
  shipping: number;
  tax: number;
  total: number;
}

/** What promotions take off: from each line (in the order of the lines), and from shipping. */
export interface Discounts {
  lines: readonly number[];
  shipping: number;
}

const NO_DISCOUNTS: Discounts = { lines: [], shipping: 0 };

/** The shipping price of a cart of that gross subtotal: free from `freeOver`; none without lines. */
export function shippingPrice(
  subtotal: number,
  lineCount: number,
  shippingRate: ShippingRate | null,
): number {
  if (lineCount === 0 || !shippingRate) return 0;
  const free = shippingRate.freeOver !== null && subtotal >= shippingRate.freeOver;
  return free ? 0 : shippingRate.price;
}

/**
 * Totals with one flat, tax-exclusive rate on every line and on shipping: the store's tax rule
 * (common/money/tax.ts: per line, after discounts, half-up) with a single rate. No lines means
 * no shipping. `freeOver` looks at the subtotal before discounts.
 */
export function computeTotals(
  lines: readonly PricedLine[],
  shippingRate: ShippingRate | null,
  taxRateBps: number,
  discounts: Discounts = NO_DISCOUNTS,
): Totals {
  const flat = (category: string) => ({ category, rateBps: taxRateBps });
  const { subtotal, discount, shipping, tax, total } = computeRegionalTotals(
    lines,
    shippingRate,
    { taxInclusive: false, lines: lines.map(() => flat("standard")), shipping: flat("shipping") },
    discounts,
  );
  return { subtotal, discount, shipping, tax, total };
}

/** The tax that applies to a cart in its region: the rate of each line's category, and shipping's. */
export interface TaxContext {
  taxInclusive: boolean;
  /** Per line, in the order of the lines. */
  lines: readonly { category: string; rateBps: number }[];
  shipping: { category: string; rateBps: number };
}

/**
 * Totals in a region (common/money/tax.ts: per line, after discounts, half-up; inclusive
 * regions extract the tax, exclusive ones add it). No lines means no shipping; `freeOver`
 * looks at the subtotal before discounts.
 */
export function computeRegionalTotals(
  lines: readonly PricedLine[],
  shippingRate: ShippingRate | null,
  tax: TaxContext,
  discounts: Discounts = NO_DISCOUNTS,
): TaxedTotals {
  const subtotal = lines.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0);
  return computeTaxedTotals({
    taxInclusive: tax.taxInclusive,
    lines: lines.map((line, i) => ({
      unitPrice: line.unitPrice,
      quantity: line.quantity,
      discount: discounts.lines[i] ?? 0,
      taxCategory: tax.lines[i].category,
      rateBps: tax.lines[i].rateBps,
    })),
    shipping: {
      price: shippingPrice(subtotal, lines.length, shippingRate),
      discount: discounts.shipping,
      taxCategory: tax.shipping.category,
      rateBps: tax.shipping.rateBps,
    },
  });
}

/**
 * The store's one allocation rule: splits `amount` over `weights` in proportion, in whole
 * minor units, by largest remainder (each share is floored, then the units left over go one
 * each to the largest fractional parts, ties to the earlier weight). The shares sum exactly to
 * `amount`, and no share exceeds its weight when `amount` does not exceed the weights' sum.
 */
export function allocateLargestRemainder(amount: number, weights: readonly number[]): number[] {
  assertMinorUnits("amount", amount);
  weights.forEach((w) => assertMinorUnits("weight", w));
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (amount === 0 || total === 0) return weights.map(() => 0);
  const big = BigInt(amount);
  const bigTotal = BigInt(total);
  const shares = weights.map((w) => (big * BigInt(w)) / bigTotal);
  const remainders = weights.map((w, index) => ({ index, rest: (big * BigInt(w)) % bigTotal }));
  let left = big - shares.reduce((sum, s) => sum + s, 0n);
  remainders.sort((a, b) => (a.rest === b.rest ? a.index - b.index : a.rest > b.rest ? -1 : 1));
  for (const { index } of remainders) {
    if (left === 0n) break;
    shares[index] += 1n;
    left -= 1n;
  }
  return shares.map(Number);
}
