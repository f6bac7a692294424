import { Injectable } from "@nestjs/common";
import { Not } from "typeorm";
import { TransactionHost } from "../database/transaction-host";
import { AddressEntity } from "./entities/address.entity";

export type AddressFields = Pick<
  AddressEntity,
  "fullName" | "line1" | "line2" | "city" | "postalCode" | "country" | "phone" | "isDefault"
>;

@Injectable()
export class AddressesRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get repo() {
    return this.tx.manager.getRepository(AddressEntity);
  }

  findAllOfUser(userId: string): Promise<AddressEntity[]> {
    return this.repo.find({ where: { userId }, order: { createdAt: "ASC", id: "ASC" } });
  }

  /** Scoped by owner: another user's address is simply not found. */
  findOwned(userId: string, id: string): Promise<AddressEntity | null> {
    return this.repo.findOneBy({ id, userId });
  }

  countOfUser(userId: string): Promise<number> {
    return this.repo.countBy({ userId });
  }

  async insert(userId: string, fields: AddressFields): Promise<AddressEntity> {
    const now = new Date();
    return this.repo.save(this.repo.create({ ...fields, userId, createdAt: now, updatedAt: now }));
  }

  async update(id: string, changes: Partial<AddressFields>): Promise<void> {
    await this.repo.update({ id }, { ...changes, updatedAt: new Date() });
  }

  async clearDefault(userId: string, exceptId?: string): Promise<void> {
    await this.repo.update(
      exceptId ? { userId, isDefault: true, id: Not(exceptId) } : { userId, isDefault: true },
      { isDefault: false },
    );
  }

  async delete(id: string): Promise<void> {
    await this.repo.delete({ id });
  }

  /** The whole address book (erasure: addresses are personal data and nothing refers to them). */
  async deleteAllOfUser(userId: string): Promise<void> {
    await this.repo.delete({ userId });
  }

  async oldestOfUser(userId: string): Promise<AddressEntity | null> {
    return this.repo.findOne({ where: { userId }, order: { createdAt: "ASC", id: "ASC" } });
  }
}
