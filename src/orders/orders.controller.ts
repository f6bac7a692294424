import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from "@nestjs/common";
import { ApiCreatedResponse, ApiOkResponse, ApiParam, ApiTags } from "@nestjs/swagger";
import { AuthUser, CurrentUser, ownerScope } from "../common/decorators/current-user.decorator";
import { Roles } from "../common/decorators/roles.decorator";
import { Idempotent } from "../common/idempotency/idempotent.decorator";
import { ApiProblems } from "../common/openapi/api-problems.decorator";
import { Page, PageOf } from "../common/pagination/page";
import { CheckoutService } from "./checkout/checkout.service";
import {
  CancelOrderDto,
  OrderListQueryDto,
  OrderStatusChangeDto,
  PlaceOrderDto,
  ShipOrderDto,
} from "./dto/order.dto";
import { OrderDto } from "./dto/order-response";
import { OrdersService } from "./orders.service";

@ApiTags("orders")
@Controller("orders")
export class OrdersController {
  constructor(
    private readonly checkout: CheckoutService,
    private readonly orders: OrdersService,
  ) {}

  /**
   * Places an order from the caller's cart (its items and shipping method): stock is reserved,
   * the cart emptied. 409 `cart_empty`, `insufficient_stock` (naming the variants),
   * `item_unavailable` or `shipping_method_required`; nothing changes then.
   */
  @Idempotent()
  @ApiCreatedResponse({ type: OrderDto })
  @ApiProblems(404, 409)
  @Post()
  place(@CurrentUser() user: AuthUser, @Body() body: PlaceOrderDto): Promise<OrderDto> {
    return this.checkout.placeOrder(user, body);
  }

  /**
   * Orders, newest first: a customer's own; for admins all of them, filtered by `status`,
   * `userId`, `from`, `to`.
   */
  @ApiOkResponse({ type: PageOf(OrderDto) })
  @Get()
  list(@CurrentUser() user: AuthUser, @Query() query: OrderListQueryDto): Promise<Page<OrderDto>> {
    return this.orders.list(query, ownerScope(user));
  }

  /** One order; another customer's order is a 404. */
  @ApiOkResponse({ type: OrderDto })
  @ApiProblems(404)
  @ApiParam({ name: "id", format: "uuid" })
  @Get(":id")
  get(@CurrentUser() user: AuthUser, @Param("id", ParseUUIDPipe) id: string): Promise<OrderDto> {
    return this.orders.getOrderDto(id, ownerScope(user));
  }

  /** The order's status changes, oldest first. */
  @ApiOkResponse({ type: [OrderStatusChangeDto] })
  @ApiProblems(404)
  @ApiParam({ name: "id", format: "uuid" })
  @Get(":id/history")
  history(
    @CurrentUser() user: AuthUser,
    @Param("id", ParseUUIDPipe) id: string,
  ): Promise<OrderStatusChangeDto[]> {
    return this.orders.getHistory(id, ownerScope(user));
  }

  /**
   * Cancels a `pending_payment` or `paid` order and gives its stock back; a paid order is then
   * refunded in full. 409 `invalid_transition` from any other status.
   */
  @HttpCode(200)
  @ApiOkResponse({ type: OrderDto })
  @ApiProblems(404, 409)
  @ApiParam({ name: "id", format: "uuid" })
  @Post(":id/cancel")
  async cancel(
    @CurrentUser() user: AuthUser,
    @Param("id", ParseUUIDPipe) id: string,
    @Body() body: CancelOrderDto,
  ): Promise<OrderDto> {
    const owner = ownerScope(user);
    await this.orders.cancel(id, { actorId: user.id, note: body.reason }, owner);
    return this.orders.getOrderDto(id, owner);
  }

  /** Marks a paid order shipped (admin). */
  @Roles("admin")
  @HttpCode(200)
  @ApiOkResponse({ type: OrderDto })
  @ApiProblems(404, 409)
  @ApiParam({ name: "id", format: "uuid" })
  @Post(":id/ship")
  async ship(
    @CurrentUser() user: AuthUser,
    @Param("id", ParseUUIDPipe) id: string,
    @Body() body: ShipOrderDto,
  ): Promise<OrderDto> {
    await this.orders.ship(id, body, { actorId: user.id });
    return this.orders.getOrderDto(id);
  }

  /** Marks a shipped order delivered (admin). */
  @Roles("admin")
  @HttpCode(200)
  @ApiOkResponse({ type: OrderDto })
  @ApiProblems(404, 409)
  @ApiParam({ name: "id", format: "uuid" })
  @Post(":id/deliver")
  async deliver(
    @CurrentUser() user: AuthUser,
    @Param("id", ParseUUIDPipe) id: string,
  ): Promise<OrderDto> {
    await this.orders.deliver(id, { actorId: user.id });
    return this.orders.getOrderDto(id);
  }
}
