import { candidatePromotionsJson } from "../../promotions/promotions.sql";

// The cart's hot statements, kept apart so they read (and diff) on their own, and so
// bench/baselines can run exactly the same statements without the framework.

/** A variant's price in region `r`'s currency (`v`, `vp` joined as in CART_VIEW_SQL); NULL: none. */
export const PRICE_IN_REGION = `CASE WHEN v.currency = r.currency THEN v.price ELSE vp.amount END`;

/**
 * The rate of a tax category in region `r` for cart `c`'s country: the country's own rate when
 * there is one, else the region-wide one (subdivision rates need a state, which carts do not
 * have). NULL when the region has no rate for the category: the line is untaxed.
 */
export function rateOf(category: string, country = "c.country"): string {
  return `(SELECT tr.rate_bps FROM tax_rates tr
          WHERE tr.region_code = r.code AND tr.category_code = ${category}
            AND tr.country IN ('', coalesce(${country}, '')) AND tr.subdivision = ''
          ORDER BY tr.country DESC LIMIT 1)`;
}

/**
 * The cart as shown, in its region (the default region while none was chosen): each line's
 * price in the region's currency (the variant's own price when that is its currency, else its
 * `variant_prices` row; NULL: not sold in that currency), the rate of its product's tax
 * category (the cart's country's rate before the region-wide one; none: untaxed), and the chosen
 * shipping method's price there (NULL: not offered in the region). Regions add no statement:
 * the region, prices and rates are joined into the one read the cart already made, which also
 * carries the candidate promotions to price it with (computed once).
 */
export const CART_VIEW_SQL = `
SELECT c.id AS cart_id, c.user_id, c.country, ${candidatePromotionsJson("$1")} AS promotions,
       r.code AS region_code, r.currency AS region_currency, r.tax_inclusive,
       sm.code AS sm_code, sm.name AS sm_name,
       CASE WHEN r.is_default THEN sm.price ELSE smp.price END AS sm_price,
       CASE WHEN r.is_default THEN sm.free_over ELSE smp.free_over END AS sm_free_over,
       sm.estimated_days AS sm_estimated_days,
       ${rateOf("'shipping'")} AS shipping_rate_bps,
       i.id AS item_id, i.cart_id AS item_cart_id, i.variant_id, i.quantity,
       i.created_at AS item_created_at,
       v.product_id, p.category_id, p.name AS product_name, v.name AS variant_name, v.sku,
       ${PRICE_IN_REGION} AS price, r.currency,
       p.tax_category_code, ${rateOf("p.tax_category_code")} AS tax_rate_bps,
       v.stock, (v.active AND p.status = 'active') AS purchasable
FROM carts c
JOIN regions r ON r.code = coalesce(c.region_code, (SELECT d.code FROM regions d WHERE d.is_default))
LEFT JOIN shipping_methods sm ON sm.code = c.shipping_method_code AND sm.active
LEFT JOIN shipping_method_prices smp ON smp.method_code = sm.code AND smp.region_code = r.code
LEFT JOIN cart_items i ON i.cart_id = c.id
LEFT JOIN product_variants v ON v.id = i.variant_id
LEFT JOIN products p ON p.id = v.product_id
LEFT JOIN variant_prices vp ON vp.variant_id = v.id AND vp.currency = r.currency
WHERE c.user_id = $1
ORDER BY i.created_at, i.id`;

/**
 * Adds to the cart in one statement (no transaction around it): creates the cart on first use
 * and locks its row (the upsert), checks the variant and the bounds, and inserts the line or
 * merges into it, at the variant's price in the cart's region's currency (a variant with no price
 * there is refused). Everything it refuses, it refuses by writing no line; the caller reads why
 * from the facts returned. Money sums are bigint so no total can overflow here.
 */
export const CART_ADD_SQL = `
WITH cart AS (
  INSERT INTO carts (user_id) VALUES ($1)
  ON CONFLICT ON CONSTRAINT uq_carts_user DO UPDATE SET updated_at = now()
  RETURNING id, region_code
), r AS (
  SELECT r.code, r.currency FROM regions r, cart
  WHERE r.code = coalesce(cart.region_code, (SELECT d.code FROM regions d WHERE d.is_default))
), variant AS (
  SELECT v.id, v.stock, ${PRICE_IN_REGION} AS price, r.code AS region, r.currency,
         (v.active AND p.status = 'active') AS purchasable
  FROM product_variants v JOIN products p ON p.id = v.product_id CROSS JOIN r
  LEFT JOIN variant_prices vp ON vp.variant_id = v.id AND vp.currency = r.currency
  WHERE v.id = $2
), current AS (
  SELECT count(*)::int AS lines,
         coalesce(sum(i.quantity) FILTER (WHERE i.variant_id = $2), 0)::int AS quantity,
         coalesce(sum(i.quantity::bigint * coalesce(${PRICE_IN_REGION}, 0))
           FILTER (WHERE i.variant_id <> $2), 0) AS other_subtotal
  FROM cart_items i JOIN product_variants v ON v.id = i.variant_id CROSS JOIN r
  LEFT JOIN variant_prices vp ON vp.variant_id = v.id AND vp.currency = r.currency
  WHERE i.cart_id = (SELECT id FROM cart)
), added AS (
  INSERT INTO cart_items (cart_id, variant_id, quantity)
  SELECT cart.id, variant.id, $3::int FROM cart, variant, current
  WHERE variant.purchasable AND variant.price IS NOT NULL
    AND current.quantity + $3::int <= LEAST(variant.stock, $4::int)
    AND (current.quantity > 0 OR current.lines < $5::int)
    AND current.other_subtotal + (current.quantity + $3::int)::bigint * variant.price <= $6::bigint
  ON CONFLICT ON CONSTRAINT uq_cart_items_cart_variant
  DO UPDATE SET quantity = cart_items.quantity + EXCLUDED.quantity
  WHERE cart_items.quantity + EXCLUDED.quantity <= $4::int
  RETURNING id, (xmax = 0) AS inserted
)
SELECT (SELECT id FROM added) AS item_id, (SELECT inserted FROM added) AS inserted,
       variant.stock, variant.price, variant.region, variant.currency, variant.purchasable,
       current.lines, current.quantity, current.other_subtotal::text AS other_subtotal
FROM (SELECT 1) AS one LEFT JOIN variant ON true CROSS JOIN current`;
