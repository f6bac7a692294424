import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from "@nestjs/common";
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from "@nestjs/swagger";
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
   * Stands in for the bank's 3-D Secure page (the `nextAction.url` of a sandbox payment). The
   * outcome reaches the payment through the sandbox's signed webhook, as with a real bank.
   */
  @ApiOperation({ summary: "Complete a sandbox 3-D Secure challenge" })
  @ApiOkResponse({ type: SandboxAuthenticationResultDto })
  @ApiProblems(404, 409)
  @ApiParam({ name: "paymentId", format: "uuid", type: String })
  @Public()
  @Post("authenticate/:paymentId")
  @HttpCode(200)
  async authenticate(
    @Param("paymentId", ParseUUIDPipe) paymentId: string,
    @Body() body: SandboxAuthenticateDto,
  ): Promise<SandboxAuthenticationResultDto> {
    const intent = await this.sandbox.authenticate(paymentId, body.outcome);
    return { paymentId, status: intent.status };
  }
}
