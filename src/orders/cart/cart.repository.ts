import { Injectable } from "@nestjs/common";
import { TransactionHost } from "../../database/transaction-host";
import {
  CandidatePromotion,
  parseCandidatePromotions,
} from "../../promotions/promotions.repository";
import { CART_ADD_SQL, CART_VIEW_SQL } from "./cart.sql";
import type { CartVariant } from "../../products/catalog/variant-lookup.service";
import { ShippingMethodEntity } from "../shipping/entities/shipping-method.entity";
import { CartItemEntity } from "./entities/cart-item.entity";
import { CartEntity } from "./entities/cart.entity";

/** The cart's region as its view reads it. */
export interface CartRegion {
  code: string;
  currency: string;
  taxInclusive: boolean;
}

/** A cart line with its variant's live facts in the cart's region. */
export interface CartViewLine {
  item: CartItemEntity;
  /** `price` and `currency` are the region's (price 0 when `priced` is false). */
  variant: CartVariant;
  /** The variant has a price in the region's currency. */
  priced: boolean;
  taxCategory: string;
  /** The category's rate in the region for the cart's country (0: no rate there). */
  rateBps: number;
}

/** The cart as shown: its region, shipping method (priced there) and lines. */
export interface CartView {
  cartId: string;
  userId: string;
  region: CartRegion;
  country: string | null;
  /** Null when none is chosen, or the chosen one is inactive or not offered in the region. */
  shippingMethod: ShippingMethodEntity | null;
  shippingRateBps: number;
  lines: CartViewLine[];
  /** The promotions that may apply, read with the cart. */
  promotions: CandidatePromotion[];
}

/** What adding to the cart found; `itemId` is null when the line was refused. */
export interface AddOutcome {
  itemId: string | null;
  /** A new line (not a merge into an existing one). */
  inserted: boolean;
  /** `price` in the cart's region's currency; null when the variant has none there. */
  variant: {
    stock: number;
    price: number | null;
    region: string;
    currency: string;
    purchasable: boolean;
  } | null;
  /** Lines in the cart and units of this variant already in it, before the add. */
  lines: number;
  quantity: number;
  /** Subtotal of the cart's other lines (minor units). */
  otherSubtotal: number;
}

export interface CartBounds {
  maxLineQuantity: number;
  maxLines: number;
  maxSubtotal: number;
}

interface ViewRow {
  cart_id: string;
  user_id: string;
  promotions: unknown;
  country: string | null;
  region_code: string;
  region_currency: string;
  tax_inclusive: boolean;
  shipping_rate_bps: number | null;
  tax_category_code: string;
  tax_rate_bps: number | null;
  sm_code: string | null;
  sm_name: string | null;
  sm_price: number | null;
  sm_free_over: number | null;
  sm_estimated_days: number | null;
  item_id: string | null;
  item_cart_id: string;
  variant_id: string;
  quantity: number;
  item_created_at: Date;
  product_id: string | null;
  category_id: string | null;
  product_name: string;
  variant_name: string;
  sku: string;
  price: number | null;
  currency: string;
  stock: number;
  purchasable: boolean;
}

@Injectable()
export class CartRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get carts() {
    return this.tx.manager.getRepository(CartEntity);
  }

  private get items() {
    return this.tx.manager.getRepository(CartItemEntity);
  }

  /** The user's cart as shown, in one query; null when the user has no cart yet. */
  async findView(userId: string): Promise<CartView | null> {
    const rows: ViewRow[] = await this.tx.manager.query(CART_VIEW_SQL, [userId]);
    if (rows.length === 0) return null;
    const head = rows[0];
    const shippingMethod =
      head.sm_code === null || head.sm_price === null
        ? null
        : Object.assign(new ShippingMethodEntity(), {
            code: head.sm_code,
            name: head.sm_name,
            price: Number(head.sm_price),
            freeOver: head.sm_free_over === null ? null : Number(head.sm_free_over),
            estimatedDays: Number(head.sm_estimated_days),
            active: true,
          });
    return {
      cartId: head.cart_id,
      userId: head.user_id,
      region: {
        code: head.region_code,
        currency: head.region_currency,
        taxInclusive: Boolean(head.tax_inclusive),
      },
      country: head.country,
      shippingMethod,
      shippingRateBps: Number(head.shipping_rate_bps ?? 0),
      promotions: parseCandidatePromotions(head.promotions),
      // A line's variant can only vanish with a hard delete, which also deletes the line.
      lines: rows.flatMap((r) =>
        r.item_id === null || r.product_id === null
          ? []
          : [
              {
                item: Object.assign(new CartItemEntity(), {
                  id: r.item_id,
                  cartId: r.item_cart_id,
                  variantId: r.variant_id,
                  quantity: Number(r.quantity),
                  createdAt: new Date(r.item_created_at),
                }),
                variant: {
                  variantId: r.variant_id,
                  productId: r.product_id,
                  categoryId: r.category_id,
                  productName: r.product_name,
                  variantName: r.variant_name,
                  sku: r.sku,
                  price: Number(r.price ?? 0),
                  currency: r.currency,
                  stock: Number(r.stock),
                  purchasable: Boolean(r.purchasable),
                },
                priced: r.price !== null,
                taxCategory: r.tax_category_code,
                rateBps: Number(r.tax_rate_bps ?? 0),
              },
            ],
      ),
    };
  }

  /** Adds `quantity` of a variant to the user's cart within the bounds (one statement). */
  async addOrMerge(
    userId: string,
    variantId: string,
    quantity: number,
    bounds: CartBounds,
  ): Promise<AddOutcome> {
    const rows: {
      item_id: string | null;
      inserted: boolean | null;
      stock: number | null;
      price: number | null;
      region: string | null;
      currency: string | null;
      purchasable: boolean | null;
      lines: number;
      quantity: number;
      other_subtotal: string;
    }[] = await this.tx.manager.query(CART_ADD_SQL, [
      userId,
      variantId,
      quantity,
      bounds.maxLineQuantity,
      bounds.maxLines,
      bounds.maxSubtotal,
    ]);
    const row = rows[0];
    return {
      itemId: row.item_id,
      inserted: row.inserted === true,
      variant:
        row.stock === null
          ? null
          : {
              stock: Number(row.stock),
              price: row.price === null ? null : Number(row.price),
              region: String(row.region),
              currency: String(row.currency),
              purchasable: Boolean(row.purchasable),
            },
      lines: Number(row.lines),
      quantity: Number(row.quantity),
      otherSubtotal: Number(row.other_subtotal),
    };
  }

  /** The user's cart, created on first use (one per user: a unique constraint). */
  async ensureForUser(userId: string): Promise<CartEntity> {
    const existing = await this.carts.findOne({ where: { userId } });
    if (existing) return existing;
    await this.insertIfMissing(userId);
    return this.carts.findOneOrFail({ where: { userId } });
  }

  /**
   * Locks the user's cart row (creating the cart on first use): cart edits and checkouts of
   * one user run one at a time. One round trip when the cart exists, as it nearly always does.
   */
  async lockForUser(userId: string): Promise<CartEntity> {
    const existing = await this.findForUpdate(userId);
    if (existing) return existing;
    await this.insertIfMissing(userId);
    const created = await this.findForUpdate(userId);
    if (!created) throw new Error("The cart just created is missing");
    return created;
  }

  /** Creates the user's cart; a concurrent creation of the same cart is not an error. */
  private async insertIfMissing(userId: string): Promise<void> {
    await this.carts
      .createQueryBuilder()
      .insert()
      .into(CartEntity)
      .values({ userId })
      .orIgnore()
      .execute();
  }

  private findForUpdate(userId: string): Promise<CartEntity | null> {
    return this.carts
      .createQueryBuilder("c")
      .setLock("pessimistic_write")
      .where("c.user_id = :userId", { userId })
      .getOne();
  }

  findItems(cartId: string): Promise<CartItemEntity[]> {
    return this.items.find({ where: { cartId }, order: { createdAt: "ASC", id: "ASC" } });
  }

  findItem(cartId: string, itemId: string): Promise<CartItemEntity | null> {
    return this.items.findOne({ where: { cartId, id: itemId } });
  }

  async setItemQuantity(itemId: string, quantity: number): Promise<void> {
    await this.items.update({ id: itemId }, { quantity });
  }

  async deleteItem(itemId: string): Promise<void> {
    await this.items.delete({ id: itemId });
  }

  async deleteAllItems(cartId: string): Promise<void> {
    await this.items.delete({ cartId });
  }

  /** Erasure: the cart goes with its lines and codes (cascade). */
  async deleteForUser(userId: string): Promise<void> {
    await this.carts.delete({ userId });
  }

  async setShippingMethod(cartId: string, code: string | null): Promise<void> {
    await this.carts.update({ id: cartId }, { shippingMethodCode: code });
  }

  /** Puts the cart in a region (null: the default one) for a shipping country (or none). */
  async setRegion(
    cartId: string,
    regionCode: string | null,
    country: string | null,
  ): Promise<void> {
    await this.carts.update({ id: cartId }, { regionCode, country });
  }

  /** The region a country belongs to, if any. */
  async findRegionOfCountry(country: string): Promise<string | null> {
    const rows: { region_code: string }[] = await this.tx.manager.query(
      `SELECT region_code FROM region_countries WHERE country = $1`,
      [country],
    );
    return rows[0]?.region_code ?? null;
  }

  async regionExists(code: string): Promise<boolean> {
    const rows: unknown[] = await this.tx.manager.query(`SELECT 1 FROM regions WHERE code = $1`, [
      code,
    ]);
    return rows.length > 0;
  }
}
