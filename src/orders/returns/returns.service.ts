import { Inject, Injectable } from "@nestjs/common";
import {
  InvalidTransitionError,
  NotFoundError,
  ValidationFailedError,
} from "../../common/errors/domain-error";
import { decodeCursor, encodeCursor } from "../../common/pagination/cursor";
import { Page, toPage } from "../../common/pagination/page";
import type { AppConfig } from "../../config/app-config";
import { APP_CONFIG } from "../../config/config.module";
import { TransactionHost } from "../../database/transaction-host";
import { OutboxService } from "../../notifications/outbox.service";
import { StoreCreditService } from "../../payments/credit/store-credit.service";
import { RefundsService } from "../../payments/refunds.service";
import { InventoryService } from "../../products/inventory/inventory.service";
import { UsersService } from "../../users/users.service";
import { OrdersService } from "../orders.service";
import type {
  CreateReturnDto,
  ReceiveReturnDto,
  ReturnDto,
  ReturnListQueryDto,
  SettlementMethod,
} from "./dto/return.dto";
import type { ReturnItemEntity } from "./entities/return-item.entity";
import type { ReturnStatusHistoryEntity } from "./entities/return-status-history.entity";
import type { ReturnEntity } from "./entities/return.entity";
import { ReturnStatus, canTransitionReturn } from "./return-status";
import {
  OrderNotReturnableError,
  ReturnRefundFailedError,
  ReturnQuantityExceededError,
  ReturnWindowClosedError,
} from "./returns.errors";
import { ReturnsRepository } from "./returns.repository";

/** Outbox topic of the mails telling the customer where their return stands. */
export const RETURN_STATUS_MAIL_TOPIC = "returns.status_changed";

/** Order statuses that may take a return, once the order was delivered. */
const RETURNABLE_ORDER_STATUSES = ["delivered", "partially_refunded"];
const DAY_MS = 24 * 60 * 60 * 1000;

const MAIL_LINES: Record<ReturnStatus, string> = {
  requested: "We have received your return request and will review it shortly.",
  approved: "Your return was approved: please send the items back.",
  rejected: "We are sorry: your return request was not accepted.",
  received: "We have received the items you sent back.",
  refunded: "The amount was refunded to your original payment method.",
  credited: "The amount was added to your store credit.",
};

export function toReturnDto(
  ret: ReturnEntity,
  items: ReturnItemEntity[],
  history: ReturnStatusHistoryEntity[],
): ReturnDto {
  return {
    id: ret.id,
    orderId: ret.orderId,
    userId: ret.userId,
    status: ret.status,
    currency: ret.currency,
    settledAmount: ret.settledAmount,
    refundId: ret.refundId,
    items: items
      .filter((i) => i.returnId === ret.id)
      .map((i) => ({
        id: i.id,
        orderItemId: i.orderItemId,
        quantity: i.quantity,
        reason: i.reason,
        restocked: i.restocked,
      })),
    history: history
      .filter((h) => h.returnId === ret.id)
      .map((h) => ({
        from: h.fromStatus,
        to: h.toStatus,
        actorId: h.actorId,
        at: h.createdAt.toISOString(),
      })),
    createdAt: ret.createdAt.toISOString(),
    updatedAt: ret.updatedAt.toISOString(),
  };
}

/**
 * Returns of delivered lines: the request (units claimed on the order line by a conditional
 * UPDATE, so concurrent requests never exceed what was delivered), and one `transition` for
 * every later step, which locks the return, checks the one table, applies the step's effect
 * (release of units, restock, refund or credit), records history and mails the customer
 * through the outbox, all in one transaction.
 */
@Injectable()
export class ReturnsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tx: TransactionHost,
    private readonly returns: ReturnsRepository,
    private readonly orders: OrdersService,
    private readonly inventory: InventoryService,
    private readonly refunds: RefundsService,
    private readonly credit: StoreCreditService,
    private readonly users: UsersService,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * The customer asks to return delivered units of their order within RETURN_WINDOW_DAYS of
   * delivery. 409 `order_not_returnable`, `return_window_closed` or `return_quantity_exceeded`
   * (nothing is written then); another customer's order is a 404.
   */
  async request(userId: string, orderId: string, input: CreateReturnDto): Promise<ReturnDto> {
    const seen = new Set<string>();
    for (const [index, item] of input.items.entries()) {
      if (seen.has(item.orderItemId)) {
        throw new ValidationFailedError(
          [{ field: `items.${index}.orderItemId`, message: "each order line at most once" }],
          "Name each order line at most once.",
        );
      }
      seen.add(item.orderItemId);
    }
    const id = await this.tx.run(async () => {
      const order = await this.orders.getOwnedOrder(orderId, userId);
      const deliveredAt = await this.orders.deliveredAt(order.id);
      if (!RETURNABLE_ORDER_STATUSES.includes(order.status) || !deliveredAt) {
        throw new OrderNotReturnableError(order.status);
      }
      const windowDays = this.config.returnWindowDays;
      if (Date.now() > deliveredAt.getTime() + windowDays * DAY_MS) {
        throw new ReturnWindowClosedError(deliveredAt, windowDays);
      }
      const lines = await this.returns.findOrderItems(order.id);
      for (const [index, item] of input.items.entries()) {
        if (!lines.some((l) => l.id === item.orderItemId)) {
          throw new ValidationFailedError(
            [{ field: `items.${index}.orderItemId`, message: "not a line of the order" }],
            "Only lines of the order can be returned.",
          );
        }
      }
      // In id order, so concurrent requests lock the order lines in the same order.
      const claims = [...input.items].sort((a, b) => (a.orderItemId < b.orderItemId ? -1 : 1));
      for (const item of claims) {
        if (!(await this.returns.claimUnits(item.orderItemId, item.quantity))) {
          const [line] = (await this.returns.findOrderItems(order.id)).filter(
            (l) => l.id === item.orderItemId,
          );
          throw new ReturnQuantityExceededError(
            item.orderItemId,
            item.quantity,
            line.quantity - line.returnedQuantity,
          );
        }
      }
      const ret = await this.returns.insert({
        orderId: order.id,
        userId: order.userId,
        status: "requested",
        currency: order.currency,
      });
      await this.returns.insertItems(
        input.items.map((item) => ({
          returnId: ret.id,
          orderItemId: item.orderItemId,
          quantity: item.quantity,
          reason: item.reason,
        })),
      );
      await this.record(ret, null, "requested", userId, order.number);
      return ret.id;
    });
    return this.get(id);
  }

  approve(returnId: string, actorId: string): Promise<ReturnDto> {
    return this.transition(returnId, "approved", actorId, () => Promise.resolve({}));
  }

  /** Rejecting gives the claimed units back: the customer may ask again for them. */
  reject(returnId: string, actorId: string): Promise<ReturnDto> {
    return this.transition(returnId, "rejected", actorId, async (_ret, items) => {
      for (const item of [...items].sort((a, b) => (a.orderItemId < b.orderItemId ? -1 : 1))) {
        await this.returns.releaseUnits(item.orderItemId, item.quantity);
      }
      return {};
    });
  }

  /** The goods arrived; each line's units go back into stock (a `return` movement) or not. */
  receive(returnId: string, input: ReceiveReturnDto, actorId: string): Promise<ReturnDto> {
    return this.transition(returnId, "received", actorId, async (ret, items) => {
      const choices = new Map((input.items ?? []).map((c) => [c.returnItemId, c.restock]));
      for (const [index, choice] of (input.items ?? []).entries()) {
        if (!items.some((i) => i.id === choice.returnItemId)) {
          throw new ValidationFailedError(
            [{ field: `items.${index}.returnItemId`, message: "not an item of the return" }],
            "Only items of the return can be restocked.",
          );
        }
      }
      const restocked = items.filter((i) => choices.get(i.id) ?? input.restock ?? true);
      if (restocked.length > 0) {
        const lines = await this.returns.findOrderItems(ret.orderId);
        await this.inventory.release(
          restocked.map((i) => ({
            variantId: lines.find((l) => l.id === i.orderItemId)?.variantId ?? "",
            quantity: i.quantity,
          })),
          { reason: "return", reference: ret.id, actorId },
        );
        await this.returns.markRestocked(restocked.map((i) => i.id));
      }
      return {};
    });
  }

  /**
   * Gives the money back for the returned units: what the customer paid for them (after the
   * lines' discounts, with each line's stored tax), to the original payment or as store credit.
   */
  settle(returnId: string, method: SettlementMethod, actorId: string): Promise<ReturnDto> {
    const to = method === "refund" ? "refunded" : "credited";
    return this.transition(returnId, to, actorId, async (ret, items) => {
      const lines = await this.returns.findOrderItems(ret.orderId);
      const settled = await this.returns.settledUnitsByOrderItem(ret.orderId);
      const amount = await this.orders.paidForUnitRanges(
        ret.orderId,
        items.map((item) => ({
          variantId: lines.find((l) => l.id === item.orderItemId)?.variantId ?? "",
          from: settled.get(item.orderItemId) ?? 0,
          quantity: item.quantity,
        })),
      );
      if (amount === 0) return { settledAmount: 0 };
      if (method === "store_credit") {
        await this.credit.issue(ret.userId, ret.currency, amount, "issued", {
          reference: `return:${ret.id}`,
          actorId,
        });
        return { settledAmount: amount };
      }
      const refund = await this.refunds.refundPartOfOrder(
        ret.orderId,
        amount,
        `return ${ret.id}`,
        actorId,
      );
      // A refusal rolls the whole step back: the return stays received, to settle again.
      if (refund.status === "failed") throw new ReturnRefundFailedError(refund.failureCode);
      return { settledAmount: amount, refundId: refund.id };
    });
  }

  /** One return; `ownerId` limits it to that customer's returns (404 otherwise). */
  async get(returnId: string, ownerId?: string): Promise<ReturnDto> {
    // Ids come through ParseUUIDPipe.
    const ret = await this.returns.findById(returnId);
    if (!ret || (ownerId !== undefined && ret.userId !== ownerId)) {
      throw new NotFoundError("Return", "return_not_found");
    }
    return (await this.toDtos([ret]))[0];
  }

  /** The order's returns, oldest first; `ownerId` scopes the order to a customer (404). */
  async listForOrder(orderId: string, ownerId?: string): Promise<ReturnDto[]> {
    if (ownerId !== undefined) await this.orders.getOwnedOrder(orderId, ownerId);
    else await this.orders.getOrder(orderId);
    return this.toDtos(await this.returns.findByOrder(orderId));
  }

  /** All returns, newest first, optionally in one status (admin). */
  async list(query: ReturnListQueryDto): Promise<Page<ReturnDto>> {
    const scope = "returns";
    const before = query.cursor ? decodeCursor(scope, query.cursor, ["uuid"])[0] : undefined;
    const rows = await this.returns.list({
      status: query.status,
      beforeId: before,
      limit: query.limit,
    });
    const dtos = await this.toDtos(rows.slice(0, query.limit));
    const page = toPage(
      rows,
      query.limit,
      (row) => row.id,
      (row) => encodeCursor(scope, [row.id]),
    );
    return { data: dtos, nextCursor: page.nextCursor };
  }

  private async transition(
    returnId: string,
    to: ReturnStatus,
    actorId: string,
    effect: (
      ret: ReturnEntity,
      items: ReturnItemEntity[],
    ) => Promise<Partial<Pick<ReturnEntity, "settledAmount" | "refundId">>>,
  ): Promise<ReturnDto> {
    await this.tx.run(async () => {
      const ret = await this.returns.findByIdForUpdate(returnId);
      if (!ret) throw new NotFoundError("Return", "return_not_found");
      const from = ret.status;
      if (!canTransitionReturn(from, to)) throw new InvalidTransitionError("Return", from, to);
      const changes = await effect(ret, await this.returns.findItems([ret.id]));
      await this.returns.update(ret.id, { status: to, ...changes });
      const order = await this.orders.getOrder(ret.orderId);
      await this.record(ret, from, to, actorId, order.number);
    });
    return this.get(returnId);
  }

  /** The history row and the customer's mail, in the step's transaction. */
  private async record(
    ret: ReturnEntity,
    from: ReturnStatus | null,
    to: ReturnStatus,
    actorId: string | null,
    orderNumber: string,
  ): Promise<void> {
    await this.returns.insertHistory({ returnId: ret.id, fromStatus: from, toStatus: to, actorId });
    const user = await this.users.findById(ret.userId);
    if (!user) return;
    await this.outbox.enqueue({
      topic: RETURN_STATUS_MAIL_TOPIC,
      recipient: user.email,
      subject: `Your return for order ${orderNumber}: ${to}`,
      body: MAIL_LINES[to],
      payload: { returnId: ret.id, orderId: ret.orderId, status: to },
    });
  }

  private async toDtos(rows: ReturnEntity[]): Promise<ReturnDto[]> {
    const ids = rows.map((r) => r.id);
    const [items, history] = await Promise.all([
      this.returns.findItems(ids),
      this.returns.findHistory(ids),
    ]);
    return rows.map((row) => toReturnDto(row, items, history));
  }
}
