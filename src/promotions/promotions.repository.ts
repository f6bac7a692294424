import { Injectable } from "@nestjs/common";
import { IsNull } from "typeorm";
import { TransactionHost } from "../database/transaction-host";
import { CartPromotionEntity } from "./entities/cart-promotion.entity";
import { PromotionRedemptionEntity } from "./entities/promotion-redemption.entity";
import { PromotionEntity } from "./entities/promotion.entity";

/** A promotion that may apply to a cart; `appliedToCart` when the customer entered its code. */
export type CandidatePromotion = PromotionEntity & { appliedToCart: boolean };

/** One redemption to record at checkout. */
export interface NewRedemption {
  promotionId: string;
  discount: number;
  shippingDiscount: number;
  /** Counted against usage_limit (the promotion has one). */
  limited: boolean;
  /** The promotion's usage_limit_per_customer, if any. */
  perCustomer: number | null;
}

export interface RedeemResult {
  /** Limited promotions whose counter could not go up: exhausted. */
  exhausted: string[];
  /** Promotions whose per-customer slots are all taken. */
  limitReached: string[];
}

/**
 * What the redemption CTEs (promotions.sql.ts) report, as exhausted and at-limit promotions:
 * a limited promotion whose counter was not taken, a per-customer one that found no free slot.
 */
export function readRedeemResult(
  rows: readonly NewRedemption[],
  claimedIds: readonly string[] | null,
  slots: Record<string, number | null> | null,
): RedeemResult {
  const claimed = new Set(claimedIds ?? []);
  return {
    exhausted: rows
      .filter((r) => r.limited && !claimed.has(r.promotionId))
      .map((r) => r.promotionId),
    limitReached: rows
      .filter((r) => r.perCustomer !== null && (slots?.[r.promotionId] ?? null) === null)
      .map((r) => r.promotionId),
  };
}

export interface CustomerRedemptionFacts {
  /** Orders of the customer that were not cancelled. */
  orders: number;
  /** Live redemptions per promotion id, for the ids asked about. */
  redemptions: Map<string, number>;
}

/** The candidate promotions as candidatePromotionsJson returns them (a json array). */
export function parseCandidatePromotions(json: unknown): CandidatePromotion[] {
  const rows = (typeof json === "string" ? JSON.parse(json) : json) as (CandidatePromotion & {
    startsAt: string;
    endsAt: string | null;
    createdAt: string;
    updatedAt: string;
  })[];
  return rows.map((row) => ({
    ...row,
    startsAt: new Date(row.startsAt),
    endsAt: row.endsAt === null ? null : new Date(row.endsAt),
    createdAt: new Date(row.createdAt),
    updatedAt: new Date(row.updatedAt),
  }));
}

@Injectable()
export class PromotionsRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get promotions() {
    return this.tx.manager.getRepository(PromotionEntity);
  }

  private get redemptions() {
    return this.tx.manager.getRepository(PromotionRedemptionEntity);
  }

  /**
   * What limits and first-order conditions need to know about a customer, in one query (run
   * only when a candidate has such a rule). Reads `orders` directly: promotions sit below the
   * orders module and may not call into it.
   */
  async findCustomerFacts(
    userId: string,
    promotionIds: string[],
  ): Promise<CustomerRedemptionFacts> {
    const [row]: { orders: number; redemptions: Record<string, number> | null }[] =
      await this.tx.manager.query(
        `SELECT
           (SELECT count(*) FROM orders o WHERE o.user_id = $1 AND o.status <> 'cancelled')::int AS orders,
           (SELECT json_object_agg(r.promotion_id, r.n) FROM (
              SELECT promotion_id, count(*)::int AS n FROM promotion_redemptions
              WHERE user_id = $1 AND promotion_id = ANY($2::uuid[]) AND released_at IS NULL
              GROUP BY promotion_id) r) AS redemptions`,
        [userId, promotionIds],
      );
    return {
      orders: Number(row.orders),
      redemptions: new Map(Object.entries(row.redemptions ?? {}).map(([k, v]) => [k, Number(v)])),
    };
  }

  findByCode(code: string): Promise<PromotionEntity | null> {
    return this.promotions.findOne({ where: { code } });
  }

  findById(id: string): Promise<PromotionEntity | null> {
    return this.promotions.findOne({ where: { id } });
  }

  findByIdForUpdate(id: string): Promise<PromotionEntity | null> {
    return this.promotions
      .createQueryBuilder("p")
      .setLock("pessimistic_write")
      .where("p.id = :id", { id })
      .getOne();
  }

  async addToCart(cartId: string, promotionId: string): Promise<void> {
    await this.tx.manager
      .createQueryBuilder()
      .insert()
      .into(CartPromotionEntity)
      .values({ cartId, promotionId })
      .orIgnore()
      .execute();
  }

  /** Removes a promotion from the cart; false when the cart did not hold it. */
  async removeFromCart(cartId: string, promotionId: string): Promise<boolean> {
    const result = await this.tx.manager
      .getRepository(CartPromotionEntity)
      .delete({ cartId, promotionId });
    return (result.affected ?? 0) > 0;
  }

  /**
   * Gives back the order's live redemptions of promotions that release on cancel, in one
   * statement: marks them released and takes them off the counters of limited promotions.
   * Returns how many were released.
   */
  async releaseForOrder(orderId: string): Promise<number> {
    const [row]: { released: number }[] = await this.tx.manager.query(
      `WITH released AS (
         UPDATE promotion_redemptions r SET released_at = now()
         FROM promotions p
         WHERE r.order_id = $1 AND r.released_at IS NULL AND p.id = r.promotion_id
           AND p.release_on_cancel
         RETURNING r.promotion_id
       ), counted AS (
         UPDATE promotions p SET used = p.used - 1
         FROM released
         WHERE p.id = released.promotion_id AND p.usage_limit IS NOT NULL AND p.used > 0
       )
       SELECT count(*)::int AS released FROM released`,
      [orderId],
    );
    return Number(row.released);
  }

  insert(promotion: Partial<PromotionEntity>): Promise<PromotionEntity> {
    return this.promotions.save(this.promotions.create(promotion));
  }

  save(promotion: PromotionEntity): Promise<PromotionEntity> {
    return this.promotions.save(promotion);
  }

  /** Live redemptions of a promotion: what its counter must say when a limit is set. */
  countLiveRedemptions(promotionId: string): Promise<number> {
    return this.redemptions.count({ where: { promotionId, releasedAt: IsNull() } });
  }

  /** Newest first, keyset-paginated on (createdAt, id); fetches limit + 1 rows. */
  list(limit: number, beforeId?: string): Promise<PromotionEntity[]> {
    const qb = this.promotions.createQueryBuilder("p");
    if (beforeId) {
      qb.where(
        "(p.created_at, p.id) < (SELECT c.created_at, c.id FROM promotions c WHERE c.id = :beforeId)",
        { beforeId },
      );
    }
    return qb
      .orderBy("p.created_at", "DESC")
      .addOrderBy("p.id", "DESC")
      .limit(limit + 1)
      .getMany();
  }

  /** A promotion's redemptions, newest first, keyset-paginated; fetches limit + 1 rows. */
  listRedemptions(
    promotionId: string,
    limit: number,
    beforeId?: string,
  ): Promise<PromotionRedemptionEntity[]> {
    const qb = this.redemptions
      .createQueryBuilder("r")
      .where("r.promotion_id = :promotionId", { promotionId });
    if (beforeId) {
      qb.andWhere(
        "(r.created_at, r.id) < (SELECT c.created_at, c.id FROM promotion_redemptions c WHERE c.id = :beforeId)",
        { beforeId },
      );
    }
    return qb
      .orderBy("r.created_at", "DESC")
      .addOrderBy("r.id", "DESC")
      .limit(limit + 1)
      .getMany();
  }
}
