import { PaymentDto } from "./dto/payment.dto";
import { RefundDto } from "./dto/refund.dto";
import type { Payment } from "./entities/payment.entity";
import type { Refund } from "./entities/refund.entity";

export function toPaymentDto(payment: Payment): PaymentDto {
  return {
    id: payment.id,
    orderId: payment.orderId,
    amount: payment.amount,
    creditAmount: payment.creditAmount,
    currency: payment.currency,
    status: payment.status,
    failureCode: payment.failureCode,
    nextAction:
      payment.status === "requires_action" && payment.nextActionUrl
        ? { type: "redirect_to_url", url: payment.nextActionUrl }
        : null,
    paymentMethodDescription: payment.paymentMethodDescription,
    refundedAmount: payment.refundedAmount,
    createdAt: payment.createdAt,
    updatedAt: payment.updatedAt,
  };
}

export function toRefundDto(refund: Refund): RefundDto {
  return {
    id: refund.id,
    paymentId: refund.paymentId,
    amount: refund.amount,
    creditAmount: refund.creditAmount,
    currency: refund.currency,
    status: refund.status,
    reason: refund.reason,
    failureCode: refund.failureCode,
    createdAt: refund.createdAt,
  };
}
