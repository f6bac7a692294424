import { allocateLargestRemainder } from "../common/money/money";

/** An order line as the refund rule needs it. */
export interface PaidLine {
  variantId: string;
  quantity: number;
  lineTotal: number;
  discount: number;
}

export interface ItemsToRefund {
  variantId: string;
  quantity: number;
}

/**
 * What the customer paid for some units of an order's lines: each line's total less its
 * promotion discount, plus its share of the order's tax (the tax spread over the lines' net
 * amounts and the shipping by the store's one allocation rule), then that spread evenly over
 * the line's units by the same rule. All lines in full plus shipping and its tax share make the
 * order total exactly. Returns null, with the offending index, for a variant not on the order
 * or more units than it holds.
 */
export function paidForItems(
  lines: readonly PaidLine[],
  shipping: number,
  tax: number,
  items: readonly ItemsToRefund[],
): { amount: number } | { invalid: number } {
  const nets = lines.map((l) => l.lineTotal - l.discount);
  const taxShares = allocateLargestRemainder(tax, [...nets, shipping]);
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
