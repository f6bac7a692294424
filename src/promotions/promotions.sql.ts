// Promotions' parts of the cart's and checkout's statements: the candidate promotions read
// with the cart (no statement of their own), and the redemption as CTEs of the checkout's write
// statement (so limited promotions' counters are taken in the order's last statement, with the
// stock).

const PROMOTION_COLUMNS = `p.id, p.name, p.code, p.status, p.starts_at AS "startsAt", p.ends_at AS "endsAt",
  p.usage_limit AS "usageLimit", p.usage_limit_per_customer AS "usageLimitPerCustomer", p.used,
  p.currency, p.combinable, p.release_on_cancel AS "releaseOnCancel", p.conditions, p.action,
  p.created_at AS "createdAt", p.updated_at AS "updatedAt"`;

/**
 * A scalar subquery: as a json array, the automatic promotions running now (and not used up),
 * and every promotion whose code the customer's cart holds, whatever its state (the caller
 * says why one no longer applies). Oldest first: the order stacking ties are broken in. It
 * depends on the customer only, so in a statement of many rows it is computed once. Read it
 * with parseCandidatePromotions.
 */
export function candidatePromotionsJson(userId: string): string {
  return `(SELECT coalesce(json_agg(x ORDER BY x."createdAt", x.id), '[]') FROM (
    SELECT ${PROMOTION_COLUMNS}, (cp.cart_id IS NOT NULL) AS "appliedToCart"
    FROM promotions p
    LEFT JOIN (cart_promotions cp JOIN carts c ON c.id = cp.cart_id AND c.user_id = ${userId})
      ON cp.promotion_id = p.id
    WHERE cp.cart_id IS NOT NULL
       OR (p.code IS NULL AND p.status = 'active' AND p.starts_at <= now()
           AND (p.ends_at IS NULL OR p.ends_at > now())
           AND (p.usage_limit IS NULL OR p.used < p.usage_limit))) x)`;
}

/** Placeholders of the redemption CTEs. */
export interface RedemptionParams {
  orderId: string;
  userId: string;
  /** uuid[]: the applied promotions that have a usage_limit. */
  limitedIds: string;
  /** uuid[], int[], int[], int[]: per applied promotion, in one order. */
  promotionIds: string;
  discounts: string;
  shippingDiscounts: string;
  perCustomer: string;
}

/**
 * `claimed`: each limited promotion's counter taken by a conditional UPDATE (a promotion used
 * up meanwhile is simply not returned); `cleared`: the cart's entered codes removed;
 * `inserted`: a redemption row per promotion, in the customer's first free slot when the
 * promotion has a per-customer limit (no free slot: a NULL slot, reported back).
 */
export function redemptionCtes(p: RedemptionParams): string {
  return `claimed AS (
  UPDATE promotions SET used = used + 1
  WHERE id = ANY(${p.limitedIds}::uuid[]) AND status = 'active' AND used < usage_limit
  RETURNING id
), cleared AS (
  DELETE FROM cart_promotions cp USING carts c
  WHERE cp.cart_id = c.id AND c.user_id = ${p.userId}
), inserted AS (
  INSERT INTO promotion_redemptions
    (promotion_id, order_id, user_id, customer_slot, discount, shipping_discount)
  SELECT v.promotion_id, ${p.orderId}, ${p.userId}, slot.s, v.discount, v.shipping_discount
  FROM unnest(${p.promotionIds}::uuid[], ${p.discounts}::int[], ${p.shippingDiscounts}::int[],
              ${p.perCustomer}::int[])
    AS v(promotion_id, discount, shipping_discount, per_customer)
  LEFT JOIN LATERAL (
    SELECT s FROM generate_series(1, v.per_customer) s
    WHERE NOT EXISTS (
      SELECT 1 FROM promotion_redemptions r
      WHERE r.promotion_id = v.promotion_id AND r.user_id = ${p.userId}
        AND r.customer_slot = s AND r.released_at IS NULL)
    ORDER BY s LIMIT 1
  ) slot ON true
  RETURNING promotion_id, customer_slot
)`;
}

/** The result columns of the redemption CTEs, for the statement's final SELECT. */
export const REDEMPTION_RESULT_COLUMNS = `(SELECT array_agg(id) FROM claimed) AS claimed,
       (SELECT json_object_agg(promotion_id, customer_slot) FROM inserted) AS slots`;
