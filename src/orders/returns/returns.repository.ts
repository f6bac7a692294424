import { Injectable } from "@nestjs/common";
import { TransactionHost } from "../../database/transaction-host";
import { OrderItemEntity } from "../entities/order-item.entity";
import { ReturnItemEntity } from "./entities/return-item.entity";
import { ReturnStatusHistoryEntity } from "./entities/return-status-history.entity";
import { ReturnEntity } from "./entities/return.entity";
import type { ReturnStatus } from "./return-status";

export type NewReturn = Pick<ReturnEntity, "orderId" | "userId" | "status" | "currency">;
export type NewReturnItem = Pick<
  ReturnItemEntity,
  "returnId" | "orderItemId" | "quantity" | "reason"
>;

export interface ReturnListFilter {
  status?: ReturnStatus;
  /** Keyset: rows after this return in (createdAt DESC, id DESC) order. */
  beforeId?: string;
  limit: number;
}

@Injectable()
export class ReturnsRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get returns() {
    return this.tx.manager.getRepository(ReturnEntity);
  }

  private get items() {
    return this.tx.manager.getRepository(ReturnItemEntity);
  }

  /**
   * Claims `quantity` more units of an order line for a return, only while the claimed units
   * stay within what was delivered: one conditional UPDATE (the row lock orders concurrent
   * claims; the CHECK backs it). False when refused.
   */
  async claimUnits(orderItemId: string, quantity: number): Promise<boolean> {
    const result = await this.tx.manager
      .getRepository(OrderItemEntity)
      .createQueryBuilder()
      .update()
      .set({ returnedQuantity: () => "returned_quantity + :quantity" })
      .where("id = :orderItemId AND returned_quantity + :quantity <= quantity", {
        orderItemId,
        quantity,
      })
      .returning(["id"])
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  /** Gives claimed units back (a rejected return). */
  async releaseUnits(orderItemId: string, quantity: number): Promise<void> {
    await this.tx.manager
      .getRepository(OrderItemEntity)
      .createQueryBuilder()
      .update()
      .set({ returnedQuantity: () => "returned_quantity - :quantity" })
      .where("id = :orderItemId", { orderItemId, quantity })
      .execute();
  }

  findOrderItems(orderId: string): Promise<OrderItemEntity[]> {
    return this.tx.manager
      .getRepository(OrderItemEntity)
      .find({ where: { orderId }, order: { sku: "ASC" } });
  }

  insert(row: NewReturn): Promise<ReturnEntity> {
    return this.returns.save(this.returns.create(row));
  }

  async insertItems(rows: NewReturnItem[]): Promise<void> {
    await this.items.createQueryBuilder().insert().values(rows).execute();
  }

  findById(id: string): Promise<ReturnEntity | null> {
    return this.returns.findOne({ where: { id } });
  }

  /** Locks the return row until the surrounding transaction ends. */
  findByIdForUpdate(id: string): Promise<ReturnEntity | null> {
    return this.returns
      .createQueryBuilder("r")
      .setLock("pessimistic_write")
      .where("r.id = :id", { id })
      .getOne();
  }

  findItems(returnIds: string[]): Promise<ReturnItemEntity[]> {
    if (returnIds.length === 0) return Promise.resolve([]);
    return this.items
      .createQueryBuilder("i")
      .where("i.return_id IN (:...returnIds)", { returnIds })
      .orderBy("i.return_id")
      .addOrderBy("i.order_item_id")
      .getMany();
  }

  async markRestocked(itemIds: string[]): Promise<void> {
    if (itemIds.length === 0) return;
    await this.items
      .createQueryBuilder()
      .update()
      .set({ restocked: true })
      .where("id IN (:...itemIds)", { itemIds })
      .execute();
  }

  /**
   * Units of each line of the order already settled (refunded or credited) by other returns:
   * a later return's share starts after them.
   */
  async settledUnitsByOrderItem(orderId: string): Promise<Map<string, number>> {
    const rows = await this.items
      .createQueryBuilder("i")
      .innerJoin(ReturnEntity, "r", "r.id = i.return_id")
      .select("i.order_item_id", "orderItemId")
      .addSelect("SUM(i.quantity)", "units")
      .where("r.order_id = :orderId AND r.status IN ('refunded', 'credited')", { orderId })
      .groupBy("i.order_item_id")
      .getRawMany<{ orderItemId: string; units: string | number }>();
    return new Map(rows.map((r) => [r.orderItemId, Number(r.units)]));
  }

  async update(
    id: string,
    changes: Partial<Pick<ReturnEntity, "status" | "settledAmount" | "refundId">>,
  ): Promise<void> {
    await this.returns.update({ id }, changes);
  }

  async insertHistory(row: Omit<ReturnStatusHistoryEntity, "id" | "createdAt" | "return">) {
    await this.tx.manager
      .createQueryBuilder()
      .insert()
      .into(ReturnStatusHistoryEntity)
      .values(row)
      .execute();
  }

  findHistory(returnIds: string[]): Promise<ReturnStatusHistoryEntity[]> {
    if (returnIds.length === 0) return Promise.resolve([]);
    return this.tx.manager
      .getRepository(ReturnStatusHistoryEntity)
      .createQueryBuilder("h")
      .where("h.return_id IN (:...returnIds)", { returnIds })
      .orderBy("h.created_at", "ASC")
      .addOrderBy("h.id", "ASC")
      .getMany();
  }

  /** A customer's returns, oldest first. */
  findAllOfUser(userId: string): Promise<ReturnEntity[]> {
    return this.returns.find({ where: { userId }, order: { createdAt: "ASC", id: "ASC" } });
  }

  /** Replaces what matches `mentions` in the customer's return reasons; quantities stay. */
  async redactReasons(userId: string, mentions: string, replacement: string): Promise<void> {
    await this.tx.manager.query(
      `UPDATE return_items i
          SET reason = regexp_replace(i.reason, $2, $3, 'gi')
         FROM returns r
        WHERE r.id = i.return_id AND r.user_id = $1 AND i.reason ~* $2`,
      [userId, mentions, replacement],
    );
  }

  findByOrder(orderId: string): Promise<ReturnEntity[]> {
    return this.returns.find({ where: { orderId }, order: { createdAt: "ASC", id: "ASC" } });
  }

  /** Newest first, keyset-paginated on (createdAt, id); fetches limit + 1 rows. */
  list(filter: ReturnListFilter): Promise<ReturnEntity[]> {
    const qb = this.returns.createQueryBuilder("r");
    if (filter.status) qb.andWhere("r.status = :status", { status: filter.status });
    if (filter.beforeId) {
      qb.andWhere(
        "(r.created_at, r.id) < (SELECT c.created_at, c.id FROM returns c WHERE c.id = :beforeId)",
        { beforeId: filter.beforeId },
      );
    }
    return qb
      .orderBy("r.created_at", "DESC")
      .addOrderBy("r.id", "DESC")
      .limit(filter.limit + 1)
      .getMany();
  }
}
