import { Injectable, Logger, OnModuleInit } from "@nestjs/common";
import { OutboxService } from "../notifications/outbox.service";
import { REFUND_ORDER_TOPIC } from "../orders/orders.service";
import { PAYMENT_SUCCEEDED_TOPIC } from "./payments.service";
import { REFUND_SUCCEEDED_TOPIC, RefundsService, SEND_REFUND_TOPIC } from "./refunds.service";

/**
 * The outbox topics payments consumes (refund a cancelled paid order, send a refund of a charge
 * the shop did not accept) and emits.
 */
@Injectable()
export class PaymentOutboxHandlers implements OnModuleInit {
  private readonly logger = new Logger(PaymentOutboxHandlers.name);

  constructor(
    private readonly outbox: OutboxService,
    private readonly refunds: RefundsService,
  ) {}

  onModuleInit(): void {
    this.outbox.registerHandler(REFUND_ORDER_TOPIC, async (message) => {
      const orderId = message.payload.orderId;
      if (typeof orderId !== "string") throw new Error("refund_order message without orderId");
      const reason = typeof message.payload.reason === "string" ? message.payload.reason : null;
      await this.refunds.refundOrder(orderId, reason ?? "order_cancelled");
    });
    this.outbox.registerHandler(SEND_REFUND_TOPIC, async (message) => {
      const refundId = message.payload.refundId;
      if (typeof refundId !== "string") throw new Error("send_refund message without refundId");
      await this.refunds.sendPending(refundId);
    });
    // Emitted for integrations (accounting, analytics); recorded here so the message settles.
    for (const topic of [PAYMENT_SUCCEEDED_TOPIC, REFUND_SUCCEEDED_TOPIC]) {
      this.outbox.registerHandler(topic, (message) => {
        this.logger.log({ topic, payload: message.payload }, "Payment effect published");
        return Promise.resolve();
      });
    }
  }
}
