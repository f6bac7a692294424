import { Injectable } from "@nestjs/common";
import { TransactionHost } from "../../database/transaction-host";
import { SecurityEventEntity, SecurityEventType } from "../entities/security-event.entity";

export interface SecurityEventFilter {
  type?: SecurityEventType;
  userId?: string;
  /** Keyset: strictly older than this (createdAt, id). */
  before?: { createdAt: Date; id: string };
  limit: number;
}

@Injectable()
export class SecurityEventsRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get repo() {
    return this.tx.manager.getRepository(SecurityEventEntity);
  }

  async insert(event: Omit<SecurityEventEntity, "id" | "user">): Promise<SecurityEventEntity> {
    return this.repo.save(this.repo.create(event));
  }

  /** Every event about the user, oldest first (the personal-data export). */
  findAllOfUser(userId: string): Promise<SecurityEventEntity[]> {
    return this.repo.find({ where: { userId }, order: { createdAt: "ASC", id: "ASC" } });
  }

  /** Erasure: the trail about the user stays (what happened, when), without their addresses. */
  async forgetIpsOfUser(userId: string): Promise<void> {
    await this.repo.update({ userId }, { ip: null });
  }

  /** Newest first; `limit + 1` rows so the caller knows whether more exist. */
  async findPage(filter: SecurityEventFilter): Promise<SecurityEventEntity[]> {
    const qb = this.repo.createQueryBuilder("e");
    if (filter.type) qb.andWhere("e.type = :type", { type: filter.type });
    if (filter.userId) qb.andWhere("e.user_id = :userId", { userId: filter.userId });
    if (filter.before) {
      qb.andWhere("(e.created_at, e.id) < (:createdAt, :id)", filter.before);
    }
    return qb
      .orderBy("e.created_at", "DESC")
      .addOrderBy("e.id", "DESC")
      .limit(filter.limit + 1)
      .getMany();
  }
}
