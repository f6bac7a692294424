import { Injectable } from "@nestjs/common";
import { TransactionHost } from "../database/transaction-host";
import { OrderItemEntity } from "./entities/order-item.entity";
import { OrderStatusHistoryEntity } from "./entities/order-status-history.entity";
import { OrderEntity } from "./entities/order.entity";
import type { OrderStatus } from "./order-status";

export interface OrderListFilter {
  userId?: string;
  status?: OrderStatus;
  from?: Date;
  to?: Date;
  /** Keyset: rows after this order in (createdAt DESC, id DESC) order. */
  beforeId?: string;
  limit: number;
}

export type NewOrder = Omit<OrderEntity, "createdAt" | "updatedAt" | "user">;
export type NewOrderItem = Omit<OrderItemEntity, "id" | "order" | "variant" | "returnedQuantity">;

@Injectable()
export class OrdersRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get orders() {
    return this.tx.manager.getRepository(OrderEntity);
  }

  findById(id: string): Promise<OrderEntity | null> {
    return this.orders.findOne({ where: { id } });
  }

  /** Locks the order row until the surrounding transaction ends. */
  findByIdForUpdate(id: string): Promise<OrderEntity | null> {
    return this.orders
      .createQueryBuilder("o")
      .setLock("pessimistic_write")
      .where("o.id = :id", { id })
      .getOne();
  }

  findItems(orderIds: string[]): Promise<OrderItemEntity[]> {
    if (orderIds.length === 0) return Promise.resolve([]);
    return this.tx.manager
      .getRepository(OrderItemEntity)
      .createQueryBuilder("i")
      .where("i.order_id IN (:...orderIds)", { orderIds })
      .orderBy("i.order_id")
      .addOrderBy("i.sku")
      .getMany();
  }

  async updateStatus(
    id: string,
    status: OrderStatus,
    extra: Partial<Pick<OrderEntity, "carrier" | "trackingNumber">> = {},
  ): Promise<void> {
    await this.orders.update({ id }, { status, ...extra });
  }

  async insertHistory(row: Omit<OrderStatusHistoryEntity, "id" | "createdAt" | "order">) {
    await this.tx.manager
      .createQueryBuilder()
      .insert()
      .into(OrderStatusHistoryEntity)
      .values(row)
      .execute();
  }

  findHistory(orderId: string): Promise<OrderStatusHistoryEntity[]> {
    return this.tx.manager
      .getRepository(OrderStatusHistoryEntity)
      .find({ where: { orderId }, order: { createdAt: "ASC", id: "ASC" } });
  }

  /** Newest first, keyset-paginated on (createdAt, id); fetches limit + 1 rows. */
  list(filter: OrderListFilter): Promise<OrderEntity[]> {
    const qb = this.orders.createQueryBuilder("o");
    if (filter.userId) qb.andWhere("o.user_id = :userId", { userId: filter.userId });
    if (filter.status) qb.andWhere("o.status = :status", { status: filter.status });
    if (filter.from) qb.andWhere("o.created_at >= :from", { from: filter.from });
    if (filter.to) qb.andWhere("o.created_at < :to", { to: filter.to });
    if (filter.beforeId) {
      // The cursor names the last order served; comparing against its stored row keeps the
      // full microsecond timestamp (a JavaScript Date would cut it to milliseconds).
      qb.andWhere(
        "(o.created_at, o.id) < (SELECT c.created_at, c.id FROM orders c WHERE c.id = :beforeId)",
        { beforeId: filter.beforeId },
      );
    }
    return qb
      .orderBy("o.created_at", "DESC")
      .addOrderBy("o.id", "DESC")
      .limit(filter.limit + 1)
      .getMany();
  }

  /** Every order of the user, oldest first (the personal-data export). */
  findAllOfUser(userId: string): Promise<OrderEntity[]> {
    return this.orders.find({ where: { userId }, order: { createdAt: "ASC", id: "ASC" } });
  }

  /**
   * Erasure: the user's orders keep their amounts, taxes and dates for the books, but their
   * shipping address becomes a tombstone (only the country stays: it decided the tax) and the
   * tracking number (the parcel leads to the address) goes; notes lose their mentions of the user.
   */
  async eraseShippingDetails(userId: string, tombstone: string, mentions: string): Promise<void> {
    await this.tx.manager.query(
      `UPDATE orders
          SET shipping_address = jsonb_build_object(
                'fullName', $2::text, 'line1', $2::text, 'line2', NULL, 'city', $2::text,
                'postalCode', $2::text, 'country', shipping_address->>'country', 'phone', NULL),
              tracking_number = NULL
        WHERE user_id = $1`,
      [userId, tombstone],
    );
    await this.tx.manager.query(
      `UPDATE order_status_history h
          SET note = regexp_replace(h.note, $2, $3, 'gi')
         FROM orders o
        WHERE o.id = h.order_id AND o.user_id = $1 AND h.note ~* $2`,
      [userId, mentions, tombstone],
    );
  }

  /** The totals of a customer's orders awaiting payment, per currency. */
  async sumUnpaidByUser(userId: string): Promise<{ currency: string; amount: number }[]> {
    const rows = await this.orders
      .createQueryBuilder("o")
      .select("o.currency", "currency")
      .addSelect("SUM(o.total)", "amount")
      .where("o.user_id = :userId AND o.status = 'pending_payment'", { userId })
      .groupBy("o.currency")
      .getRawMany<{ currency: string; amount: string | number }>();
    return rows.map((r) => ({ currency: r.currency, amount: Number(r.amount) }));
  }

  /** The user's unpaid orders, locked (waiting for a payment or checkout that holds one). */
  lockPendingOfUser(userId: string): Promise<OrderEntity[]> {
    return this.orders
      .createQueryBuilder("o")
      .setLock("pessimistic_write")
      .where("o.user_id = :userId AND o.status = 'pending_payment'", { userId })
      .orderBy("o.created_at", "ASC")
      .getMany();
  }

  /**
   * Unpaid orders placed before `cutoff`, locked; rows another instance already holds are
   * skipped, so several job runners never cancel the same order twice.
   */
  lockOverduePending(cutoff: Date, batchSize: number): Promise<OrderEntity[]> {
    return this.orders
      .createQueryBuilder("o")
      .setLock("pessimistic_write")
      .setOnLocked("skip_locked")
      .where("o.status = 'pending_payment' AND o.created_at < :cutoff", { cutoff })
      .orderBy("o.created_at", "ASC")
      .limit(batchSize)
      .getMany();
  }
}
