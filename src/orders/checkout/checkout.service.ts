import { randomUUID } from "node:crypto";
import { Inject, Injectable } from "@nestjs/common";
import type { AuthUser } from "../../common/decorators/current-user.decorator";
import { ConflictError } from "../../common/errors/domain-error";
import { DomainEvents } from "../../common/events/domain-events";
import { formatMoney } from "../../common/money/currencies";
import { MAX_TOTAL_MINOR_UNITS } from "../../common/money/money";
import type { AppConfig } from "../../config/app-config";
import { APP_CONFIG } from "../../config/config.module";
import { pendingIdempotencyKey } from "../../common/idempotency/pending-key";
import { TransactionHost } from "../../database/transaction-host";
import { InventoryService } from "../../products/inventory/inventory.service";
import { CartPricing, PromotionsService } from "../../promotions/promotions.service";
import { AddressesService } from "../../users/addresses.service";
import {
  CartLineLimitError,
  TotalTooLargeError,
  VariantNotSoldInRegionError,
} from "../cart/cart.errors";
import { MAX_CART_LINES } from "../cart/dto/cart.dto";
import type { PlaceOrderDto } from "../dto/order.dto";
import type { OrderDto } from "../dto/order-response";
import type { ShippingAddressSnapshot } from "../entities/order.entity";
import { OrderItemEntity } from "../entities/order-item.entity";
import { OrderEntity } from "../entities/order.entity";
import { toOrderDto } from "../order.mapper";
import type { NewOrder, NewOrderItem } from "../orders.repository";
import { CheckoutLine, CheckoutRepository, CheckoutSnapshot } from "./checkout.repository";
import { ORDER_STATUS_CHANGED, OrderStatusChangedEvent } from "../orders.service";

/** Outbox topic of the order-confirmation message sent to the customer. */
export const ORDER_CONFIRMATION_TOPIC = "orders.confirmation";

/**
 * The order's lines, priced from the live catalog facts read with the cart (in the region's
 * currency: every line has a price there, checked before), with each line's tax.
 */
export function priceOrderLines(
  orderId: string,
  lines: readonly PricedCheckoutLine[],
  lineDiscounts: readonly number[],
  lineTaxes: readonly number[],
): PlacedLine[] {
  return lines.map((line, i) => ({
    id: randomUUID(),
    orderId,
    variantId: line.variantId,
    productId: line.productId,
    productName: line.productName,
    variantName: line.variantName,
    sku: line.sku,
    unitPrice: line.price,
    quantity: line.quantity,
    lineTotal: line.price * line.quantity,
    discount: lineDiscounts[i] ?? 0,
    tax: lineTaxes[i],
    taxCategory: line.taxCategory,
    taxRateBps: line.taxRateBps,
  }));
}

type PricedCheckoutLine = CheckoutLine & { price: number };

type PlacedLine = NewOrderItem & { id: string };

/**
 * Turns the caller's cart into an order in one transaction: the order and its line snapshots
 * are written, the ordered lines leave the cart, the confirmation is queued and the stock is
 * taken with its ledger rows (all lines or none). Any failure leaves everything as it was.
 */
@Injectable()
export class CheckoutService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tx: TransactionHost,
    private readonly checkout: CheckoutRepository,
    private readonly inventory: InventoryService,
    private readonly addresses: AddressesService,
    private readonly events: DomainEvents,
    private readonly promotions: PromotionsService,
  ) {}

  /**
   * Places the order in one transaction: lock and read the cart with its candidate promotions
   * (then, only when one has a per-customer limit or a first-order condition, the customer's
   * redemption facts), then one last statement that writes the whole order, its redemptions
   * and the idempotency key and takes the stock, then commit. So stock rows and limited
   * promotions' counters stay locked for that one statement and the commit. Any refusal rolls
   * it all back.
   */
  async placeOrder(user: AuthUser, input: PlaceOrderDto): Promise<OrderDto> {
    return this.tx.run(async () => {
      // Locks the cart's lines: a second checkout of the same cart (double click, retry) waits
      // here and then finds the lines gone.
      // The address first: its country picks the tax rates the read takes.
      const shippingAddress = await this.resolveAddress(user.id, input);
      const snapshot = await this.checkout.lockAndRead(user.id, shippingAddress.country);
      const { shippingMethod, region } = snapshot;
      const lines = this.assertPlaceable(snapshot);
      if (!shippingMethod) throw new Error("unreachable: checked by assertPlaceable");
      // Promotions as the cart shows them; an entered code that no longer applies is a 409.
      const pricing = await this.price(user.id, snapshot, lines);
      this.promotions.assertCheckoutable(pricing);

      const orderId = randomUUID();
      const number = `SF-${snapshot.number.padStart(6, "0")}`;
      const { totals } = pricing;
      const items = priceOrderLines(
        orderId,
        lines,
        pricing.lineDiscounts,
        totals.lines.map((l) => l.tax),
      );
      if (totals.total > MAX_TOTAL_MINOR_UNITS) throw new TotalTooLargeError();
      const order: NewOrder = {
        id: orderId,
        number,
        userId: user.id,
        status: "pending_payment",
        currency: region.currency,
        subtotal: totals.subtotal,
        discount: totals.discount,
        shipping: totals.shipping,
        tax: totals.tax,
        total: totals.total,
        promotions: pricing.snapshot,
        // The highest rate applied (taxLines has each of them).
        taxRateBps: Math.max(0, ...totals.taxLines.map((t) => t.rate)),
        regionCode: region.code,
        taxInclusive: region.taxInclusive,
        shippingTax: totals.shippingTax,
        taxLines: totals.taxLines,
        shippingAddress,
        shippingMethodCode: shippingMethod.code,
        shippingMethodName: shippingMethod.name,
        carrier: null,
        trackingNumber: null,
      };
      const stock = lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity }));
      // The response is known before the write, so the idempotency key and its saved response
      // go in the same last statement as the stock (see PendingIdempotencyKey).
      const placed = Object.assign(new OrderEntity(), order, {
        createdAt: snapshot.now,
        updatedAt: snapshot.now,
      });
      // In the order OrdersRepository.findItems reads them.
      const sorted = items
        .map((item) => Object.assign(new OrderItemEntity(), item))
        .sort((a, b) => (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0));
      const response = toOrderDto(placed, sorted);
      const pendingKey = pendingIdempotencyKey();
      const written = await this.checkout.writeOrder({
        order: {
          ...order,
          shippingMethodCode: shippingMethod.code,
          shippingMethodName: shippingMethod.name,
        },
        items,
        outbox: {
          topic: ORDER_CONFIRMATION_TOPIC,
          recipient: user.email,
          subject: `Your order ${number}`,
          body:
            `Thank you for your order ${number}.\n` +
            items.map((i) => `${i.quantity} × ${i.productName} (${i.variantName})`).join("\n") +
            `\nTotal: ${formatMoney(totals.total, region.currency)}`,
          payload: { orderId, number, total: totals.total, currency: region.currency },
        },
        cartItemIds: lines.map((l) => l.itemId),
        stock,
        redemptions: this.promotions.redemptionsOf(pricing),
        idempotencyKey: pendingKey?.valuesFor(response) ?? null,
      });
      pendingKey?.recordSaved(written.keySaved);
      const refusal = await this.inventory.afterSale(stock, written.taken, written.soldOut > 0);
      if (refusal) throw refusal;
      // Redeemed with the order: a promotion used up meanwhile rolls all of it back (409).
      this.promotions.assertRedeemed(pricing, written.redeemed);
      this.events.publish({
        type: ORDER_STATUS_CHANGED,
        orderId,
        userId: user.id,
        number,
        from: null,
        to: "pending_payment",
        actorId: user.id,
      } satisfies OrderStatusChangedEvent);
      return response;
    });
  }

  /** The cart priced with its promotions, from the lines checkout has just read and locked. */
  private price(
    userId: string,
    { shippingMethod, region, shippingRateBps, promotions }: CheckoutSnapshot,
    lines: readonly PricedCheckoutLine[],
  ): Promise<CartPricing> {
    return this.promotions.priceCart({
      candidates: promotions,
      userId,
      currency: region.currency,
      lines: lines.map((l) => ({
        variantId: l.variantId,
        productId: l.productId,
        categoryId: l.categoryId,
        unitPrice: l.price,
        quantity: l.quantity,
      })),
      shippingRate: shippingMethod,
      tax: {
        taxInclusive: region.taxInclusive,
        lines: lines.map((l) => ({ category: l.taxCategory, rateBps: l.taxRateBps })),
        shipping: { category: "shipping", rateBps: shippingRateBps },
      },
    });
  }

  /**
   * The refusals that change nothing: empty cart, unbuyable lines (also: not sold in the
   * region's currency), a shipping country of another region, no shipping, the bounds.
   * Returns the lines, each with its price.
   */
  private assertPlaceable(snapshot: CheckoutSnapshot): PricedCheckoutLine[] {
    const { lines, shippingMethod, unpaidOrders, region } = snapshot;
    if (lines.length === 0) throw new ConflictError("cart_empty", "The cart is empty.");
    const unavailable = lines.filter((line) => !line.purchasable);
    if (unavailable.length > 0) {
      throw new ConflictError(
        "item_unavailable",
        "Some items in the cart can no longer be bought; remove them and try again.",
        { variants: unavailable.map((line) => ({ variantId: line.variantId })) },
      );
    }
    const unpriced = lines.filter((line) => line.price === null);
    if (unpriced.length > 0) {
      throw new VariantNotSoldInRegionError(
        unpriced.map((l) => l.variantId),
        region.code,
        region.currency,
      );
    }
    if (snapshot.countryRegion !== null && snapshot.countryRegion !== region.code) {
      throw new ConflictError(
        "region_mismatch",
        `The shipping country belongs to region ${snapshot.countryRegion}, the cart is in ${region.code}; move the cart first (PUT /api/v1/cart/region).`,
        { cartRegion: region.code, countryRegion: snapshot.countryRegion },
      );
    }
    if (!shippingMethod) {
      throw new ConflictError(
        "shipping_method_required",
        "Choose a shipping method for the cart first (PUT /api/v1/cart/shipping-method).",
      );
    }
    if (lines.length > MAX_CART_LINES) throw new CartLineLimitError();
    // Stock hoarding: what one customer may hold in unpaid orders is bounded, per customer and
    // per variant, so one account cannot take a product off the shelf for the payment window.
    const { maxUnpaidOrdersPerCustomer: maxOrders, maxUnpaidUnitsPerVariant: maxUnits } =
      this.config;
    if (unpaidOrders >= maxOrders) {
      throw new ConflictError(
        "unpaid_order_limit",
        `You already have ${unpaidOrders} unpaid orders (at most ${maxOrders}); pay or cancel one first.`,
        { unpaidOrders, limit: maxOrders },
      );
    }
    const over = lines.filter((line) => line.unpaidUnits + line.quantity > maxUnits);
    if (over.length > 0) {
      throw new ConflictError(
        "unpaid_units_limit",
        `A customer may hold at most ${maxUnits} units of a variant in unpaid orders; pay or cancel an order first.`,
        {
          limit: maxUnits,
          variants: over.map((l) => ({
            variantId: l.variantId,
            requested: l.quantity,
            unpaid: l.unpaidUnits,
          })),
        },
      );
    }
    return lines.map((line) => ({ ...line, price: line.price ?? 0 }));
  }

  private async resolveAddress(
    userId: string,
    input: PlaceOrderDto,
  ): Promise<ShippingAddressSnapshot> {
    const source = input.shippingAddressId
      ? await this.addresses.get(userId, input.shippingAddressId)
      : input.shippingAddress;
    if (!source) throw new Error("unreachable: an address source was checked above");
    return {
      fullName: source.fullName,
      line1: source.line1,
      line2: source.line2 ?? null,
      city: source.city,
      postalCode: source.postalCode,
      country: source.country,
      phone: source.phone ?? null,
    };
  }
}
