import { Inject, Logger, Module, OnApplicationBootstrap } from "@nestjs/common";
import { TypeOrmModule } from "@nestjs/typeorm";
import type { AppConfig } from "../../../config/app-config";
import { APP_CONFIG } from "../../../config/config.module";
import { SandboxEvent } from "./entities/sandbox-event.entity";
import { SandboxIntent } from "./entities/sandbox-intent.entity";
import { SandboxRefund } from "./entities/sandbox-refund.entity";
import { SandboxWebhookSender } from "./sandbox-webhook-sender";
import { SandboxController } from "./sandbox.controller";
import { SandboxPaymentProvider } from "./sandbox.provider";
import { SandboxRepository } from "./sandbox.repository";

/**
 * The sandbox card processor: its tables, its public 3-D Secure route and its webhook sender.
 * Imported only when PAYMENT_PROVIDER=sandbox, so with any other provider none of it exists.
 */
@Module({
  imports: [TypeOrmModule.forFeature([SandboxIntent, SandboxRefund, SandboxEvent])],
  controllers: [SandboxController],
  providers: [SandboxRepository, SandboxWebhookSender, SandboxPaymentProvider],
  exports: [SandboxPaymentProvider],
})
export class SandboxModule implements OnApplicationBootstrap {
  private readonly logger = new Logger(SandboxModule.name);

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  onApplicationBootstrap(): void {
    if (this.config.nodeEnv !== "production") return;
    this.logger.warn(
      "The sandbox payment provider is enabled in production (SANDBOX_IN_PRODUCTION=true): " +
        "no card is ever charged, and its 3-D Secure route is public. Use it for demos only.",
    );
  }
}
