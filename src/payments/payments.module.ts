import { Module } from "@nestjs/common";
import { TypeOrmModule } from "@nestjs/typeorm";
import { NotificationsModule } from "../notifications/notifications.module";
import { OrdersModule } from "../orders/orders.module";
import { PaymentTransaction } from "./entities/payment-transaction.entity";
import { Payment } from "./entities/payment.entity";
import { ProcessedWebhookEvent } from "./entities/processed-webhook-event.entity";
import { Refund } from "./entities/refund.entity";
import { PaymentFaults } from "./payment-faults";
import { PaymentIdempotencyInterceptor } from "./payment-idempotency.interceptor";
import { PaymentOutboxHandlers } from "./payment-outbox-handlers";
import { PaymentReconciler } from "./payment-reconciler";
import { PaymentWebhooksController } from "./payment-webhooks.controller";
import { PaymentWebhooksService } from "./payment-webhooks.service";
import { PaymentsController } from "./payments.controller";
import { PaymentsRepository } from "./payments.repository";
import { PaymentsService } from "./payments.service";
import { PaymentProvider } from "./providers/payment-provider";
import { SandboxEvent } from "./providers/sandbox/entities/sandbox-event.entity";
import { SandboxIntent } from "./providers/sandbox/entities/sandbox-intent.entity";
import { SandboxRefund } from "./providers/sandbox/entities/sandbox-refund.entity";
import { SandboxWebhookSender } from "./providers/sandbox/sandbox-webhook-sender";
import { SandboxController } from "./providers/sandbox/sandbox.controller";
import { SandboxPaymentProvider } from "./providers/sandbox/sandbox.provider";
import { SandboxRepository } from "./providers/sandbox/sandbox.repository";
import { RefundsRepository } from "./refunds.repository";
import { RefundsService } from "./refunds.service";

/**
 * Payments: intents through the provider port, signed webhooks, refunds, the ledger and the
 * reconciliation job. PAYMENT_PROVIDER picks the implementation; `sandbox` is built in.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Payment,
      Refund,
      PaymentTransaction,
      ProcessedWebhookEvent,
      SandboxIntent,
      SandboxRefund,
      SandboxEvent,
    ]),
    OrdersModule,
    NotificationsModule,
  ],
  controllers: [PaymentsController, PaymentWebhooksController, SandboxController],
  providers: [
    PaymentsRepository,
    RefundsRepository,
    PaymentsService,
    RefundsService,
    PaymentWebhooksService,
    PaymentReconciler,
    PaymentFaults,
    PaymentIdempotencyInterceptor,
    PaymentOutboxHandlers,
    SandboxRepository,
    SandboxWebhookSender,
    SandboxPaymentProvider,
    // Only `sandbox` exists so far (the config refuses anything else); a real provider would be
    // another class chosen here by config.paymentProvider.
    { provide: PaymentProvider, useExisting: SandboxPaymentProvider },
  ],
  exports: [PaymentsService, RefundsService, PaymentReconciler],
})
export class PaymentsModule {}
