import { Injectable } from "@nestjs/common";
import { TransactionHost } from "../../database/transaction-host";
import { ProductVariant } from "../entities/product-variant.entity";
import { StockMovement, StockMovementReason } from "../entities/stock-movement.entity";

export interface NewStockMovement {
  variantId: string;
  delta: number;
  reason: StockMovementReason;
  reference: string | null;
  actorId: string | null;
}

export interface LowStockRow {
  variantId: string;
  productId: string;
  productName: string;
  sku: string;
  variantName: string;
  stock: number;
}

export interface VariantStock {
  id: string;
  stock: number;
  active: boolean;
}

@Injectable()
export class InventoryRepository {
  constructor(private readonly tx: TransactionHost) {}

  /**
   * Takes `quantity` from an active variant only if that much is there: one conditional UPDATE,
   * so concurrent takers can never oversell. Returns the new stock, or null when refused.
   */
  async takeStock(variantId: string, quantity: number): Promise<number | null> {
    const result = await this.tx.manager
      .getRepository(ProductVariant)
      .createQueryBuilder()
      .update()
      .set({ stock: () => "stock - :quantity", updatedAt: () => "now()" })
      .where("id = :variantId AND stock >= :quantity AND active", { variantId, quantity })
      .setParameter("quantity", quantity)
      .returning(["stock"])
      .execute();
    const rows = result.raw as { stock: number }[];
    return rows.length > 0 ? rows[0].stock : null;
  }

  /** Adds `delta` (either sign) unless the stock would go below zero. Null when refused. */
  async changeStock(variantId: string, delta: number): Promise<number | null> {
    const result = await this.tx.manager
      .getRepository(ProductVariant)
      .createQueryBuilder()
      .update()
      .set({ stock: () => "stock + :delta", updatedAt: () => "now()" })
      .where("id = :variantId AND stock + :delta >= 0", { variantId, delta })
      .returning(["stock"])
      .execute();
    const rows = result.raw as { stock: number }[];
    return rows.length > 0 ? rows[0].stock : null;
  }

  async findStocks(variantIds: string[]): Promise<VariantStock[]> {
    if (variantIds.length === 0) return [];
    return this.tx.manager
      .getRepository(ProductVariant)
      .createQueryBuilder("v")
      .select(["v.id", "v.stock", "v.active"])
      .where("v.id IN (:...variantIds)", { variantIds })
      .getMany();
  }

  /** A variant's movements, newest first, after the keyset (createdAt as text, id). */
  async findMovements(
    variantId: string,
    limit: number,
    after?: [string, string],
  ): Promise<(StockMovement & { createdKey: string })[]> {
    const qb = this.tx.manager
      .getRepository(StockMovement)
      .createQueryBuilder("m")
      .addSelect("m.created_at::text", "created_key")
      .where("m.variant_id = :variantId", { variantId })
      .orderBy("m.created_at", "DESC")
      .addOrderBy("m.id", "DESC")
      .limit(limit + 1);
    if (after) {
      qb.andWhere("(m.created_at, m.id) < (:afterAt::timestamptz, :afterId::uuid)", {
        afterAt: after[0],
        afterId: after[1],
      });
    }
    const { entities, raw } = await qb.getRawAndEntities<{ created_key: string }>();
    return entities.map((e, i) => Object.assign(e, { createdKey: raw[i].created_key }));
  }

  /** Active variants at or below `threshold`, lowest stock first, after the keyset (stock, id). */
  async findLowStock(
    threshold: number,
    limit: number,
    after?: [number, string],
  ): Promise<LowStockRow[]> {
    const qb = this.tx.manager
      .getRepository(ProductVariant)
      .createQueryBuilder("v")
      .innerJoin("v.product", "p")
      .select("v.id", "variantId")
      .addSelect("v.product_id", "productId")
      .addSelect("p.name", "productName")
      .addSelect("v.sku", "sku")
      .addSelect("v.name", "variantName")
      .addSelect("v.stock", "stock")
      .where("v.active AND v.stock <= :threshold", { threshold })
      .orderBy("v.stock", "ASC")
      .addOrderBy("v.id", "ASC")
      .limit(limit + 1);
    if (after) {
      qb.andWhere("(v.stock, v.id) > (:afterStock::integer, :afterId::uuid)", {
        afterStock: after[0],
        afterId: after[1],
      });
    }
    const rows = await qb.getRawMany<LowStockRow>();
    return rows.map((r) => ({ ...r, stock: Number(r.stock) }));
  }

  async insertMovement(movement: NewStockMovement): Promise<StockMovement> {
    const repo = this.tx.manager.getRepository(StockMovement);
    return repo.save(repo.create(movement));
  }

  async insertMovements(movements: NewStockMovement[]): Promise<void> {
    if (movements.length === 0) return;
    await this.tx.manager
      .getRepository(StockMovement)
      .createQueryBuilder()
      .insert()
      .values(movements)
      .execute();
  }
}
