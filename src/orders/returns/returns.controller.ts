import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from "@nestjs/common";
import { ApiCreatedResponse, ApiOkResponse, ApiParam, ApiTags } from "@nestjs/swagger";
import { AuthUser, CurrentUser, ownerScope } from "../../common/decorators/current-user.decorator";
import { Roles } from "../../common/decorators/roles.decorator";
import { Idempotent } from "../../common/idempotency/idempotent.decorator";
import { ApiProblems } from "../../common/openapi/api-problems.decorator";
import { Page, PageOf } from "../../common/pagination/page";
import {
  CreateReturnDto,
  ReceiveReturnDto,
  ReturnDto,
  ReturnListQueryDto,
  SettleReturnDto,
} from "./dto/return.dto";
import { ReturnsService } from "./returns.service";

@ApiTags("returns")
@Controller()
export class ReturnsController {
  constructor(private readonly returns: ReturnsService) {}

  /**
   * Asks to return delivered lines of the caller's order, within RETURN_WINDOW_DAYS of
   * delivery. 409 `order_not_returnable` (not delivered), `return_window_closed`, or
   * `return_quantity_exceeded` (more units than delivered and not already returned).
   */
  @ApiCreatedResponse({ type: ReturnDto })
  @ApiProblems(400, 404, 409)
  @Idempotent()
  @HttpCode(201)
  @ApiParam({ name: "id", format: "uuid", type: String })
  @Post("orders/:id/returns")
  request(
    @CurrentUser() user: AuthUser,
    @Param("id", ParseUUIDPipe) orderId: string,
    @Body() body: CreateReturnDto,
  ): Promise<ReturnDto> {
    return this.returns.request(user.id, orderId, body);
  }

  /** The order's returns, oldest first (its owner or an admin). */
  @ApiOkResponse({ type: [ReturnDto] })
  @ApiProblems(400, 404)
  @ApiParam({ name: "id", format: "uuid", type: String })
  @Get("orders/:id/returns")
  listForOrder(
    @CurrentUser() user: AuthUser,
    @Param("id", ParseUUIDPipe) orderId: string,
  ): Promise<ReturnDto[]> {
    return this.returns.listForOrder(orderId, ownerScope(user));
  }

  /** All returns, newest first, optionally in one `status` (admin). */
  @ApiOkResponse({ type: PageOf(ReturnDto) })
  @ApiProblems(400)
  @Roles("admin")
  @Get("returns")
  list(@Query() query: ReturnListQueryDto): Promise<Page<ReturnDto>> {
    return this.returns.list(query);
  }

  /** One return (its customer or an admin); anyone else's is a 404. */
  @ApiOkResponse({ type: ReturnDto })
  @ApiProblems(400, 404)
  @ApiParam({ name: "id", format: "uuid", type: String })
  @Get("returns/:id")
  get(@CurrentUser() user: AuthUser, @Param("id", ParseUUIDPipe) id: string): Promise<ReturnDto> {
    return this.returns.get(id, ownerScope(user));
  }

  /** Approves a requested return (admin); 409 `invalid_transition` from any other status. */
  @ApiOkResponse({ type: ReturnDto })
  @ApiProblems(400, 404, 409)
  @Roles("admin")
  @HttpCode(200)
  @ApiParam({ name: "id", format: "uuid", type: String })
  @Post("returns/:id/approve")
  approve(@CurrentUser() user: AuthUser, @Param("id", ParseUUIDPipe) id: string) {
    return this.returns.approve(id, user.id);
  }

  /**
   * Rejects a requested return (admin): its units may be asked for again. 409
   * `invalid_transition` from any other status.
   */
  @ApiOkResponse({ type: ReturnDto })
  @ApiProblems(400, 404, 409)
  @Roles("admin")
  @HttpCode(200)
  @ApiParam({ name: "id", format: "uuid", type: String })
  @Post("returns/:id/reject")
  reject(@CurrentUser() user: AuthUser, @Param("id", ParseUUIDPipe) id: string) {
    return this.returns.reject(id, user.id);
  }

  /**
   * Marks an approved return received (admin); each line's units go back into stock (a
   * `return` stock movement) unless `restock` (or the line's own choice) is false.
   */
  @ApiOkResponse({ type: ReturnDto })
  @ApiProblems(400, 404, 409)
  @Roles("admin")
  @HttpCode(200)
  @ApiParam({ name: "id", format: "uuid", type: String })
  @Post("returns/:id/receive")
  receive(
    @CurrentUser() user: AuthUser,
    @Param("id", ParseUUIDPipe) id: string,
    @Body() body: ReceiveReturnDto,
  ) {
    return this.returns.receive(id, body, user.id);
  }

  /**
   * Settles a received return (admin): what the customer paid for the returned units (after
   * the lines' discounts, with each line's stored tax) goes back to the original payment (`refund`)
   * or to the customer's store credit (`store_credit`). 502 `return_refund_failed` when the
   * provider refuses the refund (the return stays received).
   */
  @ApiOkResponse({ type: ReturnDto })
  @ApiProblems(400, 404, 409, 502)
  @Roles("admin")
  @Idempotent()
  @HttpCode(200)
  @ApiParam({ name: "id", format: "uuid", type: String })
  @Post("returns/:id/settle")
  settle(
    @CurrentUser() user: AuthUser,
    @Param("id", ParseUUIDPipe) id: string,
    @Body() body: SettleReturnDto,
  ) {
    return this.returns.settle(id, body.method, user.id);
  }
}
