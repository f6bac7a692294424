import { Injectable } from "@nestjs/common";
import { TransactionHost } from "../../database/transaction-host";
import type { ShippingAddressSnapshot } from "../entities/order.entity";

/** A cart line as checkout reads it: the line (locked), its variant's live facts, what the customer already holds unpaid. */
export interface CheckoutLine {
  itemId: string;
  variantId: string;
  quantity: number;
  productId: string;
  productName: string;
  variantName: string;
  sku: string;
  price: number;
  purchasable: boolean;
  /** Units of this variant in the customer's unpaid orders. */
  unpaidUnits: number;
}

export interface CheckoutSnapshot {
  /** The transaction's timestamp: what `created_at` of every row written in it will be. */
  now: Date;
  /** The order number, taken from its sequence (never reused; gaps are fine). */
  number: string;
  shippingMethod: {
    code: string;
    name: string;
    price: number;
    freeOver: number | null;
  } | null;
  unpaidOrders: number;
  lines: CheckoutLine[];
}

export interface PlacedOrderRow {
  id: string;
  number: string;
  userId: string;
  currency: string;
  subtotal: number;
  shipping: number;
  tax: number;
  total: number;
  taxRateBps: number;
  shippingAddress: ShippingAddressSnapshot;
  shippingMethodCode: string;
  shippingMethodName: string;
}

export interface PlacedItemRow {
  id: string;
  variantId: string;
  productId: string;
  productName: string;
  variantName: string;
  sku: string;
  unitPrice: number;
  quantity: number;
  lineTotal: number;
}

export interface OutboxRow {
  topic: string;
  recipient: string;
  subject: string;
  body: string;
  payload: Record<string, unknown>;
}

interface SnapshotRow {
  now: Date;
  number: string;
  sm_code: string | null;
  sm_name: string | null;
  sm_price: number | null;
  sm_free_over: number | null;
  unpaid_orders: string;
  item_id: string | null;
  variant_id: string | null;
  quantity: number | null;
  product_id: string | null;
  product_name: string | null;
  variant_name: string | null;
  sku: string | null;
  price: number | null;
  purchasable: boolean | null;
  unpaid_units: string | null;
}

// The committed rendering of both statements is in checkout.sql beside this file.

/**
 * Reads everything checkout needs in one statement. The cart's lines are locked (FOR UPDATE OF
 * the lines only, never the stock rows): a second checkout of the same cart waits here and then
 * finds the lines gone. The variants' stock is not read; it is taken at the end.
 */
const READ_SQL = `
WITH meta AS (
  SELECT now() AS now, nextval('order_number_seq')::text AS number,
         sm.code AS sm_code, sm.name AS sm_name, sm.price AS sm_price, sm.free_over AS sm_free_over,
         (SELECT count(*) FROM orders o WHERE o.user_id = $1 AND o.status = 'pending_payment')
           AS unpaid_orders
  FROM (SELECT 1) AS one
  LEFT JOIN carts c ON c.user_id = $1
  LEFT JOIN shipping_methods sm ON sm.code = c.shipping_method_code AND sm.active
), lines AS (
  SELECT i.id AS item_id, i.variant_id, i.quantity, i.created_at AS added_at,
         v.product_id, p.name AS product_name, v.name AS variant_name, v.sku, v.price,
         (v.active AND p.status = 'active') AS purchasable
  FROM cart_items i
  JOIN carts c ON c.id = i.cart_id
  JOIN product_variants v ON v.id = i.variant_id
  JOIN products p ON p.id = v.product_id
  WHERE c.user_id = $1
  FOR UPDATE OF i
)
SELECT meta.*, lines.item_id, lines.variant_id, lines.quantity, lines.product_id,
       lines.product_name, lines.variant_name, lines.sku, lines.price, lines.purchasable,
       (SELECT coalesce(sum(oi.quantity), 0) FROM order_items oi
          JOIN orders o ON o.id = oi.order_id
         WHERE o.user_id = $1 AND o.status = 'pending_payment' AND oi.variant_id = lines.variant_id)
         AS unpaid_units
FROM meta LEFT JOIN lines ON true
ORDER BY lines.added_at, lines.item_id`;

/**
 * Writes the whole order in one statement: the order, its lines, its first history row, the
 * confirmation in the outbox, the ordered cart lines deleted (only those: a line added
 * meanwhile stays in the cart), and, last, the stock taken by conditional UPDATEs with their
 * ledger rows. A variant short of stock is simply not updated; the caller compares the count
 * and rolls the transaction back. Foreign keys are checked at the end of the statement.
 */
const WRITE_SQL = `
WITH ord AS (
  INSERT INTO orders (id, number, user_id, status, currency, subtotal, shipping, tax, total,
                      tax_rate_bps, shipping_address, shipping_method_code, shipping_method_name)
  VALUES ($1, $2, $3, 'pending_payment', $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12)
), lines AS (
  INSERT INTO order_items (id, order_id, variant_id, product_id, product_name, variant_name, sku,
                           unit_price, quantity, line_total)
  SELECT x.id, $1, x.variant_id, x.product_id, x.product_name, x.variant_name, x.sku,
         x.unit_price, x.quantity, x.line_total
  FROM jsonb_to_recordset($13::jsonb) AS x(id uuid, variant_id uuid, product_id uuid,
       product_name text, variant_name text, sku text, unit_price integer, quantity integer,
       line_total integer)
), history AS (
  INSERT INTO order_status_history (order_id, from_status, to_status, actor_id, note)
  VALUES ($1, NULL, 'pending_payment', $3, NULL)
), outbox AS (
  INSERT INTO outbox_messages (topic, recipient, subject, body, payload)
  VALUES ($14, $15, $16, $17, $18::jsonb)
), emptied AS (
  DELETE FROM cart_items WHERE id = ANY($19::uuid[])
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
SELECT coalesce(json_agg(t.id), '[]') AS taken, count(*) FILTER (WHERE t.stock = 0)::int AS sold_out
FROM taken t`;

@Injectable()
export class CheckoutRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** Locks the customer's cart lines and reads all checkout needs (one statement). */
  async lockAndRead(userId: string): Promise<CheckoutSnapshot> {
    const rows: SnapshotRow[] = await this.tx.manager.query(READ_SQL, [userId]);
    const head = rows[0];
    return {
      now: new Date(head.now),
      number: head.number,
      shippingMethod:
        head.sm_code !== null
          ? {
              code: head.sm_code,
              name: head.sm_name ?? head.sm_code,
              price: Number(head.sm_price),
              freeOver: head.sm_free_over === null ? null : Number(head.sm_free_over),
            }
          : null,
      unpaidOrders: Number(head.unpaid_orders),
      lines: rows.flatMap((r) =>
        r.item_id === null
          ? []
          : [
              {
                itemId: r.item_id,
                variantId: String(r.variant_id),
                quantity: Number(r.quantity),
                productId: String(r.product_id),
                productName: String(r.product_name),
                variantName: String(r.variant_name),
                sku: String(r.sku),
                price: Number(r.price),
                purchasable: Boolean(r.purchasable),
                unpaidUnits: Number(r.unpaid_units),
              },
            ],
      ),
    };
  }

  /**
   * Writes the order, its lines, history, outbox message, empties the ordered lines and takes
   * the stock (one statement). Returns the variants whose stock was taken (fewer than asked:
   * the others were short, and the caller must roll back) and how many sold out.
   */
  async writeOrder(input: {
    order: PlacedOrderRow;
    items: PlacedItemRow[];
    outbox: OutboxRow;
    cartItemIds: string[];
    stock: { variantId: string; quantity: number }[];
  }): Promise<{ taken: string[]; soldOut: number }> {
    const { order, items, outbox } = input;
    const rows: { taken: string[] | string; sold_out: number }[] = await this.tx.manager.query(
      WRITE_SQL,
      [
        order.id,
        order.number,
        order.userId,
        order.currency,
        order.subtotal,
        order.shipping,
        order.tax,
        order.total,
        order.taxRateBps,
        JSON.stringify(order.shippingAddress),
        order.shippingMethodCode,
        order.shippingMethodName,
        JSON.stringify(
          items.map((i) => ({
            id: i.id,
            variant_id: i.variantId,
            product_id: i.productId,
            product_name: i.productName,
            variant_name: i.variantName,
            sku: i.sku,
            unit_price: i.unitPrice,
            quantity: i.quantity,
            line_total: i.lineTotal,
          })),
        ),
        outbox.topic,
        outbox.recipient,
        outbox.subject,
        outbox.body,
        JSON.stringify(outbox.payload),
        input.cartItemIds,
        JSON.stringify(input.stock.map((s) => ({ variant_id: s.variantId, quantity: s.quantity }))),
      ],
    );
    const taken = rows[0].taken;
    return {
      taken: typeof taken === "string" ? (JSON.parse(taken) as string[]) : taken,
      soldOut: Number(rows[0].sold_out),
    };
  }
}
