import { Injectable } from "@nestjs/common";
import { NotFoundError } from "../../common/errors/domain-error";
import { decodeCursor, encodeCursor, InvalidCursorError } from "../../common/pagination/cursor";
import { Page, toPage } from "../../common/pagination/page";
import { UUID_PATTERN } from "../common/validators";
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
    const after = cursor ? decodeCursor(scope, cursor, 2) : undefined;
    if (after && !(typeof after[0] === "string" && typeof after[1] === "string")) {
      throw new InvalidCursorError();
    }
    const rows = await this.repository.findMovements(
      variantId,
      limit,
      after as [string, string] | undefined,
    );
    return toPage(rows, limit, toMovementDto, (m) => encodeCursor(scope, [m.createdKey, m.id]));
  }

  async lowStock(
    threshold: number | undefined,
    limit: number,
    cursor?: string,
  ): Promise<Page<LowStockItemDto>> {
    const level = threshold ?? DEFAULT_LOW_STOCK_THRESHOLD;
    const scope = `low-stock:${level}`;
    const after = cursor ? decodeCursor(scope, cursor, 2) : undefined;
    if (
      after &&
      !(typeof after[0] === "number" && typeof after[1] === "string" && UUID_PATTERN.test(after[1]))
    ) {
      throw new InvalidCursorError();
    }
    const rows = await this.repository.findLowStock(
      level,
      limit,
      after as [number, string] | undefined,
    );
    return toPage(
      rows,
      limit,
      (r) => r,
      (r) => encodeCursor(scope, [r.stock, r.variantId]),
    );
  }
}
