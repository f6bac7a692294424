import { randomUUID } from "node:crypto";
import { Inject, Injectable } from "@nestjs/common";
import type { AuthUser } from "../../common/decorators/current-user.decorator";
import { ConflictError, ValidationFailedError } from "../../common/errors/domain-error";
import { DomainEvents } from "../../common/events/domain-events";
import type { AppConfig } from "../../config/app-config";
import { APP_CONFIG } from "../../config/config.module";
import { TransactionHost } from "../../database/transaction-host";
import { OutboxService } from "../../notifications/outbox.service";
import { InventoryService } from "../../products/inventory/inventory.service";
import { PromotionsService } from "../../promotions/promotions.service";
import { AddressesService } from "../../users/addresses.service";
import { CartService } from "../cart/cart.service";
import type { PlaceOrderDto } from "../dto/order.dto";
import type { OrderDto } from "../dto/order-response";
import type { ShippingAddressSnapshot } from "../entities/order.entity";
import { toOrderDto } from "../order.mapper";
import { NewOrderItem, OrdersRepository } from "../orders.repository";
import { ORDER_STATUS_CHANGED, OrderStatusChangedEvent } from "../orders.service";

/** Outbox topic of the order-confirmation message sent to the customer. */
export const ORDER_CONFIRMATION_TOPIC = "orders.confirmation";

function formatMoney(amount: number, currency: string): string {
  return `${(amount / 100).toFixed(2)} ${currency}`;
}

/**
 * Turns the caller's cart into an order in one transaction: stock is reserved through the
 * inventory service (all lines or none), the order and its line snapshots are written, the
 * cart is emptied and the confirmation is queued. Any failure leaves everything as it was.
 */
@Injectable()
export class CheckoutService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tx: TransactionHost,
    private readonly carts: CartService,
    private readonly orders: OrdersRepository,
    private readonly inventory: InventoryService,
    private readonly addresses: AddressesService,
    private readonly outbox: OutboxService,
    private readonly events: DomainEvents,
    private readonly promotions: PromotionsService,
  ) {}

  async placeOrder(user: AuthUser, input: PlaceOrderDto): Promise<OrderDto> {
    if ((input.shippingAddressId === undefined) === (input.shippingAddress === undefined)) {
      throw new ValidationFailedError(
        [
          {
            field: "shippingAddressId",
            message: "give either shippingAddressId or shippingAddress",
          },
        ],
        "Give either shippingAddressId or shippingAddress, not both.",
      );
    }
    return this.tx.run(async () => {
      // Locking the cart serialises two checkouts of the same cart (double clicks, retries).
      const snapshot = await this.carts.lockForCheckout(user.id);
      const { cart, lines, shippingMethod } = snapshot;
      if (lines.length === 0) throw new ConflictError("cart_empty", "The cart is empty.");
      const unavailable = lines.filter((line) => !line.variant.purchasable);
      if (unavailable.length > 0) {
        throw new ConflictError(
          "item_unavailable",
          "Some items in the cart can no longer be bought; remove them and try again.",
          { variants: unavailable.map((line) => ({ variantId: line.item.variantId })) },
        );
      }
      if (!shippingMethod) {
        throw new ConflictError(
          "shipping_method_required",
          "Choose a shipping method for the cart first (PUT /api/v1/cart/shipping-method).",
        );
      }
      // Promotions as the cart shows them; an entered code that no longer applies is a 409.
      const pricing = await this.carts.pricePromotions(snapshot);
      this.promotions.assertCheckoutable(pricing);
      const shippingAddress = await this.resolveAddress(user.id, input);

      const orderId = randomUUID();
      // Stock first: in a rush on one product the losers fail here before doing any other work
      // (taking stock last, to shorten row-lock holds, was no faster and made losers hold
      // pool connections longer).
      await this.inventory.reserve(
        lines.map((line) => ({ variantId: line.item.variantId, quantity: line.item.quantity })),
        { reason: "sale", reference: orderId, actorId: user.id },
      );

      const items: NewOrderItem[] = lines.map(({ item, variant }, i) => ({
        orderId,
        variantId: item.variantId,
        productId: variant.productId,
        productName: variant.productName,
        variantName: variant.variantName,
        sku: variant.sku,
        unitPrice: variant.price,
        quantity: item.quantity,
        lineTotal: variant.price * item.quantity,
        discount: pricing.lineDiscounts[i],
      }));
      const totals = pricing.totals;
      const number = await this.orders.nextNumber();
      const placed = await this.orders.insertOrder(
        {
          id: orderId,
          number,
          userId: user.id,
          status: "pending_payment",
          currency: this.config.storeCurrency,
          ...totals,
          promotions: pricing.snapshot,
          taxRateBps: this.config.taxRateBps,
          shippingAddress,
          shippingMethodCode: shippingMethod.code,
          shippingMethodName: shippingMethod.name,
          carrier: null,
          trackingNumber: null,
        },
        items,
      );
      // Redeemed with the order: a promotion used up meanwhile rolls all of it back (409).
      await this.promotions.redeem(orderId, user.id, pricing);
      await this.orders.insertHistory({
        orderId,
        fromStatus: null,
        toStatus: "pending_payment",
        actorId: user.id,
        note: null,
      });
      await this.carts.empty(cart.id);
      await this.outbox.enqueue({
        topic: ORDER_CONFIRMATION_TOPIC,
        recipient: user.email,
        subject: `Your order ${number}`,
        body:
          `Thank you for your order ${number}.\n` +
          items.map((i) => `${i.quantity} × ${i.productName} (${i.variantName})`).join("\n") +
          `\nTotal: ${formatMoney(totals.total, this.config.storeCurrency)}`,
        payload: { orderId, number, total: totals.total, currency: this.config.storeCurrency },
      });
      this.events.publish({
        type: ORDER_STATUS_CHANGED,
        orderId,
        userId: user.id,
        number,
        from: null,
        to: "pending_payment",
        actorId: user.id,
      } satisfies OrderStatusChangedEvent);

      return toOrderDto(placed.order, placed.items);
    });
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
