import { Injectable } from "@nestjs/common";
import { TransactionHost } from "../../database/transaction-host";
import { CreditBalanceEntity } from "./entities/credit-balance.entity";
import {
  CreditTransactionEntity,
  CreditTransactionType,
} from "./entities/credit-transaction.entity";

export interface NewCreditTransaction {
  userId: string;
  currency: string;
  type: CreditTransactionType;
  amount: number;
  reference: string;
  reason: string | null;
  actorId: string | null;
}

@Injectable()
export class CreditRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** Adds a positive `amount` to the balance, creating it on first use; returns the new balance. */
  async credit(userId: string, currency: string, amount: number): Promise<number> {
    const rows = await this.tx.manager.query<{ balance: number }[]>(
      `INSERT INTO credit_balances (user_id, currency, balance) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, currency)
       DO UPDATE SET balance = credit_balances.balance + EXCLUDED.balance, updated_at = now()
       RETURNING balance`,
      [userId, currency, amount],
    );
    return Number(rows[0].balance);
  }

  /**
   * Takes a positive `amount` off the balance only if that much is there: one conditional
   * UPDATE, so concurrent spenders can never overdraw. Returns the new balance, or null.
   */
  async debit(userId: string, currency: string, amount: number): Promise<number | null> {
    const result = await this.tx.manager
      .getRepository(CreditBalanceEntity)
      .createQueryBuilder()
      .update()
      .set({ balance: () => "balance - :amount", updatedAt: () => "now()" })
      .where("user_id = :userId AND currency = :currency AND balance >= :amount", {
        userId,
        currency,
        amount,
      })
      .returning(["balance"])
      .execute();
    const rows = result.raw as { balance: number }[];
    return rows.length > 0 ? Number(rows[0].balance) : null;
  }

  async insertTransaction(row: NewCreditTransaction): Promise<CreditTransactionEntity> {
    const repo = this.tx.manager.getRepository(CreditTransactionEntity);
    return repo.save(repo.create(row));
  }

  findBalances(userId: string): Promise<CreditBalanceEntity[]> {
    return this.tx.manager
      .getRepository(CreditBalanceEntity)
      .find({ where: { userId }, order: { currency: "ASC" } });
  }

  /** The customer's balances, locked until the transaction ends (no spend or issue meanwhile). */
  findBalancesForUpdate(userId: string): Promise<CreditBalanceEntity[]> {
    return this.tx.manager
      .getRepository(CreditBalanceEntity)
      .createQueryBuilder("b")
      .setLock("pessimistic_write")
      .where("b.user_id = :userId", { userId })
      .orderBy("b.currency", "ASC")
      .getMany();
  }

  /** Every movement of the customer, oldest first. */
  findAllTransactions(userId: string): Promise<CreditTransactionEntity[]> {
    return this.tx.manager
      .getRepository(CreditTransactionEntity)
      .find({ where: { userId }, order: { createdAt: "ASC", id: "ASC" } });
  }

  /** Replaces what matches `mentions` in the reasons of the customer's movements; amounts stay. */
  async redactReasons(userId: string, mentions: string, replacement: string): Promise<void> {
    await this.tx.manager.query(
      `UPDATE credit_transactions
          SET reason = regexp_replace(reason, $2, $3, 'gi')
        WHERE user_id = $1 AND reason ~* $2`,
      [userId, mentions, replacement],
    );
  }

  async findBalance(userId: string, currency: string): Promise<number> {
    const row = await this.tx.manager
      .getRepository(CreditBalanceEntity)
      .findOne({ where: { userId, currency } });
    return row?.balance ?? 0;
  }

  /** A customer's movements, newest first, after the keyset (createdAt as text, id). */
  async findTransactions(
    userId: string,
    limit: number,
    before?: [string, string],
  ): Promise<(CreditTransactionEntity & { createdKey: string })[]> {
    const qb = this.tx.manager
      .getRepository(CreditTransactionEntity)
      .createQueryBuilder("t")
      .addSelect("t.created_at::text", "created_key")
      .where("t.user_id = :userId", { userId })
      .orderBy("t.created_at", "DESC")
      .addOrderBy("t.id", "DESC")
      .limit(limit + 1);
    if (before) {
      qb.andWhere("(t.created_at, t.id) < (:beforeAt::timestamptz, :beforeId::uuid)", {
        beforeAt: before[0],
        beforeId: before[1],
      });
    }
    const { entities, raw } = await qb.getRawAndEntities<{ created_key: string }>();
    return entities.map((e, i) => Object.assign(e, { createdKey: raw[i].created_key }));
  }
}
