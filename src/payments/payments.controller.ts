import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
} from "@nestjs/common";
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
} from "@nestjs/swagger";
import type { FastifyReply } from "fastify";
import { AuthUser, CurrentUser } from "../common/decorators/current-user.decorator";
import { Roles } from "../common/decorators/roles.decorator";
import { Idempotent } from "../common/idempotency/idempotent.decorator";
import { ApiProblems } from "../common/openapi/api-problems.decorator";
import { Page, PageOf } from "../common/pagination/page";
import { CreatePaymentDto } from "./dto/create-payment.dto";
import { CreateRefundDto } from "./dto/create-refund.dto";
import { PaymentPageQueryDto } from "./dto/payment-page-query.dto";
import { PaymentDto } from "./dto/payment.dto";
import { RefundDto } from "./dto/refund.dto";
import { toPaymentDto, toRefundDto } from "./payment.mapper";
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
   * `paymentMethod: "store_credit"` pays it all with store credit; `useStoreCredit: true` with
   * a card spends the credit first and charges the card the rest (the credit comes back if the
   * card payment fails). Too little credit for `store_credit` is a 409 `insufficient_store_credit`.
   * When the provider could not be reached and the payment was never confirmed there, 502
   * `payment_provider_unavailable`: nothing was charged, pay again. When the provider's answer
   * was lost and it cannot say yet, 202 with the payment `processing`: the outcome is unknown
   * for now; poll GET /payments/{id} (it is settled within PAYMENT_UNKNOWN_OUTCOME_RECHECK_SECONDS),
   * and a new payment of the order is refused (409) meanwhile so it cannot be charged twice.
   * After PAYMENT_MAX_FAILURES_PER_ORDER failed payments, 409 `payment_attempts_exhausted`.
   * With no provider configured (PAYMENT_PROVIDER=none), 503 `payment_provider_not_configured`.
   */
  @ApiCreatedResponse({ type: PaymentDto, description: "The payment succeeded or needs action" })
  @ApiAcceptedResponse({
    type: PaymentDto,
    description:
      "The provider's answer was lost: the payment is `processing` and its outcome not known yet",
  })
  @ApiProblems(402, 404, 409, 422, 502)
  @Idempotent({ mode: "staged" })
  @Post("orders/:id/payments")
  @HttpCode(201)
  async pay(
    @CurrentUser() user: AuthUser,
    @Param("id", ParseUUIDPipe) orderId: string,
    @Body() body: CreatePaymentDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PaymentDto> {
    const payment = await this.payments.pay(
      user,
      orderId,
      body.paymentMethod,
      body.useStoreCredit ?? false,
    );
    if (payment.status === "processing") reply.status(HttpStatus.ACCEPTED);
    return toPaymentDto(payment);
  }

  /** The order's payments, newest first (the owner or an admin). */
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
   * Refunds part (`amount`, or order lines as `items`: what was paid for them after discounts,
   * with their tax) or all of a succeeded payment. The refunds of a payment never sum past what
   * was captured (409 `refund_exceeds_captured`).
   */
  @ApiCreatedResponse({ type: RefundDto })
  @ApiProblems(404, 409, 422, 502)
  @Roles("admin")
  @Idempotent({ mode: "staged" })
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
