import { Injectable } from "@nestjs/common";
import { TransactionHost } from "../database/transaction-host";
import { RegionCountryEntity } from "./entities/region-country.entity";
import { RegionEntity } from "./entities/region.entity";

export type RegionFields = Pick<RegionEntity, "name" | "currency" | "taxInclusive" | "isDefault">;

@Injectable()
export class RegionsRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get regions() {
    return this.tx.manager.getRepository(RegionEntity);
  }

  private get countries() {
    return this.tx.manager.getRepository(RegionCountryEntity);
  }

  /** Every region with its countries, by code. */
  findAllWithCountries(): Promise<RegionEntity[]> {
    return this.regions.find({
      relations: { countries: true },
      order: { code: "ASC", countries: { country: "ASC" } },
    });
  }

  findWithCountries(code: string): Promise<RegionEntity | null> {
    return this.regions.findOne({
      where: { code },
      relations: { countries: true },
      order: { countries: { country: "ASC" } },
    });
  }

  /** Locks the region's row for the rest of the transaction (changes to it go one at a time). */
  findForUpdate(code: string): Promise<RegionEntity | null> {
    return this.regions.findOne({ where: { code }, lock: { mode: "pessimistic_write" } });
  }

  /** The default region's currency (the migration makes one default; there is never none). */
  async defaultCurrency(): Promise<string> {
    const region = await this.regions.findOneOrFail({
      where: { isDefault: true },
      select: { currency: true },
    });
    return region.currency;
  }

  exists(code: string): Promise<boolean> {
    return this.regions.exists({ where: { code } });
  }

  async insert(code: string, fields: RegionFields): Promise<void> {
    await this.regions.insert({ code, ...fields });
  }

  async update(code: string, fields: Partial<RegionFields>): Promise<void> {
    await this.regions.update({ code }, fields);
  }

  /** Unsets the current default region, if any (there is at most one). */
  async clearDefault(): Promise<void> {
    await this.regions.update({ isDefault: true }, { isDefault: false });
  }

  /** Replaces the region's countries; one that is in another region violates the key. */
  async replaceCountries(code: string, countries: readonly string[]): Promise<void> {
    await this.countries.delete({ regionCode: code });
    if (countries.length > 0) {
      await this.countries.insert(countries.map((country) => ({ country, regionCode: code })));
    }
  }

  /** Deletes the region; its countries and tax rates go with it (ON DELETE CASCADE). */
  async delete(code: string): Promise<void> {
    await this.regions.delete({ code });
  }
}
