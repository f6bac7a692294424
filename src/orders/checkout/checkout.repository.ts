import { Injectable } from "@nestjs/common";
import { TransactionHost } from "../../database/transaction-host";
import type { SavedKeyValues } from "../../common/idempotency/pending-key";
import {
  CandidatePromotion,
  NewRedemption,
  RedeemResult,
  parseCandidatePromotions,
  readRedeemResult,
} from "../../promotions/promotions.repository";
import { CHECKOUT_READ_SQL, CHECKOUT_WRITE_SQL } from "./checkout.sql";
import type { TaxLine } from "../../common/money/tax";
import type { OrderPromotionSnapshot, ShippingAddressSnapshot } from "../entities/order.entity";

/** A cart line as checkout reads it: the line (locked), its variant's live facts, what the customer already holds unpaid. */
export interface CheckoutLine {
  itemId: string;
  variantId: string;
  quantity: number;
  productId: string;
  /** The product's category (promotions target categories). */
  categoryId: string | null;
  productName: string;
  variantName: string;
  sku: string;
  /** In the region's currency; null when the variant has no price in it. */
  price: number | null;
  purchasable: boolean;
  taxCategory: string;
  /** The category's rate in the region for the shipping country (0: none there). */
  taxRateBps: number;
  /** Units of this variant in the customer's unpaid orders. */
  unpaidUnits: number;
}

export interface CheckoutSnapshot {
  /** The transaction's timestamp: what `created_at` of every row written in it will be. */
  now: Date;
  /** The order number, taken from its sequence (never reused; gaps are fine). */
  number: string;
  region: { code: string; currency: string; taxInclusive: boolean };
  /** The region of the shipping country; null when it belongs to none. */
  countryRegion: string | null;
  shippingRateBps: number;
  /** Null when none is chosen, or it is inactive or not offered in the region. */
  shippingMethod: {
    code: string;
    name: string;
    price: number;
    freeOver: number | null;
  } | null;
  unpaidOrders: number;
  lines: CheckoutLine[];
  /** The promotions that may apply (read with the cart, not locked). */
  promotions: CandidatePromotion[];
}

export interface PlacedOrderRow {
  id: string;
  number: string;
  userId: string;
  currency: string;
  subtotal: number;
  discount: number;
  shipping: number;
  tax: number;
  total: number;
  taxRateBps: number;
  shippingAddress: ShippingAddressSnapshot;
  shippingMethodCode: string;
  shippingMethodName: string;
  promotions: OrderPromotionSnapshot[];
  regionCode: string | null;
  taxInclusive: boolean;
  shippingTax: number | null;
  taxLines: TaxLine[];
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
  discount: number;
  tax: number | null;
  taxCategory: string | null;
  taxRateBps: number | null;
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
  region_code: string;
  region_currency: string;
  tax_inclusive: boolean;
  country_region: string | null;
  shipping_rate_bps: number | null;
  sm_code: string | null;
  sm_name: string | null;
  sm_price: number | null;
  sm_free_over: number | null;
  unpaid_orders: string;
  promotions: unknown;
  item_id: string | null;
  variant_id: string | null;
  quantity: number | null;
  product_id: string | null;
  category_id: string | null;
  product_name: string | null;
  variant_name: string | null;
  sku: string | null;
  price: number | null;
  purchasable: boolean | null;
  tax_category_code: string | null;
  tax_rate_bps: number | null;
  unpaid_units: string | null;
}

@Injectable()
export class CheckoutRepository {
  constructor(private readonly tx: TransactionHost) {}

  /**
   * Locks the customer's cart lines and reads all checkout needs, tax rates for the shipping
   * country (one statement).
   */
  async lockAndRead(userId: string, country: string): Promise<CheckoutSnapshot> {
    const rows: SnapshotRow[] = await this.tx.manager.query(CHECKOUT_READ_SQL, [userId, country]);
    const head = rows[0];
    return {
      now: new Date(head.now),
      number: head.number,
      region: {
        code: head.region_code,
        currency: head.region_currency,
        taxInclusive: Boolean(head.tax_inclusive),
      },
      countryRegion: head.country_region,
      shippingRateBps: Number(head.shipping_rate_bps ?? 0),
      shippingMethod:
        head.sm_code !== null && head.sm_price !== null
          ? {
              code: head.sm_code,
              name: head.sm_name ?? head.sm_code,
              price: Number(head.sm_price),
              freeOver: head.sm_free_over === null ? null : Number(head.sm_free_over),
            }
          : null,
      unpaidOrders: Number(head.unpaid_orders),
      promotions: parseCandidatePromotions(head.promotions),
      lines: rows.flatMap((r) =>
        r.item_id === null
          ? []
          : [
              {
                itemId: r.item_id,
                variantId: String(r.variant_id),
                quantity: Number(r.quantity),
                productId: String(r.product_id),
                categoryId: r.category_id,
                productName: String(r.product_name),
                variantName: String(r.variant_name),
                sku: String(r.sku),
                price: r.price === null ? null : Number(r.price),
                purchasable: Boolean(r.purchasable),
                taxCategory: String(r.tax_category_code),
                taxRateBps: Number(r.tax_rate_bps ?? 0),
                unpaidUnits: Number(r.unpaid_units),
              },
            ],
      ),
    };
  }

  /**
   * Writes the order, its lines, history, outbox message, its redemptions and idempotency key
   * (when given), empties the ordered lines and takes the stock (one statement). Returns the
   * variants whose stock was taken (fewer than asked: the others were short, and the caller
   * must roll back), how many sold out, whether the key was written and what the redemption
   * reported.
   */
  async writeOrder(input: {
    order: PlacedOrderRow;
    items: PlacedItemRow[];
    outbox: OutboxRow;
    cartItemIds: string[];
    stock: { variantId: string; quantity: number }[];
    redemptions: NewRedemption[];
    idempotencyKey: SavedKeyValues | null;
  }): Promise<WrittenOrder> {
    const { order, items, outbox, redemptions } = input;
    const rows: WrittenRow[] = await this.tx.manager.query(CHECKOUT_WRITE_SQL, [
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
          discount: i.discount,
          tax: i.tax,
          tax_category: i.taxCategory,
          tax_rate_bps: i.taxRateBps,
        })),
      ),
      outbox.topic,
      outbox.recipient,
      outbox.subject,
      outbox.body,
      JSON.stringify(outbox.payload),
      input.cartItemIds,
      JSON.stringify(input.stock.map((s) => ({ variant_id: s.variantId, quantity: s.quantity }))),
      order.discount,
      JSON.stringify(order.promotions),
      ...(input.idempotencyKey ?? NO_KEY),
      redemptions.filter((r) => r.limited).map((r) => r.promotionId),
      redemptions.map((r) => r.promotionId),
      redemptions.map((r) => r.discount),
      redemptions.map((r) => r.shippingDiscount),
      redemptions.map((r) => r.perCustomer),
      order.regionCode,
      order.taxInclusive,
      order.shippingTax,
      JSON.stringify(order.taxLines),
    ]);
    const [row] = rows;
    return {
      taken: typeof row.taken === "string" ? (JSON.parse(row.taken) as string[]) : row.taken,
      soldOut: Number(row.sold_out),
      keySaved: Number(row.key_saved) > 0,
      redeemed: readRedeemResult(redemptions, row.claimed, row.slots),
    };
  }
}

/** The key's eight parameters when the caller writes no key: the key CTE then writes nothing. */
const NO_KEY: null[] = Array<null>(8).fill(null);

interface WrittenRow {
  taken: string[] | string;
  sold_out: number;
  key_saved: number;
  claimed: string[] | null;
  slots: Record<string, number | null> | null;
}

export interface WrittenOrder {
  taken: string[];
  soldOut: number;
  /** Whether the idempotency key given was written (false: another attempt holds it). */
  keySaved: boolean;
  redeemed: RedeemResult;
}
