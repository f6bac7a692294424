import { Injectable } from "@nestjs/common";
import { DomainEvents } from "../common/events/domain-events";
import {
  InvalidTransitionError,
  NotFoundError,
  ValidationFailedError,
} from "../common/errors/domain-error";
import { TransactionHost } from "../database/transaction-host";
import { OutboxService } from "../notifications/outbox.service";
import { InventoryService } from "../products/inventory/inventory.service";
import { PromotionsService } from "../promotions/promotions.service";
import { decodeCursor, encodeCursor } from "../common/pagination/cursor";
import { Page, toPage } from "../common/pagination/page";
import type { OrderListQueryDto, OrderStatusChangeDto } from "./dto/order.dto";
import type { OrderDto } from "./dto/order-response";
import type { OrderEntity } from "./entities/order.entity";
import { toOrderDto, toStatusChangeDto } from "./order.mapper";
import { OrderStatus, canTransition } from "./order-status";
import { ItemsToRefund, paidForItems } from "./paid-for-items";
import { OrdersRepository } from "./orders.repository";

/** What other modules (payments) need to know about an order. */
export interface OrderSummary {
  id: string;
  userId: string;
  number: string;
  status: OrderStatus;
  total: number;
  currency: string;
}

export interface TransitionContext {
  /** The user who acted; null when the system did (a job, a webhook). */
  actorId: string | null;
  note?: string;
}

/** Published after commit on every status change (placement included, with `from: null`). */
export interface OrderStatusChangedEvent {
  type: "order.status_changed";
  orderId: string;
  userId: string;
  number: string;
  from: OrderStatus | null;
  to: OrderStatus;
  actorId: string | null;
  [key: string]: unknown;
}

export const ORDER_STATUS_CHANGED = "order.status_changed";
/** Outbox topic handled by payments: refund a cancelled paid order in full. */
export const REFUND_ORDER_TOPIC = "payments.refund_order";

function toSummary(order: OrderEntity): OrderSummary {
  return {
    id: order.id,
    userId: order.userId,
    number: order.number,
    status: order.status,
    total: order.total,
    currency: order.currency,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The order lifecycle: every status change goes through `transition`, which locks the order,
 * checks the one transition table, applies the side effects (stock, refund request), records
 * the history row and publishes the event after commit.
 */
@Injectable()
export class OrdersService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly orders: OrdersRepository,
    private readonly inventory: InventoryService,
    private readonly outbox: OutboxService,
    private readonly events: DomainEvents,
    private readonly promotions: PromotionsService,
  ) {}

  /** The order if it exists and belongs to `userId`; otherwise 404 (never 403: no existence leak). */
  async getOwnedOrder(orderId: string, userId: string): Promise<OrderSummary> {
    const order = await this.findEntity(orderId);
    if (!order || order.userId !== userId) throw new NotFoundError("Order", "order_not_found");
    return toSummary(order);
  }

  async getOrder(orderId: string): Promise<OrderSummary> {
    const order = await this.findEntity(orderId);
    if (!order) throw new NotFoundError("Order", "order_not_found");
    return toSummary(order);
  }

  /** pending_payment → paid, in the ambient transaction. Already paid: nothing to do. */
  async markPaid(orderId: string, ctx: TransitionContext): Promise<OrderSummary> {
    return toSummary(await this.transition(orderId, "paid", ctx, { idempotent: true }));
  }

  /** Set by payments when money goes back; `refunded` on a refunded order is a no-op. */
  async markRefunded(
    orderId: string,
    kind: "refunded" | "partially_refunded",
    ctx: TransitionContext,
  ): Promise<OrderSummary> {
    return toSummary(
      await this.transition(orderId, kind, ctx, { idempotent: kind === "refunded" }),
    );
  }

  /** Cancels a pending or paid order, giving its stock back; a paid one is also refunded. */
  async cancel(orderId: string, ctx: TransitionContext, ownerId?: string): Promise<OrderEntity> {
    return this.transition(orderId, "cancelled", ctx, { ownerId });
  }

  async ship(
    orderId: string,
    shipment: { carrier?: string | null; trackingNumber?: string | null },
    ctx: TransitionContext,
  ): Promise<OrderEntity> {
    return this.transition(orderId, "shipped", ctx, {
      extra: { carrier: shipment.carrier ?? null, trackingNumber: shipment.trackingNumber ?? null },
    });
  }

  async deliver(orderId: string, ctx: TransitionContext): Promise<OrderEntity> {
    return this.transition(orderId, "delivered", ctx);
  }

  /**
   * Locks the order and moves it to `to`, or refuses with 409 invalid_transition naming the
   * current status. `ownerId` scopes the order to a customer (404 for anyone else's).
   */
  async transition(
    orderId: string,
    to: OrderStatus,
    ctx: TransitionContext,
    options: {
      ownerId?: string;
      idempotent?: boolean;
      extra?: { carrier?: string | null; trackingNumber?: string | null };
    } = {},
  ): Promise<OrderEntity> {
    return this.tx.run(async () => {
      const order = UUID.test(orderId) ? await this.orders.findByIdForUpdate(orderId) : null;
      if (!order || (options.ownerId !== undefined && order.userId !== options.ownerId)) {
        throw new NotFoundError("Order", "order_not_found");
      }
      if (options.idempotent && order.status === to) return order;
      return this.applyTransition(order, to, ctx, options.extra);
    });
  }

  /** For a caller that already holds the row lock (the payment-timeout job). */
  async applyTransition(
    order: OrderEntity,
    to: OrderStatus,
    ctx: TransitionContext,
    extra: { carrier?: string | null; trackingNumber?: string | null } = {},
  ): Promise<OrderEntity> {
    const from = order.status;
    if (!canTransition(from, to)) throw new InvalidTransitionError("Order", from, to);
    await this.tx.run(async () => {
      if (to === "cancelled") {
        const items = await this.orders.findItems([order.id]);
        await this.inventory.release(
          items.map((item) => ({ variantId: item.variantId, quantity: item.quantity })),
          { reason: "cancellation", reference: order.id, actorId: ctx.actorId },
        );
        if (from === "paid") {
          await this.outbox.enqueue({
            topic: REFUND_ORDER_TOPIC,
            payload: { orderId: order.id, reason: ctx.note ?? "order_cancelled" },
          });
        }
      }
      // Cancelling or fully refunding gives the promotions' uses back (per promotion's
      // releaseOnCancel); an order without promotions costs no statement.
      if ((to === "cancelled" || to === "refunded") && order.promotions.length > 0) {
        await this.promotions.releaseForOrder(order.id);
      }
      await this.orders.updateStatus(order.id, to, extra);
      await this.orders.insertHistory({
        orderId: order.id,
        fromStatus: from,
        toStatus: to,
        actorId: ctx.actorId,
        note: ctx.note ?? null,
      });
      this.events.publish({
        type: ORDER_STATUS_CHANGED,
        orderId: order.id,
        userId: order.userId,
        number: order.number,
        from,
        to,
        actorId: ctx.actorId,
      } satisfies OrderStatusChangedEvent);
    });
    order.status = to;
    if (extra.carrier !== undefined) order.carrier = extra.carrier;
    if (extra.trackingNumber !== undefined) order.trackingNumber = extra.trackingNumber;
    return order;
  }

  /**
   * What the customer paid for some units of the order (after discounts, with each line's stored tax):
   * what a refund of those items gives back. 400 for items not on the order.
   */
  async paidForItems(orderId: string, items: readonly ItemsToRefund[]): Promise<number> {
    const order = await this.findEntity(orderId);
    if (!order) throw new NotFoundError("Order", "order_not_found");
    const lines = await this.orders.findItems([order.id]);
    const result = paidForItems(lines, order.shipping, order, items);
    if ("invalid" in result) {
      throw new ValidationFailedError(
        [
          {
            field: `items.${result.invalid}`,
            message: "not on the order, or more units than the order holds",
          },
        ],
        "Only items of the order can be refunded, up to the quantity bought.",
      );
    }
    return result.amount;
  }

  /**
   * What the customer paid for the units after the first `from` of some lines (a return after
   * earlier ones): the same per-unit rule as paidForItems, so all returns of a line add up to
   * what the whole line cost.
   */
  async paidForUnitRanges(
    orderId: string,
    ranges: readonly { variantId: string; from: number; quantity: number }[],
  ): Promise<number> {
    const order = await this.findEntity(orderId);
    if (!order) throw new NotFoundError("Order", "order_not_found");
    const lines = await this.orders.findItems([order.id]);
    const upTo = (end: (r: (typeof ranges)[number]) => number) => {
      const items = ranges.map((r) => ({ variantId: r.variantId, quantity: end(r) }));
      const result = paidForItems(
        lines,
        order.shipping,
        order,
        items.filter((i) => i.quantity > 0),
      );
      if ("invalid" in result) throw new Error(`Units beyond order ${orderId}'s lines`);
      return result.amount;
    };
    return upTo((r) => r.from + r.quantity) - upTo((r) => r.from);
  }

  /** When the order was (last) delivered; null when it never was. */
  async deliveredAt(orderId: string): Promise<Date | null> {
    const history = await this.orders.findHistory(orderId);
    const delivered = history.filter((row) => row.toStatus === "delivered").pop();
    return delivered?.createdAt ?? null;
  }

  /** What a customer owes: the totals of their orders awaiting payment, per currency. */
  unpaidTotals(userId: string): Promise<{ currency: string; amount: number }[]> {
    return this.orders.sumUnpaidByUser(userId);
  }

  /** The full order; `ownerId` limits it to that customer's orders (404 otherwise). */
  async getOrderDto(orderId: string, ownerId?: string): Promise<OrderDto> {
    const order = await this.findEntity(orderId);
    if (!order || (ownerId !== undefined && order.userId !== ownerId)) {
      throw new NotFoundError("Order", "order_not_found");
    }
    return toOrderDto(order, await this.orders.findItems([order.id]));
  }

  async getHistory(orderId: string, ownerId?: string): Promise<OrderStatusChangeDto[]> {
    const order = await this.findEntity(orderId);
    if (!order || (ownerId !== undefined && order.userId !== ownerId)) {
      throw new NotFoundError("Order", "order_not_found");
    }
    return (await this.orders.findHistory(order.id)).map(toStatusChangeDto);
  }

  /** Newest first. `ownerId` (customers) overrides any `userId` filter. */
  async list(query: OrderListQueryDto, ownerId?: string): Promise<Page<OrderDto>> {
    const scope = "orders";
    const before = query.cursor ? decodeCursor(scope, query.cursor, ["uuid"])[0] : undefined;
    const rows = await this.orders.list({
      userId: ownerId ?? query.userId,
      status: query.status,
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
      beforeId: before,
      limit: query.limit,
    });
    const items = await this.orders.findItems(rows.slice(0, query.limit).map((o) => o.id));
    const byOrder = new Map<string, typeof items>();
    for (const item of items)
      byOrder.set(item.orderId, [...(byOrder.get(item.orderId) ?? []), item]);
    return toPage(
      rows,
      query.limit,
      (order) => toOrderDto(order, byOrder.get(order.id) ?? []),
      (order) => encodeCursor(scope, [order.id]),
    );
  }

  private findEntity(orderId: string): Promise<OrderEntity | null> {
    return UUID.test(orderId) ? this.orders.findById(orderId) : Promise.resolve(null);
  }
}
