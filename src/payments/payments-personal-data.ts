import { Injectable } from "@nestjs/common";
import {
  DataSubject,
  ERASED,
  PersonalDataContributor,
  mentionsPattern,
} from "../common/privacy/personal-data";
import { toPaymentDto, toRefundDto } from "./payment.mapper";
import { PaymentsRepository } from "./payments.repository";
import { RefundsRepository } from "./refunds.repository";

/**
 * Payments and refunds. They are financial records and stay on erasure: they hold amounts,
 * provider references and the card's brand and last four digits, never card data; only a
 * refund's free-text reason can name the customer.
 */
@Injectable()
@PersonalDataContributor()
export class PaymentsPersonalData implements PersonalDataContributor {
  constructor(
    private readonly payments: PaymentsRepository,
    private readonly refunds: RefundsRepository,
  ) {}

  async exportData(subject: DataSubject) {
    const payments = await this.payments.findAllOfUser(subject.userId);
    const refunds = await this.refunds.findByPayments(payments.map((payment) => payment.id));
    return { payments: payments.map(toPaymentDto), refunds: refunds.map(toRefundDto) };
  }

  async erase(subject: DataSubject): Promise<void> {
    await this.refunds.redactReasons(subject.userId, mentionsPattern(subject), ERASED);
  }
}
