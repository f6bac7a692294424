import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from "@nestjs/common";
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from "@nestjs/swagger";
import { AuthUser, CurrentUser } from "../common/decorators/current-user.decorator";
import { Roles } from "../common/decorators/roles.decorator";
import { ApiProblems } from "../common/openapi/api-problems.decorator";
import { Page, PageOf } from "../common/pagination/page";
import { CreatePaymentDto } from "./dto/create-payment.dto";
import { CreateRefundDto } from "./dto/create-refund.dto";
import { PaymentPageQueryDto } from "./dto/payment-page-query.dto";
import { PaymentDto } from "./dto/payment.dto";
import { RefundDto } from "./dto/refund.dto";
import { toPaymentDto, toRefundDto } from "./payment.mapper";
import { PaymentIdempotent } from "./payment-idempotency.interceptor";
import { PaymentsService } from "./payments.service";
import { RefundsService } from "./refunds.service";

@ApiTags("payments")
@ApiParam({ name: "id", format: "uuid", type: String })
@Controller()
export class PaymentsController {
  constructor(
    private readonly payments: PaymentsService,
    private readonly refunds: RefundsService,
  ) {}

  /**
   * Pays the caller's order. 201 with the payment (`succeeded`, or `requires_action` with a
   * `nextAction`); a decline is a 402 whose `code` says why, and the order may be paid again.
   */
  @ApiOperation({ summary: "Pay an order" })
  @ApiCreatedResponse({ type: PaymentDto })
  @ApiProblems(402, 404, 409, 422, 502)
  @PaymentIdempotent()
  @Post("orders/:id/payments")
  @HttpCode(201)
  async pay(
    @CurrentUser() user: AuthUser,
    @Param("id", ParseUUIDPipe) orderId: string,
    @Body() body: CreatePaymentDto,
  ): Promise<PaymentDto> {
    return toPaymentDto(await this.payments.pay(user, orderId, body.paymentMethod));
  }

  /** The order's payments, newest first (the owner or an admin). */
  @ApiOperation({ summary: "List an order's payments" })
  @ApiOkResponse({ type: PageOf(PaymentDto) })
  @ApiProblems(404)
  @Get("orders/:id/payments")
  async listForOrder(
    @CurrentUser() user: AuthUser,
    @Param("id", ParseUUIDPipe) orderId: string,
    @Query() query: PaymentPageQueryDto,
  ): Promise<Page<PaymentDto>> {
    const page = await this.payments.listForOrder(user, orderId, query);
    return { data: page.data.map(toPaymentDto), nextCursor: page.nextCursor };
  }

  /** One payment (its order's owner or an admin). */
  @ApiOperation({ summary: "Get a payment" })
  @ApiOkResponse({ type: PaymentDto })
  @ApiProblems(404)
  @Get("payments/:id")
  async get(
    @CurrentUser() user: AuthUser,
    @Param("id", ParseUUIDPipe) id: string,
  ): Promise<PaymentDto> {
    return toPaymentDto(await this.payments.getVisible(user, id));
  }

  /**
   * Refunds part (`amount`) or all of a succeeded payment. The refunds of a payment never sum
   * past what was captured (409 `refund_exceeds_captured`).
   */
  @ApiOperation({ summary: "Refund a payment (admin)" })
  @ApiCreatedResponse({ type: RefundDto })
  @ApiProblems(404, 409, 422, 502)
  @Roles("admin")
  @PaymentIdempotent()
  @Post("payments/:id/refunds")
  @HttpCode(201)
  async refund(
    @CurrentUser() user: AuthUser,
    @Param("id", ParseUUIDPipe) id: string,
    @Body() body: CreateRefundDto,
  ): Promise<RefundDto> {
    return toRefundDto(await this.refunds.refund(id, body, user.id));
  }
}
