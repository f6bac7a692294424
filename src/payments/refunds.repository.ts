import { Injectable } from "@nestjs/common";
import { In, QueryFailedError } from "typeorm";
import { TransactionHost } from "../database/transaction-host";
import { Payment } from "./entities/payment.entity";
import { Refund } from "./entities/refund.entity";
import { RefundExceedsCapturedError } from "./payment-errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class RefundsRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get refunds() {
    return this.tx.manager.getRepository(Refund);
  }

  /** The refunds of these payments, oldest first (the personal-data export). */
  findByPayments(paymentIds: string[]): Promise<Refund[]> {
    if (paymentIds.length === 0) return Promise.resolve([]);
    return this.refunds.find({
      where: { paymentId: In(paymentIds) },
      order: { createdAt: "ASC", id: "ASC" },
    });
  }

  /** Erasure: a refund's reason is free text an admin typed; it loses the user's mentions. */
  async redactReasons(userId: string, mentions: string, replacement: string): Promise<void> {
    await this.tx.manager.query(
      `UPDATE refunds r
          SET reason = regexp_replace(r.reason, $2, $3, 'gi')
         FROM payments p
        WHERE p.id = r.payment_id AND p.user_id = $1 AND r.reason ~* $2`,
      [userId, mentions, replacement],
    );
  }

  /**
   * Adds to the payment's refunded amount in one statement; the CHECK
   * (refunded_amount <= amount) refuses anything past the captured amount.
   */
  async reserve(paymentId: string, amount: number): Promise<void> {
    try {
      await this.tx.manager
        .getRepository(Payment)
        .createQueryBuilder()
        .update()
        .set({ refundedAmount: () => `refunded_amount + ${Number(amount)}` })
        .where("id = :paymentId", { paymentId })
        .execute();
    } catch (error) {
      const driverError = (error as QueryFailedError).driverError as
        { code?: string; constraint?: string } | undefined;
      if (error instanceof QueryFailedError && driverError?.code === "23514") {
        throw new RefundExceedsCapturedError();
      }
      throw error;
    }
  }

  /** Gives back a reservation when the provider refused the refund. */
  async release(paymentId: string, amount: number): Promise<void> {
    await this.tx.manager
      .getRepository(Payment)
      .createQueryBuilder()
      .update()
      .set({ refundedAmount: () => `refunded_amount - ${Number(amount)}` })
      .where("id = :paymentId", { paymentId })
      .execute();
  }

  insert(refund: Partial<Refund>): Promise<Refund> {
    return this.refunds.save(this.refunds.create(refund));
  }

  save(refund: Refund): Promise<Refund> {
    return this.refunds.save(refund);
  }

  findById(id: string): Promise<Refund | null> {
    if (!UUID.test(id)) return Promise.resolve(null);
    return this.refunds.findOneBy({ id });
  }

  findForUpdate(id: string): Promise<Refund | null> {
    if (!UUID.test(id)) return Promise.resolve(null);
    return this.refunds
      .createQueryBuilder("r")
      .setLock("pessimistic_write")
      .where("r.id = :id", { id })
      .getOne();
  }

  async sumSucceeded(paymentId: string): Promise<number> {
    const row = await this.refunds
      .createQueryBuilder("r")
      .select("COALESCE(SUM(r.amount), 0)", "total")
      .where("r.payment_id = :paymentId AND r.status = 'succeeded'", { paymentId })
      .getRawOne<{ total: string | number }>();
    return Number(row?.total ?? 0);
  }

  /** Refunds still pending since before `cutoff` (oldest first). */
  findPendingBefore(cutoff: Date, limit: number): Promise<Refund[]> {
    return this.refunds
      .createQueryBuilder("r")
      .where("r.status = 'pending' AND r.updated_at < :cutoff", { cutoff })
      .orderBy("r.updated_at")
      .limit(limit)
      .getMany();
  }

  /** How many refunds are in each status (for metrics). */
  async countByStatus(): Promise<{ status: string; count: number }[]> {
    const rows = await this.tx.manager.query<{ status: string; count: string }[]>(
      `SELECT status, count(*) AS count FROM refunds GROUP BY status`,
    );
    return rows.map((row) => ({ status: row.status, count: Number(row.count) }));
  }
}
