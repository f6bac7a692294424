import { candidatePromotionsJson } from "../../promotions/promotions.sql";

// The cart's hot statements, kept apart so they read (and diff) on their own, and so
// bench/baselines can run exactly the same statements without the framework.

/**
 * The cart as shown, in one statement: the cart, its shipping method, its lines with their
 * variants' live facts, and the candidate promotions to price it with (computed once).
 */
export const CART_VIEW_SQL = `
SELECT c.id AS cart_id, c.user_id, ${candidatePromotionsJson("$1")} AS promotions,
       sm.code AS sm_code, sm.name AS sm_name, sm.price AS sm_price, sm.free_over AS sm_free_over,
       sm.estimated_days AS sm_estimated_days,
       i.id AS item_id, i.cart_id AS item_cart_id, i.variant_id, i.quantity,
       i.created_at AS item_created_at,
       v.product_id, p.category_id, p.name AS product_name, v.name AS variant_name, v.sku, v.price, v.currency,
       v.stock, (v.active AND p.status = 'active') AS purchasable
FROM carts c
LEFT JOIN shipping_methods sm ON sm.code = c.shipping_method_code AND sm.active
LEFT JOIN cart_items i ON i.cart_id = c.id
LEFT JOIN product_variants v ON v.id = i.variant_id
LEFT JOIN products p ON p.id = v.product_id
WHERE c.user_id = $1
ORDER BY i.created_at, i.id`;

/**
 * Adds to the cart in one statement (no transaction around it): creates the cart on first use
 * and locks its row (the upsert), checks the variant and the bounds, and inserts the line or
 * merges into it. Everything it refuses, it refuses by writing no line; the caller reads why
 * from the facts returned. Money sums are bigint so no total can overflow here.
 */
export const CART_ADD_SQL = `
WITH cart AS (
  INSERT INTO carts (user_id) VALUES ($1)
  ON CONFLICT ON CONSTRAINT uq_carts_user DO UPDATE SET updated_at = now()
  RETURNING id
), variant AS (
  SELECT v.id, v.stock, v.price, (v.active AND p.status = 'active') AS purchasable
  FROM product_variants v JOIN products p ON p.id = v.product_id
  WHERE v.id = $2
), current AS (
  SELECT count(*)::int AS lines,
         coalesce(sum(i.quantity) FILTER (WHERE i.variant_id = $2), 0)::int AS quantity,
         coalesce(sum(i.quantity::bigint * v.price) FILTER (WHERE i.variant_id <> $2), 0)
           AS other_subtotal
  FROM cart_items i JOIN product_variants v ON v.id = i.variant_id
  WHERE i.cart_id = (SELECT id FROM cart)
), added AS (
  INSERT INTO cart_items (cart_id, variant_id, quantity)
  SELECT cart.id, variant.id, $3::int FROM cart, variant, current
  WHERE variant.purchasable
    AND current.quantity + $3::int <= LEAST(variant.stock, $4::int)
    AND (current.quantity > 0 OR current.lines < $5::int)
    AND current.other_subtotal + (current.quantity + $3::int)::bigint * variant.price <= $6::bigint
  ON CONFLICT ON CONSTRAINT uq_cart_items_cart_variant
  DO UPDATE SET quantity = cart_items.quantity + EXCLUDED.quantity
  WHERE cart_items.quantity + EXCLUDED.quantity <= $4::int
  RETURNING id, (xmax = 0) AS inserted
)
SELECT (SELECT id FROM added) AS item_id, (SELECT inserted FROM added) AS inserted, variant.stock, variant.price, variant.purchasable,
       current.lines, current.quantity, current.other_subtotal::text AS other_subtotal
FROM (SELECT 1) AS one LEFT JOIN variant ON true CROSS JOIN current`;
