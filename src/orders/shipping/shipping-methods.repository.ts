import { Injectable } from "@nestjs/common";
import { TransactionHost } from "../../database/transaction-host";
import { ShippingMethodEntity } from "./entities/shipping-method.entity";

export type ShippingMethodFields = Pick<
  ShippingMethodEntity,
  "name" | "price" | "freeOver" | "estimatedDays" | "active"
>;

@Injectable()
export class ShippingMethodsRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get repo() {
    return this.tx.manager.getRepository(ShippingMethodEntity);
  }

  findAll(activeOnly: boolean): Promise<ShippingMethodEntity[]> {
    return this.repo.find({
      where: activeOnly ? { active: true } : {},
      order: { price: "ASC", code: "ASC" },
    });
  }

  findByCode(code: string): Promise<ShippingMethodEntity | null> {
    return this.repo.findOne({ where: { code } });
  }

  async insert(code: string, fields: ShippingMethodFields): Promise<void> {
    await this.repo.insert({ code, ...fields });
  }

  async update(code: string, fields: Partial<ShippingMethodFields>): Promise<void> {
    await this.repo.update({ code }, fields);
  }
}
