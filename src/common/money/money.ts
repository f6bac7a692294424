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
 * drift): the store's one rounding rule for tax, applied once per order on the taxable base.
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
  shipping: number;
  tax: number;
  total: number;
}

/**
 * Prices are tax-exclusive. Tax is charged on subtotal plus shipping at the store rate and
 * rounded half-up once for the whole order (never per line). No lines means no shipping.
 */
export function computeTotals(
  lines: readonly PricedLine[],
  shippingRate: ShippingRate | null,
  taxRateBps: number,
): Totals {
  let subtotal = 0;
  for (const line of lines) {
    assertMinorUnits("unitPrice", line.unitPrice);
    subtotal += line.unitPrice * line.quantity;
  }
  let shipping = 0;
  if (lines.length > 0 && shippingRate) {
    const free = shippingRate.freeOver !== null && subtotal >= shippingRate.freeOver;
    shipping = free ? 0 : shippingRate.price;
  }
  const tax = applyBasisPointsHalfUp(subtotal + shipping, taxRateBps);
  return { subtotal, shipping, tax, total: subtotal + shipping + tax };
}
