import { Body, Controller, Get, Post, Query } from "@nestjs/common";
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from "@nestjs/swagger";
import { AuthUser, CurrentUser } from "../../common/decorators/current-user.decorator";
import { Roles } from "../../common/decorators/roles.decorator";
import { ApiProblems } from "../../common/openapi/api-problems.decorator";
import { PageOf } from "../../common/pagination/page";
import type { Page } from "../../common/pagination/page";
import {
  CreateStockAdjustmentDto,
  ListMovementsQueryDto,
  LowStockItemDto,
  LowStockQueryDto,
  StockAdjustmentResultDto,
  StockMovementDto,
} from "./dto/inventory.dto";
import { InventoryAdminService } from "./inventory-admin.service";

@ApiTags("inventory")
@Roles("admin")
@Controller("inventory")
export class InventoryController {
  constructor(private readonly inventory: InventoryAdminService) {}

  /** Changes a variant's stock and writes the ledger entry; below zero is a 409 that changes nothing. */
  @ApiCreatedResponse({ type: StockAdjustmentResultDto })
  @ApiProblems(404, 409)
  @Post("adjustments")
  adjust(
    @Body() dto: CreateStockAdjustmentDto,
    @CurrentUser() user: AuthUser,
  ): Promise<StockAdjustmentResultDto> {
    return this.inventory.adjust(dto, user.id);
  }

  /** A variant's ledger, newest first. */
  @ApiOkResponse({ type: PageOf(StockMovementDto) })
  @Get("movements")
  movements(@Query() query: ListMovementsQueryDto): Promise<Page<StockMovementDto>> {
    return this.inventory.movements(query.variantId, query.limit, query.cursor);
  }

  /** Active variants at or below the threshold, lowest stock first. */
  @ApiOkResponse({ type: PageOf(LowStockItemDto) })
  @Get("low-stock")
  lowStock(@Query() query: LowStockQueryDto): Promise<Page<LowStockItemDto>> {
    return this.inventory.lowStock(query.threshold, query.limit, query.cursor);
  }
}
