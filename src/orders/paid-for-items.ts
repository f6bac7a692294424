import { allocateLargestRemainder } from "../common/money/money";

/** An order line as the refund rule needs it. */
export interface PaidLine {
  variantId: string;
  quantity: number;
  lineTotal: number;
  discount: number;
  /** The line's own tax as stored at checkout; null on orders placed before per-line tax. */
  tax?: number | null;
}

/** How the order was taxed: per line (stored), or only as a total (orders before regions). */
export interface OrderTax {
  /** The order's tax. */
  tax: number;
  /** The prices included the tax (then a line's total already holds its tax). */
  taxInclusive: boolean;
}

export interface ItemsToRefund {
  variantId: string;
  quantity: number;
}

/**
 * What the customer paid for some units of an order's lines: each line's total less its
 * promotion discount, plus its tax when tax was added (the line's own tax, stored at checkout;
 * orders from before per-line tax spread the order's tax over the lines' net amounts and the
 * shipping by the store's one allocation rule), then that spread evenly over the line's units
 * by the same rule. All lines in full plus shipping and its tax make the order total exactly.
 * Returns null, with the offending index, for a variant not on the order
 * or more units than it holds.
 */
export function paidForItems(
  lines: readonly PaidLine[],
  shipping: number,
  orderTax: OrderTax,
  items: readonly ItemsToRefund[],
): { amount: number } | { invalid: number } {
  const nets = lines.map((l) => l.lineTotal - l.discount);
  const perLine = lines.every((l) => typeof l.tax === "number");
  const taxShares = perLine
    ? lines.map((l) => (orderTax.taxInclusive ? 0 : (l.tax ?? 0)))
    : allocateLargestRemainder(orderTax.tax, [...nets, shipping]);
  let amount = 0;
  const asked = new Map<string, number>();
  for (const [index, item] of items.entries()) {
    const lineIndex = lines.findIndex((l) => l.variantId === item.variantId);
    const total = (asked.get(item.variantId) ?? 0) + item.quantity;
    if (lineIndex < 0 || total > lines[lineIndex].quantity) return { invalid: index };
    asked.set(item.variantId, total);
  }
  for (const [variantId, quantity] of asked) {
    const i = lines.findIndex((l) => l.variantId === variantId);
    const units = allocateLargestRemainder(
      nets[i] + taxShares[i],
      Array.from({ length: lines[i].quantity }, () => 1),
    );
    amount += units.slice(0, quantity).reduce((sum, u) => sum + u, 0);
  }
  return { amount };
}
