import { BPS_DENOMINATOR } from "./money";

/**
 * The store's tax rule, written down once.
 *
 * Tax is computed per line (each cart or order line, and shipping as a line of its own), on
 * what is actually paid for that line (its price times quantity, less its discount), at the
 * rate of the line's tax category in the customer's region, and rounded half-up to a whole
 * minor unit of the currency, per line. The order's tax is the sum of its lines' taxes.
 *
 * - Tax-exclusive regions (US): the tax is added, `tax = net × rate`.
 * - Tax-inclusive regions (EU, UK): shelf prices include tax, which is extracted,
 *   `tax = net × rate / (1 + rate)`; the customer pays the shelf price.
 *
 * | net (minor units) | rate    | region    | exact tax  | tax | why                               |
 * | ----------------- | ------- | --------- | ---------- | --- | --------------------------------- |
 * | 1000              | 19 %    | inclusive | 159.66...  | 160 | 1000 × 19/119                     |
 * | 1190              | 19 %    | inclusive | 190        | 190 | exact                             |
 * | 107               | 7 %     | inclusive | 7          | 7   | exact                             |
 * | 1                 | 50 %    | exclusive | 0.5        | 1   | half rounds up (not to even)      |
 * | 25                | 10 %    | exclusive | 2.5        | 3   | half-up, not banker's             |
 * | 1                 | 19 %    | inclusive | 0.159...   | 0   | below half a unit: nothing        |
 * | 1000              | 0 %     | either    | 0          | 0   | zero-rated lines still listed     |
 * | 999 JPY           | 8.25 %  | exclusive | 82.41...   | 82  | JPY's unit is a whole yen         |
 * | 1005 BHD (fils)   | 10 %    | exclusive | 100.5      | 101 | BHD's unit is a fils (1/1000)     |
 *
 * The exponent of the currency (JPY 0, EUR 2, BHD 3) needs no special case: amounts are
 * already in its minor units, and rounding is always to one of them.
 */
export function taxOnLine(net: number, rateBps: number, taxInclusive: boolean): number {
  if (!Number.isSafeInteger(net) || net < 0) {
    throw new RangeError("net must be a non-negative integer amount of minor units");
  }
  if (!Number.isSafeInteger(rateBps) || rateBps < 0 || rateBps > BPS_DENOMINATOR) {
    throw new RangeError("rateBps must be an integer from 0 to 10000");
  }
  const numerator = BigInt(net) * BigInt(rateBps);
  const denominator = BigInt(taxInclusive ? BPS_DENOMINATOR + rateBps : BPS_DENOMINATOR);
  return Number(divideHalfUp(numerator, denominator));
}

function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  return (numerator % denominator) * 2n >= denominator ? quotient + 1n : quotient;
}

/** A priced line with the tax rate that applies to it in the cart's region. */
export interface TaxableLine {
  unitPrice: number;
  quantity: number;
  /** Taken off this line by promotions, in minor units (at most the line total). */
  discount: number;
  taxCategory: string;
  rateBps: number;
}

/** Shipping, taxed as a line of its own category. */
export interface TaxableShipping {
  /** The shipping price after free-over (0 when free). */
  price: number;
  discount: number;
  taxCategory: string;
  rateBps: number;
}

/** One tax rate's share of the order, as shown on the cart and the order. */
export interface TaxLine {
  /** Basis points: 1900 is 19 %. */
  rate: number;
  category: string;
  amount: number;
}

export interface TaxedLine {
  /** unitPrice × quantity, before discounts. */
  lineTotal: number;
  discount: number;
  tax: number;
  /** What the customer pays for this line: net of discount, plus the tax if it is added. */
  total: number;
}

export interface TaxedTotals {
  /** Sum of the line totals before discounts (shelf prices: tax included in inclusive regions). */
  subtotal: number;
  discount: number;
  /** Shipping after its discount. */
  shipping: number;
  shippingTax: number;
  tax: number;
  total: number;
  taxInclusive: boolean;
  lines: TaxedLine[];
  taxLines: TaxLine[];
}

/**
 * The cart's or order's totals under the rule above. They always add up:
 * `subtotal − discount + shipping (+ tax when exclusive) = total = Σ line totals + shipping
 * (+ shipping tax when exclusive)`, and `Σ taxLines = tax = Σ line taxes + shipping tax`.
 */
export function computeTaxedTotals(input: {
  taxInclusive: boolean;
  lines: readonly TaxableLine[];
  shipping: TaxableShipping | null;
}): TaxedTotals {
  const { taxInclusive } = input;
  const byRate = new Map<string, TaxLine>();
  const addTax = (category: string, rate: number, amount: number) => {
    const key = `${category}\u0000${rate}`;
    const entry = byRate.get(key) ?? { rate, category, amount: 0 };
    entry.amount += amount;
    byRate.set(key, entry);
  };

  let subtotal = 0;
  let discount = 0;
  const lines = input.lines.map((line): TaxedLine => {
    assertMinorUnits("unitPrice", line.unitPrice);
    assertMinorUnits("discount", line.discount);
    const lineTotal = line.unitPrice * line.quantity;
    const lineDiscount = Math.min(line.discount, lineTotal);
    const net = lineTotal - lineDiscount;
    const tax = taxOnLine(net, line.rateBps, taxInclusive);
    addTax(line.taxCategory, line.rateBps, tax);
    subtotal += lineTotal;
    discount += lineDiscount;
    return { lineTotal, discount: lineDiscount, tax, total: taxInclusive ? net : net + tax };
  });

  let shipping = 0;
  let shippingTax = 0;
  if (input.shipping && lines.length > 0) {
    assertMinorUnits("shipping price", input.shipping.price);
    assertMinorUnits("shipping discount", input.shipping.discount);
    shipping = input.shipping.price - Math.min(input.shipping.discount, input.shipping.price);
    shippingTax = taxOnLine(shipping, input.shipping.rateBps, taxInclusive);
    if (shipping > 0) addTax(input.shipping.taxCategory, input.shipping.rateBps, shippingTax);
  }

  const tax = lines.reduce((sum, l) => sum + l.tax, shippingTax);
  const total = subtotal - discount + shipping + (taxInclusive ? 0 : tax);
  const taxLines = [...byRate.values()].sort(
    (a, b) => b.rate - a.rate || a.category.localeCompare(b.category),
  );
  return { subtotal, discount, shipping, shippingTax, tax, total, taxInclusive, lines, taxLines };
}

function assertMinorUnits(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer amount of minor units`);
  }
}
