import { Inject, Injectable } from "@nestjs/common";
import { NotFoundError, ValidationFailedError } from "../../common/errors/domain-error";
import { MAX_TOTAL_MINOR_UNITS } from "../../common/money/money";
import type { AppConfig } from "../../config/app-config";
import { APP_CONFIG } from "../../config/config.module";
import { TransactionHost } from "../../database/transaction-host";
import { CartVariant, VariantLookupService } from "../../products/catalog/variant-lookup.service";
import { InsufficientStockError } from "../../products/inventory/inventory.errors";
import {
  CartPricing,
  PromotionCartLine,
  PromotionsService,
} from "../../promotions/promotions.service";
import { ShippingMethodsService, toShippingMethodDto } from "../shipping/shipping-methods.service";
import {
  CartLineLimitError,
  ShippingMethodNotOfferedError,
  TotalTooLargeError,
  VariantNotSoldInRegionError,
} from "./cart.errors";
import { CartRepository, CartView, CartViewLine } from "./cart.repository";
import { CartItemDto, MAX_CART_LINES, MAX_LINE_QUANTITY, SetCartRegionDto } from "./dto/cart.dto";
import { CartDto, CartWithRegionChangesDto } from "./dto/cart-response";
import { CartEntity } from "./entities/cart.entity";
import { CartItemEntity } from "./entities/cart-item.entity";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A cart line joined with the live catalog facts of its variant. */
export interface PricedCartLine {
  item: CartItemEntity;
  variant: CartVariant;
}

/**
 * The signed-in customer's cart. Lines store only variant and quantity; prices, names and
 * availability are read live from the catalog every time the cart is shown.
 */
@Injectable()
export class CartService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tx: TransactionHost,
    private readonly carts: CartRepository,
    private readonly variants: VariantLookupService,
    private readonly shippingMethods: ShippingMethodsService,
    private readonly promotions: PromotionsService,
  ) {}

  async getCart(userId: string): Promise<CartDto> {
    const existing = await this.carts.findView(userId);
    if (existing) return this.toDto(existing);
    return this.tx.run(async () => {
      await this.carts.ensureForUser(userId);
      return this.view(userId);
    });
  }

  /**
   * Applies a promotion code: 404 `promotion_not_found` (unknown or not running), 409 with the
   * precise reason when it does not apply to this cart (the code is then not kept).
   */
  async applyPromotionCode(userId: string, code: string): Promise<CartDto> {
    return this.tx.run(async () => {
      const cart = await this.carts.lockForUser(userId);
      const promotionId = await this.promotions.addCode(cart.id, code);
      const { dto, pricing } = await this.price(await this.findView(userId));
      this.promotions.assertCodeApplies(pricing, promotionId);
      return dto;
    });
  }

  async removePromotionCode(userId: string, code: string): Promise<CartDto> {
    return this.tx.run(async () => {
      const cart = await this.carts.lockForUser(userId);
      await this.promotions.removeCode(cart.id, code);
      return this.view(userId);
    });
  }

  /**
   * Adds `quantity` of a purchasable variant (merging with its line): one write statement and
   * one read of the cart. 404 unknown/inactive; 409 over stock, beyond MAX_CART_LINES lines or a
   * subtotal past what a total may hold; 400 past MAX_LINE_QUANTITY units in the line.
   */
  async addItem(userId: string, variantId: string, quantity: number): Promise<CartDto> {
    if (!UUID.test(variantId)) throw new NotFoundError("Variant", "variant_not_found");
    const added = await this.carts.addOrMerge(userId, variantId, quantity, {
      maxLineQuantity: MAX_LINE_QUANTITY,
      maxLines: MAX_CART_LINES,
      maxSubtotal: MAX_TOTAL_MINOR_UNITS,
    });
    const { variant } = added;
    if (!variant || !variant.purchasable) throw new NotFoundError("Variant", "variant_not_found");
    if (variant.price === null) {
      throw new VariantNotSoldInRegionError([variantId], variant.region, variant.currency);
    }
    if (added.itemId === null) {
      const newQuantity = added.quantity + quantity;
      this.assertQuantity({ variantId, stock: variant.stock }, newQuantity);
      if (added.quantity === 0 && added.lines >= MAX_CART_LINES) throw new CartLineLimitError();
      if (added.otherSubtotal + newQuantity * variant.price > MAX_TOTAL_MINOR_UNITS) {
        throw new TotalTooLargeError();
      }
      // The line changed between the statement's snapshot and its merge: its new quantity
      // would pass the line's bound.
      this.assertQuantity({ variantId, stock: variant.stock }, MAX_LINE_QUANTITY + 1);
    }
    const view = await this.view(userId);
    if (added.inserted && view.items.length > MAX_CART_LINES) {
      // Parallel adds can each count the lines before the others committed; the read after the
      // write sees them all, and the add that went past the cap takes its line back.
      await this.carts.deleteItem(added.itemId ?? "");
      throw new CartLineLimitError();
    }
    return view;
  }

  async updateItem(userId: string, itemId: string, quantity: number): Promise<CartDto> {
    return this.tx.run(async () => {
      const cart = await this.carts.lockForUser(userId);
      const item = await this.findOwnItem(cart, itemId);
      const variant = await this.findPurchasable(item.variantId);
      this.assertQuantity(variant, quantity);
      await this.carts.setItemQuantity(item.id, quantity);
      const view = await this.view(userId);
      if (view.subtotal > MAX_TOTAL_MINOR_UNITS) throw new TotalTooLargeError();
      return view;
    });
  }

  async removeItem(userId: string, itemId: string): Promise<CartDto> {
    return this.tx.run(async () => {
      const cart = await this.carts.lockForUser(userId);
      const item = await this.findOwnItem(cart, itemId);
      await this.carts.deleteItem(item.id);
      return this.view(userId);
    });
  }

  async clear(userId: string): Promise<CartDto> {
    return this.tx.run(async () => {
      const cart = await this.carts.lockForUser(userId);
      await this.carts.deleteAllItems(cart.id);
      return this.view(userId);
    });
  }

  async setShippingMethod(userId: string, code: string): Promise<CartDto> {
    return this.tx.run(async () => {
      const cart = await this.carts.lockForUser(userId);
      const method = await this.shippingMethods.getActive(code);
      await this.carts.setShippingMethod(cart.id, method.code);
      const view = await this.findView(userId);
      if (!view.shippingMethod) throw new ShippingMethodNotOfferedError(code, view.region.code);
      return this.toDto(view);
    });
  }

  /**
   * Moves the cart to a region (given, or the shipping country's; the default one for a country
   * in no region) and re-prices it, saying what changed. 404 `region_not_found`; 400 for a
   * country that belongs to another region than the one given.
   */
  async setRegion(userId: string, input: SetCartRegionDto): Promise<CartWithRegionChangesDto> {
    if (input.region === undefined && input.country === undefined) {
      throw new ValidationFailedError(
        [{ field: "region", message: "give a region, a country or both" }],
        "Give a region, a country or both.",
      );
    }
    return this.tx.run(async () => {
      const cart = await this.carts.lockForUser(userId);
      const before = await this.findView(userId);
      const beforeDto = await this.toDto(before);
      const countryRegion = input.country
        ? await this.carts.findRegionOfCountry(input.country)
        : null;
      if (input.region !== undefined && !(await this.carts.regionExists(input.region))) {
        throw new NotFoundError("Region", "region_not_found");
      }
      const region = input.region ?? countryRegion;
      if (countryRegion !== null && region !== countryRegion) {
        const message = `${input.country} belongs to region ${countryRegion}`;
        throw new ValidationFailedError([{ field: "country", message }], `${message}.`);
      }
      await this.carts.setRegion(cart.id, region, input.country ?? null);
      const after = await this.findView(userId);
      const dropped = before.shippingMethod !== null && after.shippingMethod === null;
      if (dropped) await this.carts.setShippingMethod(cart.id, null);
      return {
        ...(await this.toDto(after)),
        changes: {
          fromRegion: before.region.code,
          fromCurrency: before.region.currency,
          fromTotal: beforeDto.total,
          unpricedItemIds: after.lines.filter((l) => !l.priced).map((l) => l.item.id),
          shippingMethodDropped: dropped,
        },
      };
    });
  }

  /** The user's cart priced live, read in one statement (the cart exists: callers made it). */
  private async view(userId: string): Promise<CartDto> {
    return this.toDto(await this.findView(userId));
  }

  private async findView(userId: string): Promise<CartView> {
    const view = await this.carts.findView(userId);
    if (!view) throw new Error("The cart just written is missing");
    return view;
  }

  private async toDto(view: CartView): Promise<CartDto> {
    return (await this.price(view)).dto;
  }

  /**
   * Prices the cart with its promotions (PromotionsService.priceCart: the same pricing checkout
   * uses), with the candidate promotions read with the cart: one more read only for
   * per-customer limits or a first-order condition.
   */
  private async price(view: CartView): Promise<{ dto: CartDto; pricing: CartPricing }> {
    // Lines without a price in the region's currency are shown but left out of the totals.
    const priced = view.lines.filter((line) => line.priced);
    const pricing = await this.promotions.priceCart({
      candidates: view.promotions,
      userId: view.userId,
      currency: view.region.currency,
      lines: priced.map(toPromotionLine),
      shippingRate: view.shippingMethod,
      tax: {
        taxInclusive: view.region.taxInclusive,
        lines: priced.map((l) => ({ category: l.taxCategory, rateBps: l.rateBps })),
        shipping: { category: "shipping", rateBps: view.shippingRateBps },
      },
    });
    const { totals } = pricing;
    const items = view.lines.map((line) => {
      const i = priced.indexOf(line);
      return toCartItemDto(line, pricing.lineDiscounts[i] ?? 0, totals.lines[i]?.tax ?? 0);
    });
    const dto: CartDto = {
      id: view.cartId,
      items,
      itemCount: items.reduce((sum, i) => sum + i.quantity, 0),
      subtotal: totals.subtotal,
      discount: totals.discount,
      shipping: totals.shipping,
      tax: totals.tax,
      shippingTax: totals.shippingTax,
      taxLines: totals.taxLines,
      total: totals.total,
      currency: view.region.currency,
      region: view.region.code,
      country: view.country,
      taxInclusive: view.region.taxInclusive,
      promotions: pricing.promotions,
      shippingMethod: view.shippingMethod ? toShippingMethodDto(view.shippingMethod) : null,
    };
    return { dto, pricing };
  }

  private async findPurchasable(variantId: string): Promise<CartVariant> {
    const [variant] = UUID.test(variantId) ? await this.variants.findForCart([variantId]) : [];
    if (!variant || !variant.purchasable) throw new NotFoundError("Variant", "variant_not_found");
    return variant;
  }

  private async findOwnItem(cart: CartEntity, itemId: string): Promise<CartItemEntity> {
    const item = UUID.test(itemId) ? await this.carts.findItem(cart.id, itemId) : null;
    if (!item) throw new NotFoundError("Cart item", "cart_item_not_found");
    return item;
  }

  private assertQuantity(
    variant: Pick<CartVariant, "variantId" | "stock">,
    quantity: number,
  ): void {
    if (quantity > MAX_LINE_QUANTITY) {
      throw new ValidationFailedError(
        [{ field: "quantity", message: `a cart line holds at most ${MAX_LINE_QUANTITY} units` }],
        `A cart line holds at most ${MAX_LINE_QUANTITY} units.`,
      );
    }
    if (quantity > variant.stock) {
      throw new InsufficientStockError([
        { variantId: variant.variantId, requested: quantity, available: variant.stock },
      ]);
    }
  }
}

export function toPromotionLine({ item, variant }: PricedCartLine): PromotionCartLine {
  return {
    variantId: item.variantId,
    productId: variant.productId,
    categoryId: variant.categoryId,
    unitPrice: variant.price,
    quantity: item.quantity,
  };
}

export function toCartItemDto(
  { item, variant, priced }: CartViewLine,
  discount: number,
  tax: number,
): CartItemDto {
  return {
    id: item.id,
    variantId: item.variantId,
    productId: variant.productId,
    productName: variant.productName,
    variantName: variant.variantName,
    sku: variant.sku,
    unitPrice: variant.price,
    quantity: item.quantity,
    lineTotal: variant.price * item.quantity,
    discount,
    tax,
    priced,
    available: priced && variant.purchasable && variant.stock >= item.quantity,
  };
}
