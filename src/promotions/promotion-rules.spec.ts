import { computeTotals, type ShippingRate } from "../common/money/money";
import {
  applyPromotions,
  type PromotionAction,
  type PromotionConditions,
  type RuleLine,
  type RulePromotion,
} from "./promotion-rules";

const NO_CONDITIONS: PromotionConditions = {
  minSubtotal: null,
  contains: null,
  signedIn: false,
  firstOrder: false,
};

function promo(
  id: string,
  action: Partial<PromotionAction> & Pick<PromotionAction, "type">,
  options: {
    combinable?: boolean;
    conditions?: Partial<PromotionConditions>;
    currency?: string | null;
  } = {},
): RulePromotion {
  return {
    id,
    currency: options.currency === undefined ? "EUR" : options.currency,
    combinable: options.combinable ?? true,
    conditions: { ...NO_CONDITIONS, ...options.conditions },
    action: {
      percentOff: null,
      amountOff: null,
      target: null,
      buyQuantity: null,
      getQuantity: null,
      ...action,
    },
  };
}

const target = (
  ids: Partial<{ productIds: string[]; variantIds: string[]; categoryIds: string[] }>,
) => ({
  productIds: ids.productIds ?? [],
  variantIds: ids.variantIds ?? [],
  categoryIds: ids.categoryIds ?? [],
});

function line(
  variantId: string,
  unitPrice: number,
  quantity: number,
  categoryId: string | null = null,
): RuleLine {
  return { variantId, productId: `p-${variantId}`, categoryId, unitPrice, quantity };
}

const SHIRT = line("shirt", 2000, 1, "clothes");
const SOCKS = line("socks", 500, 3, "clothes");
const MUG = line("mug", 1250, 2, "kitchen");
const PENNY = (id: string) => line(id, 1, 1);

const STANDARD: ShippingRate = { price: 500, freeOver: 5000 };
const EXPRESS: ShippingRate = { price: 1500, freeOver: null };
const CUSTOMER = { currency: "EUR", signedIn: true, firstOrder: true };
const RETURNING = { currency: "EUR", signedIn: true, firstOrder: false };

interface Expected {
  applied: string[];
  lineDiscounts: number[];
  shippingDiscount: number;
  totals: { subtotal: number; discount: number; shipping: number; tax: number; total: number };
  skipped?: Record<string, string>;
}

describe(applyPromotions.name, () => {
  const sut = applyPromotions;

  // cart lines, shipping rate, tax bps, promotions, customer, expected outcome and totals.
  const cases: [
    string,
    RuleLine[],
    ShippingRate | null,
    number,
    RulePromotion[],
    typeof CUSTOMER,
    Expected,
  ][] = [
    [
      "no promotions: totals as before",
      [SHIRT, SOCKS],
      STANDARD,
      1000,
      [],
      CUSTOMER,
      {
        applied: [],
        lineDiscounts: [0, 0],
        shippingDiscount: 0,
        totals: { subtotal: 3500, discount: 0, shipping: 500, tax: 400, total: 4400 },
      },
    ],
    [
      "10 % off the order, spread in proportion (2000:1500)",
      [SHIRT, SOCKS],
      STANDARD,
      1000,
      [promo("ten", { type: "percentage_off_order", percentOff: 10 })],
      CUSTOMER,
      {
        applied: ["ten"],
        lineDiscounts: [200, 150],
        shippingDiscount: 0,
        // tax on 3150 + 500 = 365
        totals: { subtotal: 3500, discount: 350, shipping: 500, tax: 365, total: 4015 },
      },
    ],
    [
      "percentage rounds half-up once: 15 % of 333 = 49.95 -> 50",
      [line("a", 111, 3)],
      null,
      0,
      [promo("fifteen", { type: "percentage_off_order", percentOff: 15 })],
      CUSTOMER,
      {
        applied: ["fifteen"],
        lineDiscounts: [50],
        shippingDiscount: 0,
        totals: { subtotal: 333, discount: 50, shipping: 0, tax: 0, total: 283 },
      },
    ],
    [
      "allocation edge: 2 off three 1-cent lines goes to the first two (largest remainder, ties first)",
      [PENNY("a"), PENNY("b"), PENNY("c")],
      null,
      0,
      [promo("two", { type: "fixed_off_order", amountOff: 2 })],
      CUSTOMER,
      {
        applied: ["two"],
        lineDiscounts: [1, 1, 0],
        shippingDiscount: 0,
        totals: { subtotal: 3, discount: 2, shipping: 0, tax: 0, total: 1 },
      },
    ],
    [
      "allocation edge: 1000 off 3 × 3333 + 1 × 1: the remainders decide, the sum is exact",
      [line("a", 3333, 1), line("b", 3333, 1), line("c", 3333, 1), PENNY("d")],
      null,
      0,
      [promo("k", { type: "fixed_off_order", amountOff: 1000 })],
      CUSTOMER,
      {
        applied: ["k"],
        // 1000 × 3333 / 10000 = 333.3 each (floor 333, remainder .3), d: 0.1 -> 0; 1 unit left -> a.
        lineDiscounts: [334, 333, 333, 0],
        shippingDiscount: 0,
        totals: { subtotal: 10000, discount: 1000, shipping: 0, tax: 0, total: 9000 },
      },
    ],
    [
      "fixed off the order never goes below zero",
      [SOCKS],
      null,
      2000,
      [promo("big", { type: "fixed_off_order", amountOff: 5000 })],
      CUSTOMER,
      {
        applied: ["big"],
        lineDiscounts: [1500],
        shippingDiscount: 0,
        totals: { subtotal: 1500, discount: 1500, shipping: 0, tax: 0, total: 0 },
      },
    ],
    [
      "percentage off matching items only (category clothes)",
      [SHIRT, MUG],
      EXPRESS,
      2000,
      [
        promo("clothes20", {
          type: "percentage_off_items",
          percentOff: 20,
          target: target({ categoryIds: ["clothes"] }),
        }),
      ],
      CUSTOMER,
      {
        applied: ["clothes20"],
        lineDiscounts: [400, 0],
        shippingDiscount: 0,
        // (4500 - 400 + 1500) × 20 % = 1120
        totals: { subtotal: 4500, discount: 400, shipping: 1500, tax: 1120, total: 6720 },
      },
    ],
    [
      "fixed off per matching unit, capped at the unit price",
      [SOCKS, MUG],
      null,
      0,
      [
        promo("unit", {
          type: "fixed_off_unit",
          amountOff: 600,
          target: target({ variantIds: ["socks"] }),
        }),
      ],
      CUSTOMER,
      {
        applied: ["unit"],
        lineDiscounts: [1500, 0],
        shippingDiscount: 0,
        totals: { subtotal: 4000, discount: 1500, shipping: 0, tax: 0, total: 2500 },
      },
    ],
    [
      "free shipping takes off the shipping price, taxed on what is left",
      [SHIRT],
      EXPRESS,
      1000,
      [promo("ship", { type: "free_shipping" })],
      CUSTOMER,
      {
        applied: ["ship"],
        lineDiscounts: [0],
        shippingDiscount: 1500,
        totals: { subtotal: 2000, discount: 0, shipping: 0, tax: 200, total: 2200 },
      },
    ],
    [
      "free shipping when shipping is already free takes nothing off: not applied",
      [line("big", 6000, 1)],
      STANDARD,
      0,
      [promo("ship", { type: "free_shipping" })],
      CUSTOMER,
      {
        applied: [],
        lineDiscounts: [0],
        shippingDiscount: 0,
        totals: { subtotal: 6000, discount: 0, shipping: 0, tax: 0, total: 6000 },
        skipped: { ship: "promotion_condition_not_met:no_discount" },
      },
    ],
    [
      "buy 2 get 1: of 5 matching units (3 socks at 500, 2 mugs at 1250) one sock is free",
      [SOCKS, MUG],
      null,
      0,
      [promo("b2g1", { type: "buy_x_get_y", buyQuantity: 2, getQuantity: 1 })],
      CUSTOMER,
      {
        applied: ["b2g1"],
        lineDiscounts: [500, 0],
        shippingDiscount: 0,
        totals: { subtotal: 4000, discount: 500, shipping: 0, tax: 0, total: 3500 },
      },
    ],
    [
      "buy 1 get 1 over two lines: the cheapest units are free (3 socks free of 6 units)",
      [SOCKS, line("hat", 800, 3)],
      null,
      0,
      [promo("b1g1", { type: "buy_x_get_y", buyQuantity: 1, getQuantity: 1 })],
      CUSTOMER,
      {
        applied: ["b1g1"],
        lineDiscounts: [1500, 0],
        shippingDiscount: 0,
        totals: { subtotal: 3900, discount: 1500, shipping: 0, tax: 0, total: 2400 },
      },
    ],
    [
      "buy 2 get 1 with too few matching units takes nothing off",
      [SHIRT, line("mug", 1250, 1, "kitchen")],
      null,
      0,
      [
        promo("b2g1", {
          type: "buy_x_get_y",
          buyQuantity: 2,
          getQuantity: 1,
          target: target({ categoryIds: ["kitchen"] }),
        }),
      ],
      CUSTOMER,
      {
        applied: [],
        lineDiscounts: [0, 0],
        shippingDiscount: 0,
        totals: { subtotal: 3250, discount: 0, shipping: 0, tax: 0, total: 3250 },
        skipped: { b2g1: "promotion_condition_not_met:no_discount" },
      },
    ],
    [
      "stacking: per-unit first, then 10 % of what is left, then 500 off, then free shipping",
      [SHIRT, SOCKS],
      EXPRESS,
      0,
      [
        promo("order500", { type: "fixed_off_order", amountOff: 500 }),
        promo("ten", { type: "percentage_off_order", percentOff: 10 }),
        promo("ship", { type: "free_shipping" }),
        promo("sock100", {
          type: "fixed_off_unit",
          amountOff: 100,
          target: target({ variantIds: ["socks"] }),
        }),
      ],
      CUSTOMER,
      {
        applied: ["sock100", "ten", "order500", "ship"],
        // sock100: [0, 300] -> left 2000/1200; ten: 320 -> [200, 120] -> left 1800/1080;
        // order500 over 1800:1080 -> 312.5 / 187.5 -> [313, 187] (tie on .5 goes first).
        lineDiscounts: [513, 607],
        shippingDiscount: 1500,
        totals: { subtotal: 3500, discount: 1120, shipping: 0, tax: 0, total: 2380 },
      },
    ],
    [
      "non-combinable: the better single one beats a weaker stack",
      [SHIRT, SOCKS],
      null,
      0,
      [
        promo("five", { type: "percentage_off_order", percentOff: 5 }),
        promo("unit50", { type: "fixed_off_unit", amountOff: 50 }),
        promo("solo30", { type: "percentage_off_order", percentOff: 30 }, { combinable: false }),
      ],
      CUSTOMER,
      {
        applied: ["solo30"],
        lineDiscounts: [600, 450],
        shippingDiscount: 0,
        totals: { subtotal: 3500, discount: 1050, shipping: 0, tax: 0, total: 2450 },
        skipped: { five: "promotion_not_combinable", unit50: "promotion_not_combinable" },
      },
    ],
    [
      "non-combinable: a stronger stack beats it; at most one non-combinable ever applies",
      [SHIRT, SOCKS],
      null,
      0,
      [
        promo("twenty", { type: "percentage_off_order", percentOff: 20 }),
        promo("off500", { type: "fixed_off_order", amountOff: 500 }),
        promo("soloA", { type: "percentage_off_order", percentOff: 25 }, { combinable: false }),
        promo("soloB", { type: "fixed_off_order", amountOff: 900 }, { combinable: false }),
      ],
      CUSTOMER,
      {
        applied: ["twenty", "off500"],
        // twenty: 700 -> [400, 300]; off500 over 1600:1200 -> [286, 214] (285.71 / 214.29)
        lineDiscounts: [686, 514],
        shippingDiscount: 0,
        totals: { subtotal: 3500, discount: 1200, shipping: 0, tax: 0, total: 2300 },
        skipped: { soloA: "promotion_not_combinable", soloB: "promotion_not_combinable" },
      },
    ],
    [
      "conditions: minimum subtotal looks at the subtotal before discounts",
      [SHIRT],
      null,
      0,
      [
        promo(
          "min2000",
          { type: "fixed_off_order", amountOff: 1500 },
          { conditions: { minSubtotal: 2000 } },
        ),
        promo(
          "min2001",
          { type: "fixed_off_order", amountOff: 100 },
          { conditions: { minSubtotal: 2001 } },
        ),
      ],
      CUSTOMER,
      {
        applied: ["min2000"],
        lineDiscounts: [1500],
        shippingDiscount: 0,
        totals: { subtotal: 2000, discount: 1500, shipping: 0, tax: 0, total: 500 },
        skipped: { min2001: "promotion_condition_not_met:min_subtotal" },
      },
    ],
    [
      "conditions: contains at least 3 clothes units; first order; a returning customer gets neither first-order deal",
      [SHIRT, line("socks", 500, 2, "clothes")],
      null,
      0,
      [
        promo(
          "three",
          { type: "fixed_off_order", amountOff: 100 },
          {
            conditions: { contains: { ...target({ categoryIds: ["clothes"] }), minQuantity: 3 } },
          },
        ),
        promo(
          "two",
          { type: "fixed_off_order", amountOff: 100 },
          {
            conditions: { contains: { ...target({ productIds: ["p-socks"] }), minQuantity: 2 } },
          },
        ),
        promo(
          "first",
          { type: "fixed_off_order", amountOff: 100 },
          { conditions: { firstOrder: true } },
        ),
      ],
      RETURNING,
      {
        applied: ["three", "two"],
        lineDiscounts: [134, 66],
        shippingDiscount: 0,
        totals: { subtotal: 3000, discount: 200, shipping: 0, tax: 0, total: 2800 },
        skipped: { first: "promotion_condition_not_met:first_order" },
      },
    ],
    [
      "conditions: signed in",
      [SHIRT],
      null,
      0,
      [
        promo(
          "members",
          { type: "fixed_off_order", amountOff: 100 },
          { conditions: { signedIn: true } },
        ),
      ],
      { currency: "EUR", signedIn: false, firstOrder: true },
      {
        applied: [],
        lineDiscounts: [0],
        shippingDiscount: 0,
        totals: { subtotal: 2000, discount: 0, shipping: 0, tax: 0, total: 2000 },
        skipped: { members: "promotion_condition_not_met:signed_in" },
      },
    ],
    [
      "currency: amounts in EUR do not apply to a GBP cart; a percentage without a currency does, in any",
      [SHIRT, SOCKS],
      null,
      0,
      [
        promo("eur-fixed", { type: "fixed_off_order", amountOff: 500 }),
        promo(
          "eur-minimum",
          { type: "percentage_off_order", percentOff: 50 },
          { conditions: { minSubtotal: 100 } },
        ),
        promo("any-ten", { type: "percentage_off_order", percentOff: 10 }, { currency: null }),
      ],
      { ...CUSTOMER, currency: "GBP" },
      {
        applied: ["any-ten"],
        lineDiscounts: [200, 150],
        shippingDiscount: 0,
        totals: { subtotal: 3500, discount: 350, shipping: 0, tax: 0, total: 3150 },
        skipped: {
          "eur-fixed": "promotion_condition_not_met:currency",
          "eur-minimum": "promotion_condition_not_met:currency",
        },
      },
    ],
    [
      "currency: the same promotions on a EUR cart all apply",
      [SHIRT, SOCKS],
      null,
      0,
      [
        promo("eur-fixed", { type: "fixed_off_order", amountOff: 500 }),
        promo("any-ten", { type: "percentage_off_order", percentOff: 10 }, { currency: null }),
      ],
      CUSTOMER,
      {
        applied: ["any-ten", "eur-fixed"],
        lineDiscounts: [486, 364],
        shippingDiscount: 0,
        totals: { subtotal: 3500, discount: 850, shipping: 0, tax: 0, total: 2650 },
      },
    ],
    [
      "tax is rounded once on the discounted amount: (999 - 100 + 300) × 8.25 % = 98.9175 -> 99",
      [line("a", 333, 3)],
      { price: 300, freeOver: null },
      825,
      [promo("hundred", { type: "fixed_off_order", amountOff: 100 })],
      CUSTOMER,
      {
        applied: ["hundred"],
        lineDiscounts: [100],
        shippingDiscount: 0,
        totals: { subtotal: 999, discount: 100, shipping: 300, tax: 99, total: 1298 },
      },
    ],
  ];

  it.each(cases)("%s", async (_title, lines, rate, bps, promotions, customer, expected) => {
    const outcome = sut(promotions, lines, rate, customer);
    const totals = computeTotals(lines, rate, bps, {
      lines: outcome.lineDiscounts,
      shipping: outcome.shippingDiscount,
    });
    const skipped = Object.fromEntries(
      outcome.skipped.map((s) => [
        s.promotion.id,
        s.condition ? `${s.reason}:${s.condition}` : s.reason,
      ]),
    );
    await expect(
      Promise.resolve({
        applied: outcome.applied.map((a) => a.promotion.id),
        lineDiscounts: outcome.lineDiscounts,
        shippingDiscount: outcome.shippingDiscount,
        totals,
        skipped,
      }),
    ).resolves.toEqual({ skipped: {}, ...expected });
    // The promotions' own line discounts always sum to the order's.
    for (const a of outcome.applied) {
      expect(a.lineDiscounts.reduce((s, d) => s + d, 0)).toBe(a.discount);
    }
  });
});
