import { Inject, Injectable } from "@nestjs/common";
import { NotFoundError, ValidationFailedError } from "../../common/errors/domain-error";
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
import { ShippingMethodEntity } from "../shipping/entities/shipping-method.entity";
import { ShippingMethodsService, toShippingMethodDto } from "../shipping/shipping-methods.service";
import { CartRepository } from "./cart.repository";
import { CartItemDto, MAX_LINE_QUANTITY } from "./dto/cart.dto";
import { CartDto } from "./dto/cart-response";
import { CartEntity } from "./entities/cart.entity";
import { CartItemEntity } from "./entities/cart-item.entity";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A cart line joined with the live catalog facts of its variant. */
export interface PricedCartLine {
  item: CartItemEntity;
  variant: CartVariant;
}

/** Everything checkout needs from a locked cart. */
export interface CartSnapshot {
  cart: CartEntity;
  lines: PricedCartLine[];
  shippingMethod: ShippingMethodEntity | null;
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
    return this.tx.run(async () => this.view(await this.carts.ensureForUser(userId)));
  }

  /**
   * Applies a promotion code: 404 `promotion_not_found` (unknown or not running), 409 with the
   * precise reason when it does not apply to this cart (the code is then not kept).
   */
  async applyPromotionCode(userId: string, code: string): Promise<CartDto> {
    return this.tx.run(async () => {
      const cart = await this.carts.lockForUser(userId);
      const promotionId = await this.promotions.addCode(cart.id, code);
      const { dto, pricing } = await this.price(cart);
      this.promotions.assertCodeApplies(pricing, promotionId);
      return dto;
    });
  }

  async removePromotionCode(userId: string, code: string): Promise<CartDto> {
    return this.tx.run(async () => {
      const cart = await this.carts.lockForUser(userId);
      await this.promotions.removeCode(cart.id, code);
      return this.view(cart);
    });
  }

  /** Adds `quantity` of a purchasable variant (merging with its line); 404 unknown/inactive, 409 over stock. */
  async addItem(userId: string, variantId: string, quantity: number): Promise<CartDto> {
    return this.tx.run(async () => {
      const cart = await this.carts.lockForUser(userId);
      const variant = await this.findPurchasable(variantId);
      const existing = await this.carts.findItemByVariant(cart.id, variantId);
      const newQuantity = (existing?.quantity ?? 0) + quantity;
      this.assertQuantity(variant, newQuantity);
      if (existing) await this.carts.setItemQuantity(existing.id, newQuantity);
      else await this.carts.insertItem(cart.id, variantId, quantity);
      return this.view(cart);
    });
  }

  async updateItem(userId: string, itemId: string, quantity: number): Promise<CartDto> {
    return this.tx.run(async () => {
      const cart = await this.carts.lockForUser(userId);
      const item = await this.findOwnItem(cart, itemId);
      const variant = await this.findPurchasable(item.variantId);
      this.assertQuantity(variant, quantity);
      await this.carts.setItemQuantity(item.id, quantity);
      return this.view(cart);
    });
  }

  async removeItem(userId: string, itemId: string): Promise<CartDto> {
    return this.tx.run(async () => {
      const cart = await this.carts.lockForUser(userId);
      const item = await this.findOwnItem(cart, itemId);
      await this.carts.deleteItem(item.id);
      return this.view(cart);
    });
  }

  async clear(userId: string): Promise<CartDto> {
    return this.tx.run(async () => {
      const cart = await this.carts.lockForUser(userId);
      await this.carts.deleteAllItems(cart.id);
      return this.view(cart);
    });
  }

  async setShippingMethod(userId: string, code: string): Promise<CartDto> {
    return this.tx.run(async () => {
      const cart = await this.carts.lockForUser(userId);
      const method = await this.shippingMethods.getActive(code);
      await this.carts.setShippingMethod(cart.id, method.code);
      cart.shippingMethodCode = method.code;
      return this.view(cart);
    });
  }

  /** Locks the cart and prices it, for checkout (inside the checkout transaction). */
  async lockForCheckout(userId: string): Promise<CartSnapshot> {
    const cart = await this.carts.lockForUser(userId);
    return {
      cart,
      lines: await this.priceLines(await this.carts.findItems(cart.id)),
      shippingMethod: await this.shippingMethods.findActive(cart.shippingMethodCode),
    };
  }

  /** The cart's totals with its promotions (the same rules the cart view shows). */
  pricePromotions(snapshot: CartSnapshot): Promise<CartPricing> {
    return this.promotions.priceCart({
      userId: snapshot.cart.userId,
      lines: snapshot.lines.map(toPromotionLine),
      shippingRate: snapshot.shippingMethod,
      taxRateBps: this.config.taxRateBps,
    });
  }

  async empty(cartId: string): Promise<void> {
    await this.carts.deleteAllItems(cartId);
  }

  private async view(cart: CartEntity): Promise<CartDto> {
    return (await this.price(cart)).dto;
  }

  private async price(cart: CartEntity): Promise<{ dto: CartDto; pricing: CartPricing }> {
    const lines = await this.priceLines(await this.carts.findItems(cart.id));
    const shippingMethod = await this.shippingMethods.findActive(cart.shippingMethodCode);
    const pricing = await this.pricePromotions({ cart, lines, shippingMethod });
    const items = lines.map((line, i) => toCartItemDto(line, pricing.lineDiscounts[i]));
    const dto: CartDto = {
      id: cart.id,
      items,
      itemCount: items.reduce((sum, i) => sum + i.quantity, 0),
      ...pricing.totals,
      currency: this.config.storeCurrency,
      promotions: pricing.promotions,
      shippingMethod: shippingMethod ? toShippingMethodDto(shippingMethod) : null,
    };
    return { dto, pricing };
  }

  private async priceLines(items: CartItemEntity[]): Promise<PricedCartLine[]> {
    if (items.length === 0) return [];
    const variants = new Map(
      (await this.variants.findForCart(items.map((i) => i.variantId))).map((v) => [v.variantId, v]),
    );
    // A line's variant can only vanish with a hard delete, which also deletes the line (FK cascade).
    return items.flatMap((item) => {
      const variant = variants.get(item.variantId);
      return variant ? [{ item, variant }] : [];
    });
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

  private assertQuantity(variant: CartVariant, quantity: number): void {
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

export function toCartItemDto({ item, variant }: PricedCartLine, discount = 0): CartItemDto {
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
    available: variant.purchasable && variant.stock >= item.quantity,
  };
}
