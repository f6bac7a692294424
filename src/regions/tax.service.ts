import { HttpStatus, Injectable } from "@nestjs/common";
import { DomainError, NotFoundError } from "../common/errors/domain-error";
import { registerUniqueConstraint } from "../common/errors/error-mapping";
import { TransactionHost } from "../database/transaction-host";
import {
  CreateTaxCategoryDto,
  CreateTaxRateDto,
  TaxCategoryDto,
  TaxRateDto,
  UpdateTaxCategoryDto,
  UpdateTaxRateDto,
} from "./dto/tax.dto";
import { TaxRateEntity } from "./entities/tax-rate.entity";
import { RegionsRepository } from "./regions.repository";
import { TaxRepository } from "./tax.repository";

registerUniqueConstraint(
  "pk_tax_categories",
  "tax_category_exists",
  "A tax category with this code already exists.",
);
registerUniqueConstraint(
  "uq_tax_rates_scope",
  "tax_rate_exists",
  "This region already has a rate for this category and country (or state); change that one.",
);

export function toTaxRateDto(row: TaxRateEntity): TaxRateDto {
  return {
    id: row.id,
    region: row.regionCode,
    // '' in the table means "the whole region" / "the whole country".
    country: row.country || null,
    subdivision: row.subdivision || null,
    category: row.categoryCode,
    rate: row.rateBps,
  };
}

const taxCategoryNotFound = () => new NotFoundError("Tax category", "tax_category_not_found");
const taxRateNotFound = () => new NotFoundError("Tax rate", "tax_rate_not_found");

/** Tax categories and the rates of each category per region, country or state (admin data). */
@Injectable()
export class TaxService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly tax: TaxRepository,
    private readonly regions: RegionsRepository,
  ) {}

  async listCategories(): Promise<TaxCategoryDto[]> {
    return (await this.tax.findAllCategories()).map(({ code, name }) => ({ code, name }));
  }

  async createCategory(input: CreateTaxCategoryDto): Promise<TaxCategoryDto> {
    await this.tax.insertCategory(input.code, input.name);
    return { code: input.code, name: input.name };
  }

  async updateCategory(code: string, input: UpdateTaxCategoryDto): Promise<TaxCategoryDto> {
    return this.tx.run(async () => {
      if (!(await this.tax.categoryExists(code))) throw taxCategoryNotFound();
      await this.tax.renameCategory(code, input.name);
      return { code, name: input.name };
    });
  }

  async listRates(region: string | undefined): Promise<TaxRateDto[]> {
    return (await this.tax.findRates(region)).map(toTaxRateDto);
  }

  /** 422 when the region or the category named in the body does not exist. */
  async createRate(input: CreateTaxRateDto): Promise<TaxRateDto> {
    if (input.subdivision !== undefined && input.country === undefined) {
      throw new DomainError(
        HttpStatus.UNPROCESSABLE_ENTITY,
        "subdivision_without_country",
        "A rate for a state or province names its country too.",
      );
    }
    return this.tx.run(async () => {
      if (!(await this.regions.exists(input.region))) {
        throw unknownReference("unknown_region", `There is no region "${input.region}".`);
      }
      if (!(await this.tax.categoryExists(input.category))) {
        throw unknownReference(
          "unknown_tax_category",
          `There is no tax category "${input.category}".`,
        );
      }
      const id = await this.tax.insertRate({
        regionCode: input.region,
        country: input.country ?? "",
        subdivision: input.subdivision ?? "",
        categoryCode: input.category,
        rateBps: input.rate,
      });
      return this.getRate(id);
    });
  }

  async updateRate(id: string, input: UpdateTaxRateDto): Promise<TaxRateDto> {
    return this.tx.run(async () => {
      if (!(await this.tax.findRate(id))) throw taxRateNotFound();
      await this.tax.updateRate(id, input.rate);
      return this.getRate(id);
    });
  }

  async deleteRate(id: string): Promise<void> {
    if (!(await this.tax.deleteRate(id))) throw taxRateNotFound();
  }

  private async getRate(id: string): Promise<TaxRateDto> {
    const row = await this.tax.findRate(id);
    if (!row) throw taxRateNotFound();
    return toTaxRateDto(row);
  }
}

function unknownReference(code: string, detail: string): DomainError {
  return new DomainError(HttpStatus.UNPROCESSABLE_ENTITY, code, detail);
}
