import { Injectable } from "@nestjs/common";
import { TransactionHost } from "../../../database/transaction-host";
import { SandboxEvent } from "./entities/sandbox-event.entity";
import { SandboxIntent } from "./entities/sandbox-intent.entity";
import { SandboxRefund } from "./entities/sandbox-refund.entity";

/** The sandbox processor's own storage. */
@Injectable()
export class SandboxRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get intents() {
    return this.tx.manager.getRepository(SandboxIntent);
  }

  private get refunds() {
    return this.tx.manager.getRepository(SandboxRefund);
  }

  private get events() {
    return this.tx.manager.getRepository(SandboxEvent);
  }

  /** Inserts the intent unless one exists for the merchant reference; returns the stored one. */
  async insertIntentOnce(intent: Partial<SandboxIntent>): Promise<SandboxIntent> {
    await this.intents.createQueryBuilder().insert().values(intent).orIgnore().execute();
    return this.intents.findOneByOrFail({ merchantReference: intent.merchantReference });
  }

  findIntentForUpdate(id: string): Promise<SandboxIntent | null> {
    return this.intents
      .createQueryBuilder("i")
      .setLock("pessimistic_write")
      .where("i.id = :id", { id })
      .getOne();
  }

  findIntentByAuthenticationTokenForUpdate(token: string): Promise<SandboxIntent | null> {
    return this.intents
      .createQueryBuilder("i")
      .setLock("pessimistic_write")
      .where("i.authentication_token = :token", { token })
      .getOne();
  }

  findIntent(id: string): Promise<SandboxIntent | null> {
    return this.intents.findOneBy({ id });
  }

  saveIntent(intent: SandboxIntent): Promise<SandboxIntent> {
    return this.intents.save(intent);
  }

  findRefundByMerchantReference(reference: string): Promise<SandboxRefund | null> {
    return this.refunds.findOneBy({ merchantReference: reference });
  }

  refundsOf(intentId: string): Promise<SandboxRefund[]> {
    return this.refunds.find({ where: { intentId }, order: { createdAt: "ASC", id: "ASC" } });
  }

  saveRefund(refund: Partial<SandboxRefund>): Promise<SandboxRefund> {
    return this.refunds.save(this.refunds.create(refund));
  }

  saveEvent(event: Partial<SandboxEvent>): Promise<SandboxEvent> {
    return this.events.save(this.events.create(event));
  }

  findEvent(id: string): Promise<SandboxEvent | null> {
    return this.events.findOneBy({ id });
  }

  async countDelivery(id: string): Promise<void> {
    await this.events.increment({ id }, "deliveries", 1);
  }
}
