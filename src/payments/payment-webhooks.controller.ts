import { Controller, HttpCode, Param, Post, Req } from "@nestjs/common";
import type { RawBodyRequest } from "@nestjs/common";
import { ApiOkResponse, ApiParam, ApiTags } from "@nestjs/swagger";
import type { FastifyRequest } from "fastify";
import { Public } from "../common/decorators/public.decorator";
import { ApiProblems } from "../common/openapi/api-problems.decorator";
import { WebhookAckDto } from "./dto/webhook-ack.dto";
import { PaymentWebhooksService } from "./payment-webhooks.service";

@ApiTags("payments")
@Controller("payments/webhooks")
export class PaymentWebhooksController {
  constructor(private readonly webhooks: PaymentWebhooksService) {}

  /**
   * Events from the payment provider. Signed with `Storefront-Signature: t=<unix>,v1=<hex>`
   * (HMAC-SHA256 of `t.body`); a bad or stale signature is a 400 and changes nothing. Each
   * event is applied once; a duplicate answers 200 with `duplicate: true`.
   */
  @ApiOkResponse({ type: WebhookAckDto })
  @ApiProblems(404)
  @ApiParam({ name: "provider", enum: ["sandbox"] })
  @Public()
  @Post(":provider")
  @HttpCode(200)
  async receive(
    @Param("provider") provider: string,
    @Req() request: RawBodyRequest<FastifyRequest>,
  ): Promise<WebhookAckDto> {
    const outcome = await this.webhooks.receive(provider, request.rawBody, request.headers);
    return { received: true, duplicate: outcome.duplicate };
  }
}
