import { Injectable } from "@nestjs/common";
import { TransactionHost } from "../database/transaction-host";
import { Payment } from "./entities/payment.entity";
import { PaymentTransaction } from "./entities/payment-transaction.entity";
import { ProcessedWebhookEvent } from "./entities/processed-webhook-event.entity";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface PaymentRow {
  id: string;
}

/** Payments, their ledger and the processed-webhook-events register. */
@Injectable()
export class PaymentsRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get payments() {
    return this.tx.manager.getRepository(Payment);
  }

  private get ledger() {
    return this.tx.manager.getRepository(PaymentTransaction);
  }

  insert(payment: Partial<Payment>): Promise<Payment> {
    return this.payments.save(this.payments.create(payment));
  }

  save(payment: Payment): Promise<Payment> {
    return this.payments.save(payment);
  }

  findById(id: string): Promise<Payment | null> {
    if (!UUID.test(id)) return Promise.resolve(null);
    return this.payments.findOneBy({ id });
  }

  /** Every payment the user made, oldest first (the personal-data export). */
  findAllOfUser(userId: string): Promise<Payment[]> {
    return this.payments.find({ where: { userId }, order: { createdAt: "ASC", id: "ASC" } });
  }

  /** How many of the order's payments failed (declined, or failed their authentication). */
  countFailedByOrder(orderId: string): Promise<number> {
    return this.payments.countBy({ orderId, status: "failed" });
  }

  findForUpdate(id: string): Promise<Payment | null> {
    if (!UUID.test(id)) return Promise.resolve(null);
    return this.payments
      .createQueryBuilder("p")
      .setLock("pessimistic_write")
      .where("p.id = :id", { id })
      .getOne();
  }

  findByProviderReferenceForUpdate(provider: string, reference: string): Promise<Payment | null> {
    return this.payments
      .createQueryBuilder("p")
      .setLock("pessimistic_write")
      .where("p.provider = :provider AND p.provider_reference = :reference", {
        provider,
        reference,
      })
      .getOne();
  }

  async setProviderReference(id: string, reference: string): Promise<void> {
    await this.payments
      .createQueryBuilder()
      .update()
      .set({ providerReference: reference })
      .where("id = :id AND provider_reference IS NULL", { id })
      .execute();
  }

  /** A page of an order's payments, newest first, after the keyset (createdAt, id). */
  listByOrder(
    orderId: string,
    limit: number,
    after?: { createdAt: string; id: string },
  ): Promise<Payment[]> {
    const query = this.payments
      .createQueryBuilder("p")
      .where("p.order_id = :orderId", { orderId })
      // Cursors carry milliseconds; order by exactly what they can express.
      .orderBy("date_trunc('milliseconds', p.created_at)", "DESC")
      .addOrderBy("p.id", "DESC")
      .limit(limit);
    if (after) {
      query.andWhere("(date_trunc('milliseconds', p.created_at), p.id) < (:createdAt, :id)", after);
    }
    return query.getMany();
  }

  /**
   * Locks every payment of the order (in id order), so decisions that depend on the order's
   * other payments (may a late charge be accepted?) are taken one at a time.
   */
  lockByOrder(orderId: string): Promise<Payment[]> {
    return this.payments
      .createQueryBuilder("p")
      .setLock("pessimistic_write")
      .where("p.order_id = :orderId", { orderId })
      .orderBy("p.id")
      .getMany();
  }

  findSucceededByOrderForUpdate(orderId: string): Promise<Payment | null> {
    return this.payments
      .createQueryBuilder("p")
      .setLock("pessimistic_write")
      .where("p.order_id = :orderId AND p.status = 'succeeded'", { orderId })
      .getOne();
  }

  /**
   * Takes a lease on payments left `processing` since before `processingBefore` or
   * `requires_action` since before `requiresActionBefore`, skipping rows another instance
   * holds, so each stale payment is reconciled by one instance at a time.
   */
  async claimUnsettled(
    cutoffs: { processingBefore: Date; requiresActionBefore: Date },
    now: Date,
    leaseUntil: Date,
    limit: number,
  ): Promise<string[]> {
    const rows = (await this.tx.manager.query(
      `UPDATE payments SET reconcile_lease_until = $4
        WHERE id IN (
          SELECT id FROM payments
           WHERE ((status = 'processing' AND updated_at < $1)
               OR (status = 'requires_action' AND updated_at < $2))
             AND (reconcile_lease_until IS NULL OR reconcile_lease_until < $3)
           ORDER BY updated_at
           LIMIT $5
           FOR UPDATE SKIP LOCKED)
        RETURNING id`,
      [cutoffs.processingBefore, cutoffs.requiresActionBefore, now, leaseUntil, limit],
    )) as [PaymentRow[], number] | PaymentRow[];
    const list = Array.isArray(rows[0]) ? (rows[0] as PaymentRow[]) : (rows as PaymentRow[]);
    return list.map((row) => row.id);
  }

  /** Succeeded payments whose order still waits for payment (locked, skipping held rows). */
  async lockSucceededWithUnpaidOrder(limit: number): Promise<Payment[]> {
    return this.payments
      .createQueryBuilder("p")
      .innerJoin("orders", "o", "o.id = p.order_id")
      .where("p.status = 'succeeded' AND o.status = 'pending_payment'")
      .orderBy("p.updated_at")
      .limit(limit)
      .setLock("pessimistic_write", undefined, ["p"])
      .setOnLocked("skip_locked")
      .getMany();
  }

  /** Writes a ledger row; a second row for the same charge or refund is ignored. */
  async recordTransaction(row: Partial<PaymentTransaction>): Promise<void> {
    await this.ledger.createQueryBuilder().insert().values(row).orIgnore().execute();
  }

  /**
   * Records the payment's charge as succeeded with what the provider took. A charge first
   * recorded failed is corrected in place: there is one charge per payment (its intent), and
   * the provider's later word on it is the true one.
   */
  async recordSucceededCharge(row: Partial<PaymentTransaction>): Promise<void> {
    await this.ledger
      .createQueryBuilder()
      .insert()
      .values({ ...row, type: "charge", status: "succeeded" })
      .orUpdate(["status", "amount", "currency", "provider_reference"], ["payment_id"], {
        indexPredicate: "type = 'charge'",
      })
      .execute();
  }

  async hasSucceededCharge(paymentId: string): Promise<boolean> {
    return this.ledger.existsBy({ paymentId, type: "charge", status: "succeeded" });
  }

  /** True the first time the event is seen; false for a duplicate (primary key). */
  async recordEventOnce(provider: string, eventId: string, type: string): Promise<boolean> {
    const result = await this.tx.manager
      .getRepository(ProcessedWebhookEvent)
      .createQueryBuilder()
      .insert()
      .values({ provider, eventId, type })
      .orIgnore()
      .returning(["eventId"])
      .execute();
    return result.raw.length > 0;
  }

  /** How many payments are in each status (for metrics). */
  async countByStatus(): Promise<{ status: string; count: number }[]> {
    const rows = await this.tx.manager.query<{ status: string; count: string }[]>(
      `SELECT status, count(*) AS count FROM payments GROUP BY status`,
    );
    return rows.map((row) => ({ status: row.status, count: Number(row.count) }));
  }
}
