import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
} from "@nestjs/common";
import { ApiNoContentResponse, ApiOkResponse, ApiParam, ApiTags } from "@nestjs/swagger";
import { AuthUser, CurrentUser } from "../../common/decorators/current-user.decorator";
import { Roles } from "../../common/decorators/roles.decorator";
import { ApiProblems } from "../../common/openapi/api-problems.decorator";
import { ClientIp } from "../../security/client-ip.decorator";
import { AuthRateLimited } from "../../security/throttling/auth-rate-limited.decorator";
import { EraseMyAccountDto, PersonalDataExportDto } from "./dto/personal-data-export.dto";
import { PrivacyService } from "./privacy.service";

@ApiTags("users")
@Controller("users")
export class PrivacyController {
  constructor(private readonly privacy: PrivacyService) {}

  /**
   * Everything Storefront keeps about the caller (profile, addresses, orders with their lines,
   * payments and refunds without card data, returns, store credit with its ledger, sessions,
   * security events, mails), as one JSON document. Recorded in the audit trail.
   */
  @ApiOkResponse({ type: PersonalDataExportDto })
  @Get("me/export")
  exportMine(
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string,
  ): Promise<PersonalDataExportDto> {
    return this.privacy.exportFor(user.id, user, ip);
  }

  /**
   * Erases the caller's account, confirmed with the password: personal data is deleted or replaced
   * by a tombstone, orders and payments stay for the books without it (unpaid orders are
   * cancelled, their stock released), every session ends and the email can register again. Refused while store credit remains (409 `store_credit_remaining`,
   * with the balances: the customer would lose it) and for administrators (409
   * `cannot_erase_admin`).
   */
  @ApiNoContentResponse({ description: "Erased; the access token no longer works" })
  @ApiProblems(400, 409)
  @AuthRateLimited()
  @HttpCode(HttpStatus.NO_CONTENT)
  @Delete("me")
  async eraseMine(@CurrentUser() user: AuthUser, @Body() body: EraseMyAccountDto): Promise<void> {
    await this.privacy.eraseOwnAccount(user.id, body.password);
  }

  /**
   * The same document as `GET /users/me/export`, for one account, audited: administrators may
   * export any account; for a customer any account but their own is 404, as if it did not exist.
   */
  @ApiOkResponse({ type: PersonalDataExportDto })
  @ApiProblems(404)
  @ApiParam({ name: "id", format: "uuid" })
  @Get(":id/export")
  exportFor(
    @CurrentUser() caller: AuthUser,
    @Param("id", ParseUUIDPipe) id: string,
    @ClientIp() ip: string,
  ): Promise<PersonalDataExportDto> {
    return this.privacy.exportFor(id, caller, ip);
  }

  /**
   * Erases a customer's account as `DELETE /users/me` does, without a password; audited. Store
   * credit left is forfeited (an `adjusted` ledger movement by the administrator). Erasing an
   * account already erased changes nothing (204 again). Administrator accounts are refused (409
   * `cannot_erase_admin`).
   */
  @ApiNoContentResponse({ description: "Erased (or already erased)" })
  @ApiProblems(404, 409)
  @Roles("admin")
  @ApiParam({ name: "id", format: "uuid" })
  @HttpCode(HttpStatus.NO_CONTENT)
  @Delete(":id")
  async erase(
    @CurrentUser() admin: AuthUser,
    @Param("id", ParseUUIDPipe) id: string,
    @ClientIp() ip: string,
  ): Promise<void> {
    await this.privacy.eraseAccount(id, { id: admin.id, ip });
  }
}
