import { Injectable } from "@nestjs/common";
import { TransactionHost } from "../database/transaction-host";
import { TaxCategoryEntity } from "./entities/tax-category.entity";
import { TaxRateEntity } from "./entities/tax-rate.entity";

export type TaxRateFields = Pick<
  TaxRateEntity,
  "regionCode" | "country" | "subdivision" | "categoryCode" | "rateBps"
>;

@Injectable()
export class TaxRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get categories() {
    return this.tx.manager.getRepository(TaxCategoryEntity);
  }

  private get rates() {
    return this.tx.manager.getRepository(TaxRateEntity);
  }

  findAllCategories(): Promise<TaxCategoryEntity[]> {
    return this.categories.find({ order: { code: "ASC" } });
  }

  findCategory(code: string): Promise<TaxCategoryEntity | null> {
    return this.categories.findOne({ where: { code } });
  }

  categoryExists(code: string): Promise<boolean> {
    return this.categories.exists({ where: { code } });
  }

  async insertCategory(code: string, name: string): Promise<void> {
    await this.categories.insert({ code, name });
  }

  async renameCategory(code: string, name: string): Promise<void> {
    await this.categories.update({ code }, { name });
  }

  /** The rates of one region, or of all, in a stable order (region, category, scope). */
  findRates(regionCode: string | undefined): Promise<TaxRateEntity[]> {
    return this.rates.find({
      where: regionCode === undefined ? {} : { regionCode },
      order: { regionCode: "ASC", categoryCode: "ASC", country: "ASC", subdivision: "ASC" },
    });
  }

  findRate(id: string): Promise<TaxRateEntity | null> {
    return this.rates.findOne({ where: { id } });
  }

  async insertRate(fields: TaxRateFields): Promise<string> {
    const result = await this.rates.insert(fields);
    return (result.identifiers[0] as { id: string }).id;
  }

  async updateRate(id: string, rateBps: number): Promise<void> {
    await this.rates.update({ id }, { rateBps });
  }

  async deleteRate(id: string): Promise<boolean> {
    return ((await this.rates.delete({ id })).affected ?? 0) > 0;
  }
}
