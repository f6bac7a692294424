import { Injectable } from "@nestjs/common";
import {
  DataSubject,
  ERASED,
  Erasure,
  PersonalDataContributor,
  mentionsPattern,
} from "../../common/privacy/personal-data";
import { CreditRepository } from "./credit.repository";
import { StoreCreditService, toTransactionDto } from "./store-credit.service";

/**
 * Store credit: the balance and the ledger per currency. The ledger is financial and stays on
 * erasure, without names in its reasons; credit left is forfeited or the erasure refused
 * (StoreCreditService.forfeitOnErasure).
 */
@Injectable()
@PersonalDataContributor()
export class CreditPersonalData implements PersonalDataContributor {
  constructor(
    private readonly credit: CreditRepository,
    private readonly storeCredit: StoreCreditService,
  ) {}

  async exportData(subject: DataSubject) {
    const balances = await this.credit.findBalances(subject.userId);
    const movements = await this.credit.findAllTransactions(subject.userId);
    return {
      storeCredit: balances.map(({ currency, balance }) => ({
        currency,
        balance,
        movements: movements.filter((row) => row.currency === currency).map(toTransactionDto),
      })),
    };
  }

  async erase(subject: DataSubject, erasure: Erasure): Promise<void> {
    await this.storeCredit.forfeitOnErasure(subject.userId, erasure);
    await this.credit.redactReasons(subject.userId, mentionsPattern(subject), ERASED);
  }
}
