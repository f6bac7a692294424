import { Injectable } from "@nestjs/common";
import { ValidationFailedError } from "../../common/errors/domain-error";
import { TransactionHost } from "../../database/transaction-host";
import { CatalogCache } from "../catalog-cache";
import type { StockMovement, StockMovementReason } from "../entities/stock-movement.entity";
import { InsufficientStockError, StockShortage } from "./inventory.errors";
import { InventoryRepository } from "./inventory.repository";

export interface StockLine {
  variantId: string;
  quantity: number;
}

export interface StockContext<R extends StockMovementReason> {
  reason: R;
  reference: string;
  actorId?: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Merges lines of the same variant and orders them by id, so concurrent callers lock rows in the same order. */
function normalise(lines: StockLine[]): StockLine[] {
  const totals = new Map<string, number>();
  for (const line of lines) {
    if (!Number.isSafeInteger(line.quantity) || line.quantity <= 0) {
      throw new ValidationFailedError([
        { field: "quantity", message: "quantity must be a positive integer" },
      ]);
    }
    totals.set(line.variantId, (totals.get(line.variantId) ?? 0) + line.quantity);
  }
  return [...totals.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([variantId, quantity]) => ({ variantId, quantity }));
}

/**
 * Every change of stock goes through here: a conditional UPDATE per variant plus one ledger
 * row, in the caller's transaction (or one of its own), so the ledger always sums to the stock.
 * The one exception is checkout, whose single write statement takes the stock and writes the
 * ledger rows the same way (see CheckoutRepository) and reports back through `afterSale`.
 */
@Injectable()
export class InventoryService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly inventory: InventoryRepository,
    private readonly cache: CatalogCache,
  ) {}

  /**
   * Takes stock for a sale. All or nothing: when any line cannot be served, throws
   * InsufficientStockError listing every short line, and the transaction rolls back.
   */
  async reserve(lines: StockLine[], ctx: StockContext<"sale">): Promise<void> {
    const normalised = normalise(lines);
    if (normalised.length === 0) return;
    await this.tx.run(async () => {
      const shortages: StockShortage[] = [];
      let soldOut = false;
      for (const line of normalised) {
        const taken = UUID.test(line.variantId)
          ? await this.inventory.takeStock(line.variantId, line.quantity)
          : null;
        if (taken === null) {
          shortages.push({ variantId: line.variantId, requested: line.quantity, available: 0 });
        } else if (taken === 0) {
          soldOut = true;
        }
      }
      if (shortages.length > 0) {
        const stocks = await this.inventory.findStocks(
          shortages.map((s) => s.variantId).filter((id) => UUID.test(id)),
        );
        for (const shortage of shortages) {
          const found = stocks.find((s) => s.id === shortage.variantId);
          shortage.available = found?.active ? found.stock : 0;
        }
        throw new InsufficientStockError(shortages);
      }
      await this.inventory.insertMovements(
        normalised.map((line) => ({
          variantId: line.variantId,
          delta: -line.quantity,
          reason: ctx.reason,
          reference: ctx.reference,
          actorId: ctx.actorId ?? null,
        })),
      );
      // Only a variant selling out changes what catalog reads show (inStock, the in-stock
      // filter); invalidating on every sale would empty the cache under checkout load. Exact
      // counts may lag by at most the cache TTL.
      if (soldOut) this.cache.invalidateAfterCommit();
    });
  }

  /**
   * After a sale written elsewhere (checkout's one statement): the refusal naming every line
   * that was not taken, with what is available now, or, when all were taken, the cache
   * invalidation a sell-out needs.
   */
  async afterSale(
    lines: StockLine[],
    takenIds: readonly string[],
    soldOut: boolean,
  ): Promise<InsufficientStockError | null> {
    const taken = new Set(takenIds);
    const shortages: StockShortage[] = normalise(lines)
      .filter((line) => !taken.has(line.variantId))
      .map((line) => ({ variantId: line.variantId, requested: line.quantity, available: 0 }));
    if (shortages.length === 0) {
      if (soldOut) this.cache.invalidateAfterCommit();
      return null;
    }
    const stocks = await this.inventory.findStocks(shortages.map((s) => s.variantId));
    for (const shortage of shortages) {
      const found = stocks.find((s) => s.id === shortage.variantId);
      shortage.available = found?.active ? found.stock : 0;
    }
    return new InsufficientStockError(shortages);
  }

  /** Puts stock back (a cancelled order, a return). Inactive variants get their stock back too. */
  async release(lines: StockLine[], ctx: StockContext<"cancellation" | "return">): Promise<void> {
    const normalised = normalise(lines);
    if (normalised.length === 0) return;
    await this.tx.run(async () => {
      let backInStock = false;
      for (const line of normalised) {
        const stock = UUID.test(line.variantId)
          ? await this.inventory.changeStock(line.variantId, line.quantity)
          : null;
        if (stock === line.quantity) backInStock = true;
        if (stock === null) {
          throw new ValidationFailedError([
            { field: "variantId", message: `variant ${line.variantId} does not exist` },
          ]);
        }
      }
      await this.inventory.insertMovements(
        normalised.map((line) => ({
          variantId: line.variantId,
          delta: line.quantity,
          reason: ctx.reason,
          reference: ctx.reference,
          actorId: ctx.actorId ?? null,
        })),
      );
      // As in reserve: only a variant coming back in stock changes catalog reads.
      if (backInStock) this.cache.invalidateAfterCommit();
    });
  }

  /**
   * An admin's correction or restock of one variant, by `delta` of either sign. Refused with
   * InsufficientStockError (changing nothing) when it would take the stock below zero.
   * Returns the movement and the new stock, or null when the variant does not exist.
   */
  async adjust(
    variantId: string,
    delta: number,
    ctx: { reason: StockMovementReason; reference?: string | null; actorId?: string | null },
  ): Promise<{ movement: StockMovement; stock: number } | null> {
    return this.tx.run(async () => {
      const stock = await this.inventory.changeStock(variantId, delta);
      if (stock === null) {
        const [found] = await this.inventory.findStocks([variantId]);
        if (!found) return null;
        throw new InsufficientStockError([
          { variantId, requested: -delta, available: found.stock },
        ]);
      }
      const movement = await this.inventory.insertMovement({
        variantId,
        delta,
        reason: ctx.reason,
        reference: ctx.reference ?? null,
        actorId: ctx.actorId ?? null,
      });
      this.cache.invalidateAfterCommit();
      return { movement, stock };
    });
  }
}
