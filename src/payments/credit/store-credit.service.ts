import { Injectable } from "@nestjs/common";
import { NotFoundError, ValidationFailedError } from "../../common/errors/domain-error";
import type { Erasure } from "../../common/privacy/personal-data";
import { decodeCursor, encodeCursor } from "../../common/pagination/cursor";
import { toPage } from "../../common/pagination/page";
import { TransactionHost } from "../../database/transaction-host";
import { OrdersService } from "../../orders/orders.service";
import { SecurityEventsService } from "../../security/audit/security-events.service";
import { UsersService } from "../../users/users.service";
import { CreditRepository } from "./credit.repository";
import { InsufficientStoreCreditError, StoreCreditRemainingError } from "./credit.errors";
import type { CreditAccountDto, CreditChangeDto, CreditTransactionDto } from "./dto/credit.dto";
import type { CreditTransactionEntity } from "./entities/credit-transaction.entity";

export interface CreditContext {
  /** What caused the movement, e.g. `payment:<id>`; kept on the ledger row. */
  reference: string;
  reason?: string | null;
  actorId?: string | null;
}

export function toTransactionDto(row: CreditTransactionEntity): CreditTransactionDto {
  return {
    id: row.id,
    type: row.type,
    amount: row.amount,
    currency: row.currency,
    reference: row.reference,
    reason: row.reason,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Store credit: a ledger per customer and currency. Every change writes one ledger row and
 * moves the balance row in the same transaction (a conditional UPDATE for any decrease, so
 * concurrent spends never overdraw; the CHECK balance >= 0 backs it), so the ledger always
 * sums to the balance.
 */
@Injectable()
export class StoreCreditService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly credit: CreditRepository,
    private readonly orders: OrdersService,
    private readonly users: UsersService,
    private readonly audit: SecurityEventsService,
  ) {}

  /** Adds credit (`issued`, or `released` when a spend is given back). */
  issue(
    userId: string,
    currency: string,
    amount: number,
    type: "issued" | "released",
    ctx: CreditContext,
  ): Promise<CreditTransactionEntity> {
    return this.tx.run(async () => {
      await this.credit.credit(userId, currency, amount);
      return this.credit.insertTransaction({
        userId,
        currency,
        type,
        amount,
        reference: ctx.reference,
        reason: ctx.reason ?? null,
        actorId: ctx.actorId ?? null,
      });
    });
  }

  /** Spends `amount` of the balance, or 409 insufficient_store_credit changing nothing. */
  spend(
    userId: string,
    currency: string,
    amount: number,
    ctx: CreditContext,
  ): Promise<CreditTransactionEntity> {
    return this.tx.run(async () => {
      await this.take(userId, currency, amount);
      return this.credit.insertTransaction({
        userId,
        currency,
        type: "spent",
        amount: -amount,
        reference: ctx.reference,
        reason: null,
        actorId: null,
      });
    });
  }

  balanceOf(userId: string, currency: string): Promise<number> {
    return this.credit.findBalance(userId, currency);
  }

  /**
   * An admin issues credit (amount > 0) or corrects it (amount of either sign, never below
   * zero: 409). Recorded in the audit trail with the ledger row it wrote.
   */
  async change(
    userId: string,
    change: CreditChangeDto,
    actorId: string,
  ): Promise<CreditTransactionDto> {
    if (change.kind === "issue" && change.amount <= 0) {
      throw new ValidationFailedError(
        [{ field: "amount", message: "an issue of credit must be positive" }],
        "An issue of credit must be positive.",
      );
    }
    if (change.amount === 0) {
      throw new ValidationFailedError([{ field: "amount", message: "amount must not be 0" }]);
    }
    return this.tx.run(async () => {
      // A share lock on the account: no credit lands on it after (or during) its erasure.
      await this.users.lockUnerasedOrFail(userId);
      const ctx = { reference: `admin:${actorId}`, reason: change.reason, actorId };
      if (change.amount > 0) {
        await this.credit.credit(userId, change.currency, change.amount);
      } else {
        await this.take(userId, change.currency, -change.amount);
      }
      const row = await this.credit.insertTransaction({
        userId,
        currency: change.currency,
        type: change.kind === "issue" ? "issued" : "adjusted",
        amount: change.amount,
        ...ctx,
      });
      await this.audit.record({
        type: "store_credit_changed",
        userId,
        details: {
          actorId,
          kind: change.kind,
          amount: change.amount,
          currency: change.currency,
          creditTransactionId: row.id,
        },
      });
      return toTransactionDto(row);
    });
  }

  /** Balances per currency, what the customer still owes (unpaid orders) and recent movements. */
  async account(
    userId: string,
    query: { limit: number; cursor?: string },
  ): Promise<CreditAccountDto> {
    const scope = `credit:${userId}`;
    const before = query.cursor
      ? decodeCursor(scope, query.cursor, ["timestamp", "uuid"])
      : undefined;
    const [balances, owed, rows] = await Promise.all([
      this.credit.findBalances(userId),
      this.orders.unpaidTotals(userId),
      this.credit.findTransactions(userId, query.limit, before),
    ]);
    const currencies = [
      ...new Set([...balances.map((b) => b.currency), ...owed.map((o) => o.currency)]),
    ].sort();
    return {
      balances: currencies.map((currency) => ({
        currency,
        balance: balances.find((b) => b.currency === currency)?.balance ?? 0,
        owed: owed.find((o) => o.currency === currency)?.amount ?? 0,
      })),
      movements: toPage(rows, query.limit, toTransactionDto, (row) =>
        encodeCursor(scope, [row.createdKey, row.id]),
      ),
    };
  }

  /** An admin's view of a customer's account; 404 for an unknown user. */
  async accountOf(
    userId: string,
    query: { limit: number; cursor?: string },
  ): Promise<CreditAccountDto> {
    if (!(await this.users.findById(userId))) throw new NotFoundError("User", "user_not_found");
    return this.account(userId, query);
  }

  /**
   * At the erasure of the customer's account, the credit left is forfeited: one `adjusted`
   * ledger row per currency, by the administrator erasing it. The customer erasing their own
   * account with credit left is refused (409 `store_credit_remaining`): they would lose it.
   */
  async forfeitOnErasure(userId: string, erasure: Erasure): Promise<void> {
    await this.tx.run(async () => {
      const remaining = (await this.credit.findBalancesForUpdate(userId)).filter(
        (row) => row.balance > 0,
      );
      if (remaining.length === 0) return;
      if (erasure.by === "self") {
        throw new StoreCreditRemainingError(
          remaining.map(({ currency, balance }) => ({ currency, balance })),
        );
      }
      for (const { currency, balance } of remaining) {
        await this.take(userId, currency, balance);
        await this.credit.insertTransaction({
          userId,
          currency,
          type: "adjusted",
          amount: -balance,
          reference: `erasure:${userId}`,
          reason: "Forfeited: the account was erased",
          actorId: erasure.actorId,
        });
      }
    });
  }

  private async take(userId: string, currency: string, amount: number): Promise<void> {
    const left = await this.credit.debit(userId, currency, amount);
    if (left === null) {
      throw new InsufficientStoreCreditError(
        amount,
        await this.credit.findBalance(userId, currency),
        currency,
      );
    }
  }
}
