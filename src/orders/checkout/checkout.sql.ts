import { saveResultSql } from "../../common/idempotency/idempotency.sql";
import {
  REDEMPTION_RESULT_COLUMNS,
  candidatePromotionsJson,
  redemptionCtes,
} from "../../promotions/promotions.sql";

// The checkout's two statements, kept apart so the hot SQL reads (and diffs) on its own, and
// so bench/baselines can run exactly the same statements without the framework.

import { PRICE_IN_REGION, rateOf } from "../cart/cart.sql";

/**
 * Reads everything checkout needs in one statement, the candidate promotions included. The
 * cart's lines are locked (FOR UPDATE OF
 * the lines only, never the stock rows): a second checkout of the same cart waits here and then
 * finds the lines gone. The variants' stock is not read; it is taken at the end.
 *
 * Regions add no statement: the cart's region, each line's price in its currency and tax rate
 * (for the shipping country, $2), and shipping's price and rate there are joined in, as in
 * CART_VIEW_SQL; `country_region` is the region of the shipping country, if any.
 */
export const CHECKOUT_READ_SQL = `
WITH meta AS (
  SELECT now() AS now, nextval('order_number_seq')::text AS number,
         r.code AS region_code, r.currency AS region_currency, r.tax_inclusive,
         (SELECT rc.region_code FROM region_countries rc WHERE rc.country = $2) AS country_region,
         sm.code AS sm_code, sm.name AS sm_name,
         CASE WHEN r.is_default THEN sm.price ELSE smp.price END AS sm_price,
         CASE WHEN r.is_default THEN sm.free_over ELSE smp.free_over END AS sm_free_over,
         ${rateOf("'shipping'", "$2::text")} AS shipping_rate_bps,
         (SELECT count(*) FROM orders o WHERE o.user_id = $1 AND o.status = 'pending_payment')
           AS unpaid_orders,
         ${candidatePromotionsJson("$1")} AS promotions
  FROM (SELECT 1) AS one
  LEFT JOIN carts c ON c.user_id = $1
  LEFT JOIN regions r
    ON r.code = coalesce(c.region_code, (SELECT d.code FROM regions d WHERE d.is_default))
  LEFT JOIN shipping_methods sm ON sm.code = c.shipping_method_code AND sm.active
  LEFT JOIN shipping_method_prices smp ON smp.method_code = sm.code AND smp.region_code = r.code
), lines AS (
  SELECT i.id AS item_id, i.variant_id, i.quantity, i.created_at AS added_at,
         v.product_id, p.category_id, p.name AS product_name, v.name AS variant_name, v.sku,
         ${PRICE_IN_REGION} AS price, p.tax_category_code,
         ${rateOf("p.tax_category_code", "$2::text")} AS tax_rate_bps,
         (v.active AND p.status = 'active') AS purchasable
  FROM cart_items i
  JOIN carts c ON c.id = i.cart_id
  JOIN product_variants v ON v.id = i.variant_id
  JOIN products p ON p.id = v.product_id
  JOIN regions r
    ON r.code = coalesce(c.region_code, (SELECT d.code FROM regions d WHERE d.is_default))
  LEFT JOIN variant_prices vp ON vp.variant_id = v.id AND vp.currency = r.currency
  WHERE c.user_id = $1
  FOR UPDATE OF i
)
SELECT meta.*, lines.item_id, lines.variant_id, lines.quantity, lines.product_id, lines.category_id,
       lines.product_name, lines.variant_name, lines.sku, lines.price, lines.purchasable,
       lines.tax_category_code, lines.tax_rate_bps,
       (SELECT coalesce(sum(oi.quantity), 0) FROM order_items oi
          JOIN orders o ON o.id = oi.order_id
         WHERE o.user_id = $1 AND o.status = 'pending_payment' AND oi.variant_id = lines.variant_id)
         AS unpaid_units
FROM meta LEFT JOIN lines ON true
ORDER BY lines.added_at, lines.item_id`;

/**
 * Writes the whole order in one statement, the transaction's last before COMMIT: the order,
 * its lines, its first history row, the confirmation in the outbox, the ordered cart lines
 * deleted (only those: a line added meanwhile stays in the cart), the promotions redeemed
 * (their counters, the cart's codes, a redemption row each: promotions.sql.ts), the request's
 * idempotency key with its response ($23-$30, all NULL when the caller writes no key), and the
 * stock taken by conditional UPDATEs with their ledger rows. So the hot rows (stock, limited
 * promotions' counters) stay locked from this statement to the commit only. The order's
 * discount ($21) and promotions snapshot ($22) and each line's discount come from
 * PromotionsService.priceCart; the region and tax snapshot ($36-$39, and each line's tax) from
 * common/money/tax.ts. A variant short of stock is simply not updated, a promotion used
 * up is not claimed, a key held by another attempt is not written; the caller compares and
 * rolls the transaction back. Foreign keys are checked at the end of the statement.
 */
export const CHECKOUT_WRITE_SQL = `
WITH ord AS (
  INSERT INTO orders (id, number, user_id, status, currency, subtotal, shipping, tax, total,
                      tax_rate_bps, shipping_address, shipping_method_code, shipping_method_name,
                      discount, promotions, region_code, tax_inclusive, shipping_tax, tax_lines)
  VALUES ($1, $2, $3, 'pending_payment', $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12,
          $21, $22::jsonb, $36, $37, $38, $39::jsonb)
), lines AS (
  INSERT INTO order_items (id, order_id, variant_id, product_id, product_name, variant_name, sku,
                           unit_price, quantity, line_total, discount, tax, tax_category,
                           tax_rate_bps)
  SELECT x.id, $1, x.variant_id, x.product_id, x.product_name, x.variant_name, x.sku,
         x.unit_price, x.quantity, x.line_total, coalesce(x.discount, 0), x.tax, x.tax_category,
         x.tax_rate_bps
  FROM jsonb_to_recordset($13::jsonb) AS x(id uuid, variant_id uuid, product_id uuid,
       product_name text, variant_name text, sku text, unit_price integer, quantity integer,
       line_total integer, discount integer, tax integer, tax_category text, tax_rate_bps integer)
), history AS (
  INSERT INTO order_status_history (order_id, from_status, to_status, actor_id, note)
  VALUES ($1, NULL, 'pending_payment', $3, NULL)
), outbox AS (
  INSERT INTO outbox_messages (topic, recipient, subject, body, payload)
  VALUES ($14, $15, $16, $17, $18::jsonb)
), emptied AS (
  DELETE FROM cart_items WHERE id = ANY($19::uuid[])
), ${redemptionCtes({
  orderId: "$1",
  userId: "$3",
  limitedIds: "$31",
  promotionIds: "$32",
  discounts: "$33",
  shippingDiscounts: "$34",
  perCustomer: "$35",
})}, keyed AS (
  ${saveResultSql({
    userId: "$3",
    method: "$23",
    route: "$24",
    key: "$25",
    requestHash: "$26",
    ttlSeconds: "$27",
    leaseSeconds: "$28",
    status: "$29",
    body: "$30",
  })}
), wanted AS (
  SELECT w.variant_id, w.quantity
  FROM jsonb_to_recordset($20::jsonb) AS w(variant_id uuid, quantity integer)
), taken AS (
  UPDATE product_variants v
  SET stock = v.stock - w.quantity, updated_at = now()
  FROM wanted w
  WHERE v.id = w.variant_id AND v.stock >= w.quantity AND v.active
  RETURNING v.id, v.stock, w.quantity
), ledger AS (
  INSERT INTO stock_movements (variant_id, delta, reason, reference, actor_id)
  SELECT t.id, -t.quantity, 'sale', $1, $3 FROM taken t
)
SELECT (SELECT coalesce(json_agg(t.id), '[]') FROM taken t) AS taken,
       (SELECT count(*) FROM taken t WHERE t.stock = 0)::int AS sold_out,
       (SELECT count(*) FROM keyed)::int AS key_saved,
       ${REDEMPTION_RESULT_COLUMNS}`;
