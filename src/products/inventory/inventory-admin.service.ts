import { Injectable } from "@nestjs/common";
import { NotFoundError } from "../../common/errors/domain-error";
import { decodeCursor, encodeCursor } from "../../common/pagination/cursor";
import { Page, toPage } from "../../common/pagination/page";
import type { StockMovement } from "../entities/stock-movement.entity";
import type {
  CreateStockAdjustmentDto,
  LowStockItemDto,
  StockAdjustmentResultDto,
  StockMovementDto,
} from "./dto/inventory.dto";
import { InventoryRepository } from "./inventory.repository";
import { InventoryService } from "./inventory.service";

const DEFAULT_LOW_STOCK_THRESHOLD = 5;

function toMovementDto(m: StockMovement): StockMovementDto {
  return {
    id: m.id,
    variantId: m.variantId,
    delta: m.delta,
    reason: m.reason,
    reference: m.reference,
    actorId: m.actorId,
    createdAt: m.createdAt,
  };
}

/** The admin's view of stock: adjustments, the ledger, low-stock lists. */
@Injectable()
export class InventoryAdminService {
  constructor(
    private readonly inventory: InventoryService,
    private readonly repository: InventoryRepository,
  ) {}

  async adjust(dto: CreateStockAdjustmentDto, actorId: string): Promise<StockAdjustmentResultDto> {
    const result = await this.inventory.adjust(dto.variantId, dto.delta, {
      reason: dto.reason,
      reference: dto.reference ?? null,
      actorId,
    });
    if (!result) throw new NotFoundError("Variant", "variant_not_found");
    return { movement: toMovementDto(result.movement), stock: result.stock };
  }

  async movements(
    variantId: string,
    limit: number,
    cursor?: string,
  ): Promise<Page<StockMovementDto>> {
    const scope = `movements:${variantId}`;
    const after = cursor ? decodeCursor(scope, cursor, ["timestamp", "uuid"]) : undefined;
    const rows = await this.repository.findMovements(variantId, limit, after);
    return toPage(rows, limit, toMovementDto, (m) => encodeCursor(scope, [m.createdKey, m.id]));
  }

  async lowStock(
    threshold: number | undefined,
    limit: number,
    cursor?: string,
  ): Promise<Page<LowStockItemDto>> {
    const level = threshold ?? DEFAULT_LOW_STOCK_THRESHOLD;
    const scope = `low-stock:${level}`;
    const after = cursor ? decodeCursor(scope, cursor, ["int", "uuid"]) : undefined;
    const rows = await this.repository.findLowStock(level, limit, after);
    return toPage(
      rows,
      limit,
      (r) => r,
      (r) => encodeCursor(scope, [r.stock, r.variantId]),
    );
  }
}
