import { DynamicModule, Module, Provider } from "@nestjs/common";
import { TypeOrmModule } from "@nestjs/typeorm";
import type { AppConfig } from "../config/app-config";
import { NotificationsModule } from "../notifications/notifications.module";
import { OrdersModule } from "../orders/orders.module";
import { StoreCreditModule } from "./credit/store-credit.module";
import { PaymentTransaction } from "./entities/payment-transaction.entity";
import { Payment } from "./entities/payment.entity";
import { ProcessedWebhookEvent } from "./entities/processed-webhook-event.entity";
import { Refund } from "./entities/refund.entity";
import { PaymentFaults } from "./payment-faults";
import { PaymentMetrics } from "./payment-metrics";
import { PaymentOutboxHandlers } from "./payment-outbox-handlers";
import { PaymentReconciler } from "./payment-reconciler";
import { PaymentWebhooksController } from "./payment-webhooks.controller";
import { PaymentWebhooksService } from "./payment-webhooks.service";
import { PaymentsController } from "./payments.controller";
import { PaymentsPersonalData } from "./payments-personal-data";
import { PaymentsRepository } from "./payments.repository";
import { PaymentsService } from "./payments.service";
import { PaymentProvider } from "./providers/payment-provider";
import { SandboxModule } from "./providers/sandbox/sandbox.module";
import { SandboxPaymentProvider } from "./providers/sandbox/sandbox.provider";
import { UnconfiguredPaymentProvider } from "./providers/unconfigured-payment.provider";
import { RefundsRepository } from "./refunds.repository";
import { RefundsService } from "./refunds.service";

/**
 * Payments: intents through the provider port, signed webhooks, refunds, the ledger and the
 * reconciliation job. PAYMENT_PROVIDER picks the implementation (see forRoot).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([Payment, Refund, PaymentTransaction, ProcessedWebhookEvent]),
    OrdersModule,
    NotificationsModule,
    StoreCreditModule,
  ],
  controllers: [PaymentsController, PaymentWebhooksController],
  providers: [
    PaymentsRepository,
    RefundsRepository,
    PaymentsService,
    RefundsService,
    PaymentWebhooksService,
    PaymentReconciler,
    PaymentMetrics,
    PaymentFaults,
    PaymentOutboxHandlers,
    PaymentsPersonalData,
  ],
  exports: [PaymentsService, RefundsService, PaymentReconciler],
})
export class PaymentsModule {
  /** The provider's own module is imported only when it is the one configured. */
  static forRoot(config: AppConfig): DynamicModule {
    const provider: Provider =
      config.paymentProvider === "sandbox"
        ? { provide: PaymentProvider, useExisting: SandboxPaymentProvider }
        : { provide: PaymentProvider, useClass: UnconfiguredPaymentProvider };
    return {
      module: PaymentsModule,
      imports: config.paymentProvider === "sandbox" ? [SandboxModule] : [],
      providers: [provider],
    };
  }
}
