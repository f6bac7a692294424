import { Body, Controller, HttpCode, Param, Post } from "@nestjs/common";
import { ApiOkResponse, ApiParam, ApiTags } from "@nestjs/swagger";
import { Public } from "../../../common/decorators/public.decorator";
import { ApiProblems } from "../../../common/openapi/api-problems.decorator";
import {
  SandboxAuthenticateDto,
  SandboxAuthenticationResultDto,
} from "./dto/sandbox-authenticate.dto";
import { SandboxPaymentProvider } from "./sandbox.provider";

@ApiTags("payments")
@Controller("payments/sandbox")
export class SandboxController {
  constructor(private readonly sandbox: SandboxPaymentProvider) {}

  /**
   * Stands in for the bank's 3-D Secure page: the `nextAction.url` of a sandbox payment, whose
   * last segment is an unguessable token that works once (an unknown or spent one is a 404).
   * The outcome reaches the payment through the sandbox's signed webhook, as with a real bank.
   */
  @ApiOkResponse({ type: SandboxAuthenticationResultDto })
  @ApiProblems(404, 409)
  @ApiParam({
    name: "token",
    schema: { type: "string", pattern: "^[0-9a-f]{64}$", minLength: 64, maxLength: 64 },
  })
  @Public()
  @Post("authenticate/:token")
  @HttpCode(200)
  async authenticate(
    @Param("token") token: string,
    @Body() body: SandboxAuthenticateDto,
  ): Promise<SandboxAuthenticationResultDto> {
    const intent = await this.sandbox.authenticate(token, body.outcome);
    return { paymentId: intent.merchantReference, status: intent.status };
  }
}
