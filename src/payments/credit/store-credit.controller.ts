import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from "@nestjs/common";
import { ApiCreatedResponse, ApiOkResponse, ApiParam, ApiTags } from "@nestjs/swagger";
import { AuthUser, CurrentUser } from "../../common/decorators/current-user.decorator";
import { Roles } from "../../common/decorators/roles.decorator";
import { Idempotent } from "../../common/idempotency/idempotent.decorator";
import { ApiProblems } from "../../common/openapi/api-problems.decorator";
import {
  CreditAccountDto,
  CreditAccountQueryDto,
  CreditChangeDto,
  CreditTransactionDto,
} from "./dto/credit.dto";
import { StoreCreditService } from "./store-credit.service";

@ApiTags("store credit")
@Controller("users")
export class StoreCreditController {
  constructor(private readonly credit: StoreCreditService) {}

  /**
   * How much store credit the caller has and owes, per currency, and their credit movements,
   * newest first (`limit`, `cursor`).
   */
  @ApiOkResponse({ type: CreditAccountDto })
  @ApiProblems(400)
  @Get("me/balance")
  mine(
    @CurrentUser() user: AuthUser,
    @Query() query: CreditAccountQueryDto,
  ): Promise<CreditAccountDto> {
    return this.credit.account(user.id, query);
  }

  /** A customer's store-credit balance and movements (admin). */
  @ApiOkResponse({ type: CreditAccountDto })
  @ApiProblems(400, 404)
  @ApiParam({ name: "id", format: "uuid", type: String })
  @Roles("admin")
  @Get(":id/balance")
  of(
    @Param("id", ParseUUIDPipe) userId: string,
    @Query() query: CreditAccountQueryDto,
  ): Promise<CreditAccountDto> {
    return this.credit.accountOf(userId, query);
  }

  /**
   * Issues store credit to a customer or adjusts it, with a reason (admin, audited). An
   * adjustment below zero is a 409 `insufficient_store_credit`; nothing changes then.
   */
  @ApiCreatedResponse({ type: CreditTransactionDto })
  @ApiProblems(400, 404, 409)
  @ApiParam({ name: "id", format: "uuid", type: String })
  @Roles("admin")
  @Idempotent()
  @HttpCode(201)
  @Post(":id/credit")
  change(
    @CurrentUser() user: AuthUser,
    @Param("id", ParseUUIDPipe) userId: string,
    @Body() body: CreditChangeDto,
  ): Promise<CreditTransactionDto> {
    return this.credit.change(userId, body, user.id);
  }
}
