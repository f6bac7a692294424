import {
  allocateLargestRemainder,
  applyBasisPointsHalfUp,
  shippingPrice,
  type ShippingRate,
} from "../common/money/money";

/**
 * The promotion rules, pure (no I/O): which promotions hold for a cart and what each takes off.
 * Written down once here; the cart view and checkout both call `applyPromotions`.
 *
 * - Conditions all must hold; the subtotal they look at is the one before any discount. A
 *   promotion with amounts is in one currency and holds only for carts in it (`currency`).
 * - Stacking: combinable promotions apply one after the other on what is left of each line,
 *   line actions first (fixed per unit, buy X get Y, percentage off items), then order actions
 *   (percentage off the order, fixed off the order), then free shipping; ties in creation order.
 *   A non-combinable promotion applies alone. The customer gets the best option: the stack of
 *   all combinable ones, or one non-combinable one, whichever takes off more (ties: the stack).
 * - Percentages are rounded half-up once per promotion on the amount they apply to; any
 *   amount spread over several lines is spread by `allocateLargestRemainder` (in proportion to
 *   what is left of each line), so line discounts always sum exactly to the promotion's
 *   discount and a refund of one line can give back exactly its share.
 * - Nothing goes below zero: a line's discount never exceeds its total, nor shipping's its price.
 * - A promotion that would take nothing off (no matching items, shipping already free) is not
 *   applied, so it uses up no redemption.
 */

export const PROMOTION_ACTION_TYPES = [
  "percentage_off_order",
  "percentage_off_items",
  "fixed_off_order",
  "fixed_off_unit",
  "free_shipping",
  "buy_x_get_y",
] as const;

export type PromotionActionType = (typeof PROMOTION_ACTION_TYPES)[number];

/** Which cart lines a condition or action looks at; all lists empty means every line. */
export interface ProductTarget {
  productIds: string[];
  variantIds: string[];
  categoryIds: string[];
}

export interface PromotionConditions {
  /** The cart's subtotal (before discounts) is at least this, in minor units. */
  minSubtotal: number | null;
  /** The cart holds at least `minQuantity` units matching the target. */
  contains: (ProductTarget & { minQuantity: number }) | null;
  /** The customer is signed in. */
  signedIn: boolean;
  /** The customer has no order yet (cancelled ones do not count). */
  firstOrder: boolean;
}

export interface PromotionAction {
  type: PromotionActionType;
  /** 1 to 100, for the percentage actions. */
  percentOff: number | null;
  /** Minor units, for the fixed actions. */
  amountOff: number | null;
  /** The lines the item actions apply to; null means every line. */
  target: ProductTarget | null;
  /** buy_x_get_y: of every buyQuantity + getQuantity matching units, getQuantity are free. */
  buyQuantity: number | null;
  getQuantity: number | null;
}

export interface RulePromotion {
  id: string;
  /**
   * The currency of its money amounts (`minSubtotal`, `amountOff`): it applies only to carts in
   * that currency. Null: it has no amounts and applies in any currency.
   */
  currency: string | null;
  combinable: boolean;
  conditions: PromotionConditions;
  action: PromotionAction;
}

export interface RuleLine {
  variantId: string;
  productId: string;
  categoryId: string | null;
  unitPrice: number;
  quantity: number;
}

/** What the rules know of a cart beyond its lines: its currency and its customer. */
export interface CartFacts {
  /** ISO 4217: the currency of the cart's region, which its lines' prices are in. */
  currency: string;
  signedIn: boolean;
  firstOrder: boolean;
}

export type ConditionName =
  "currency" | "min_subtotal" | "contains" | "signed_in" | "first_order" | "no_discount";

export interface AppliedPromotion<P extends RulePromotion = RulePromotion> {
  promotion: P;
  /** What it takes off each line, in the order of the lines given. */
  lineDiscounts: number[];
  discount: number;
  shippingDiscount: number;
}

export interface SkippedPromotion<P extends RulePromotion = RulePromotion> {
  promotion: P;
  reason: "promotion_condition_not_met" | "promotion_not_combinable";
  /** For promotion_condition_not_met: the first condition that does not hold. */
  condition?: ConditionName;
}

export interface PromotionOutcome<P extends RulePromotion = RulePromotion> {
  applied: AppliedPromotion<P>[];
  skipped: SkippedPromotion<P>[];
  /** Per line, the sum of the applied promotions' discounts. */
  lineDiscounts: number[];
  discount: number;
  shippingDiscount: number;
}

const ACTION_ORDER: Record<PromotionActionType, number> = {
  fixed_off_unit: 0,
  buy_x_get_y: 1,
  percentage_off_items: 2,
  percentage_off_order: 3,
  fixed_off_order: 4,
  free_shipping: 5,
};

export function matchesTarget(line: RuleLine, target: ProductTarget | null): boolean {
  if (!target) return true;
  const { productIds, variantIds, categoryIds } = target;
  if (productIds.length + variantIds.length + categoryIds.length === 0) return true;
  return (
    variantIds.includes(line.variantId) ||
    productIds.includes(line.productId) ||
    (line.categoryId !== null && categoryIds.includes(line.categoryId))
  );
}

/**
 * The first condition of `promotion` that does not hold for the cart, or null when all hold.
 * The currency comes first: amounts in another currency than the cart's mean nothing there.
 */
export function unmetCondition(
  promotion: Pick<RulePromotion, "currency" | "conditions">,
  lines: readonly RuleLine[],
  cart: CartFacts,
): ConditionName | null {
  const { conditions } = promotion;
  if (promotion.currency !== null && promotion.currency !== cart.currency) return "currency";
  const subtotal = lines.reduce((sum, l) => sum + l.unitPrice * l.quantity, 0);
  if (conditions.minSubtotal !== null && subtotal < conditions.minSubtotal) return "min_subtotal";
  if (conditions.contains) {
    const target = conditions.contains;
    const units = lines
      .filter((l) => matchesTarget(l, target))
      .reduce((sum, l) => sum + l.quantity, 0);
    if (units < Math.max(1, target.minQuantity)) return "contains";
  }
  if (conditions.signedIn && !cart.signedIn) return "signed_in";
  if (conditions.firstOrder && !cart.firstOrder) return "first_order";
  return null;
}

/** What is left to discount: per line, and of the shipping price. */
interface Remaining {
  lines: number[];
  shipping: number;
}

/** One promotion's discount on what is left; mutates `left`. */
function applyAction(
  action: PromotionAction,
  lines: readonly RuleLine[],
  left: Remaining,
): { lineDiscounts: number[]; shippingDiscount: number } {
  const lineDiscounts = lines.map(() => 0);
  let shippingDiscount = 0;
  const matching = lines.flatMap((line, i) => (matchesTarget(line, action.target) ? [i] : []));
  const spread = (indexes: number[], amount: number) => {
    const shares = allocateLargestRemainder(
      amount,
      indexes.map((i) => left.lines[i]),
    );
    indexes.forEach((lineIndex, k) => (lineDiscounts[lineIndex] = shares[k]));
  };
  const sumLeft = (indexes: number[]) => indexes.reduce((sum, i) => sum + left.lines[i], 0);
  const all = lines.map((_, i) => i);

  switch (action.type) {
    case "percentage_off_order":
      spread(all, applyBasisPointsHalfUp(sumLeft(all), (action.percentOff ?? 0) * 100));
      break;
    case "percentage_off_items":
      spread(matching, applyBasisPointsHalfUp(sumLeft(matching), (action.percentOff ?? 0) * 100));
      break;
    case "fixed_off_order":
      spread(all, Math.min(action.amountOff ?? 0, sumLeft(all)));
      break;
    case "fixed_off_unit":
      for (const i of matching) {
        lineDiscounts[i] = Math.min((action.amountOff ?? 0) * lines[i].quantity, left.lines[i]);
      }
      break;
    case "buy_x_get_y": {
      const group = (action.buyQuantity ?? 0) + (action.getQuantity ?? 0);
      const units = matching.reduce((sum, i) => sum + lines[i].quantity, 0);
      let free = group > 0 ? Math.floor(units / group) * (action.getQuantity ?? 0) : 0;
      // The cheapest units are free: the lines by what is left of one unit, lowest first.
      const perUnit = (i: number) => left.lines[i] / lines[i].quantity;
      const cheapestFirst = [...matching].sort((a, b) => perUnit(a) - perUnit(b) || a - b);
      for (const i of cheapestFirst) {
        if (free === 0) break;
        const units = Math.min(free, lines[i].quantity);
        lineDiscounts[i] = Math.floor((left.lines[i] * units) / lines[i].quantity);
        free -= units;
      }
      break;
    }
    case "free_shipping":
      shippingDiscount = left.shipping;
      break;
  }
  lineDiscounts.forEach((d, i) => (left.lines[i] -= d));
  left.shipping -= shippingDiscount;
  return { lineDiscounts, shippingDiscount };
}

/** Applies `stack` in the written-down order on a fresh cart; drops those that take nothing off. */
function applyStack<P extends RulePromotion>(
  stack: readonly P[],
  lines: readonly RuleLine[],
  shipping: number,
): AppliedPromotion<P>[] {
  const left: Remaining = { lines: lines.map((l) => l.unitPrice * l.quantity), shipping };
  const ordered = stack
    .map((promotion, position) => ({ promotion, position }))
    .sort(
      (a, b) =>
        ACTION_ORDER[a.promotion.action.type] - ACTION_ORDER[b.promotion.action.type] ||
        a.position - b.position,
    );
  return ordered.map(({ promotion }) => {
    const { lineDiscounts, shippingDiscount } = applyAction(promotion.action, lines, left);
    const discount = lineDiscounts.reduce((sum, d) => sum + d, 0);
    return { promotion, lineDiscounts, discount, shippingDiscount };
  });
}

const benefit = (applied: readonly AppliedPromotion[]) =>
  applied.reduce((sum, a) => sum + a.discount + a.shippingDiscount, 0);

/**
 * Applies the best option of `promotions` (given in creation order) to the cart. Availability
 * (status, dates, usage limits) is the caller's business; this looks at conditions and actions.
 */
export function applyPromotions<P extends RulePromotion>(
  promotions: readonly P[],
  lines: readonly RuleLine[],
  shippingRate: ShippingRate | null,
  cart: CartFacts,
): PromotionOutcome<P> {
  const subtotal = lines.reduce((sum, l) => sum + l.unitPrice * l.quantity, 0);
  const shipping = shippingPrice(subtotal, lines.length, shippingRate);
  const skipped: SkippedPromotion<P>[] = [];
  const eligible: P[] = [];
  for (const promotion of promotions) {
    const condition = unmetCondition(promotion, lines, cart);
    if (condition) skipped.push({ promotion, reason: "promotion_condition_not_met", condition });
    else eligible.push(promotion);
  }

  const combinable = eligible.filter((p) => p.combinable);
  const stack = applyStack(combinable, lines, shipping);
  const alone = eligible
    .filter((p) => !p.combinable)
    .map((p) => ({ promotion: p, option: applyStack([p], lines, shipping) }));
  let best = stack;
  for (const { option } of alone) if (benefit(option) > benefit(best)) best = option;

  const applied = best.filter((a) => a.discount + a.shippingDiscount > 0);
  for (const promotion of eligible) {
    if (applied.some((a) => a.promotion === promotion)) continue;
    // Would it have taken anything off in its own option (the stack, or alone)?
    const own = promotion.combinable
      ? stack.filter((a) => a.promotion === promotion)
      : (alone.find((a) => a.promotion === promotion)?.option ?? []);
    skipped.push(
      benefit(own) > 0
        ? { promotion, reason: "promotion_not_combinable" }
        : { promotion, reason: "promotion_condition_not_met", condition: "no_discount" },
    );
  }
  const lineDiscounts = lines.map((_, i) =>
    applied.reduce((sum, a) => sum + a.lineDiscounts[i], 0),
  );
  return {
    applied,
    skipped,
    lineDiscounts,
    discount: lineDiscounts.reduce((sum, d) => sum + d, 0),
    shippingDiscount: applied.reduce((sum, a) => sum + a.shippingDiscount, 0),
  };
}
