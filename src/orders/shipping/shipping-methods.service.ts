import { Injectable } from "@nestjs/common";
import { NotFoundError, ValidationFailedError } from "../../common/errors/domain-error";
import { registerUniqueConstraint } from "../../common/errors/error-mapping";
import { TransactionHost } from "../../database/transaction-host";
import {
  CreateShippingMethodDto,
  ShippingMethodDto,
  ShippingRegionPriceDto,
  UpdateShippingMethodDto,
} from "./dto/shipping-method.dto";
import type { ShippingMethodPriceEntity } from "./entities/shipping-method-price.entity";
import { ShippingMethodEntity } from "./entities/shipping-method.entity";
import { ShippingMethodsRepository } from "./shipping-methods.repository";
import { RegionsService } from "../../regions/regions.service";

registerUniqueConstraint(
  "pk_shipping_methods",
  "shipping_method_exists",
  "A shipping method with this code already exists.",
);

export function toShippingMethodDto(
  row: ShippingMethodEntity,
  currency: string,
  regionPrices: readonly ShippingMethodPriceEntity[] = [],
): ShippingMethodDto {
  return {
    code: row.code,
    name: row.name,
    price: row.price,
    freeOver: row.freeOver,
    currency,
    estimatedDays: row.estimatedDays,
    active: row.active,
    regionPrices: regionPrices.map((p) => ({
      region: p.regionCode,
      price: p.price,
      freeOver: p.freeOver,
    })),
  };
}

/** Shipping methods are data: seeded by the migration, edited by admins. */
@Injectable()
export class ShippingMethodsService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly methods: ShippingMethodsRepository,
    private readonly regions: RegionsService,
  ) {}

  async list(includeInactive: boolean): Promise<ShippingMethodDto[]> {
    const rows = await this.methods.findAll(!includeInactive);
    const prices = await this.methods.findRegionPrices(rows.map((r) => r.code));
    const currency = await this.regions.defaultCurrency();
    return rows.map((row) => toShippingMethodDto(row, currency, prices.get(row.code)));
  }

  /** The active methods offered in a region, priced in its currency, cheapest first. */
  async listInRegion(region: string): Promise<ShippingMethodDto[]> {
    const offered = await this.methods.findOfferedIn(region);
    if (!offered) throw new NotFoundError("Region", "region_not_found");
    const rows = new Map((await this.methods.findAll(true)).map((r) => [r.code, r]));
    const prices = await this.methods.findRegionPrices(offered.methods.map((m) => m.code));
    return offered.methods.flatMap((m) => {
      const row = rows.get(m.code);
      if (!row) return [];
      return [
        {
          ...toShippingMethodDto(row, offered.currency, prices.get(m.code)),
          price: m.price,
          freeOver: m.freeOver,
        },
      ];
    });
  }

  /** An active method by code, or 404 (inactive methods cannot be chosen). */
  async getActive(code: string): Promise<ShippingMethodEntity> {
    const method = await this.methods.findByCode(code);
    if (!method || !method.active) {
      throw new NotFoundError("Shipping method", "shipping_method_not_found");
    }
    return method;
  }

  /** Null when the code is unknown or the method was deactivated since it was chosen. */
  async findActive(code: string | null): Promise<ShippingMethodEntity | null> {
    if (code === null) return null;
    const method = await this.methods.findByCode(code);
    return method?.active ? method : null;
  }

  async create(input: CreateShippingMethodDto): Promise<ShippingMethodDto> {
    return this.tx.run(async () => {
      await this.assertRegions(input.regionPrices);
      await this.methods.insert(input.code, {
        name: input.name,
        price: input.price,
        freeOver: input.freeOver ?? null,
        estimatedDays: input.estimatedDays,
        active: input.active ?? true,
      });
      await this.methods.replaceRegionPrices(input.code, input.regionPrices ?? []);
      return this.getDto(input.code);
    });
  }

  async update(code: string, input: UpdateShippingMethodDto): Promise<ShippingMethodDto> {
    return this.tx.run(async () => {
      const existing = await this.methods.findByCode(code);
      if (!existing) throw new NotFoundError("Shipping method", "shipping_method_not_found");
      await this.assertRegions(input.regionPrices);
      if (input.regionPrices) await this.methods.replaceRegionPrices(code, input.regionPrices);
      const fields: Partial<ShippingMethodEntity> = {};
      if (input.name !== undefined) fields.name = input.name;
      if (input.price !== undefined) fields.price = input.price;
      if (input.freeOver !== undefined) fields.freeOver = input.freeOver;
      if (input.estimatedDays !== undefined) fields.estimatedDays = input.estimatedDays;
      if (input.active !== undefined) fields.active = input.active;
      if (Object.keys(fields).length > 0) await this.methods.update(code, fields);
      return this.getDto(code);
    });
  }

  private async getDto(code: string): Promise<ShippingMethodDto> {
    const row = await this.methods.findByCode(code);
    if (!row) throw new NotFoundError("Shipping method", "shipping_method_not_found");
    const prices = await this.methods.findRegionPrices([code]);
    return toShippingMethodDto(row, await this.regions.defaultCurrency(), prices.get(code));
  }

  /** Region prices name existing regions other than the default one, each once. */
  private async assertRegions(
    prices: readonly ShippingRegionPriceDto[] | undefined,
  ): Promise<void> {
    if (!prices || prices.length === 0) return;
    const codes = prices.map((p) => p.region);
    const { unknown, defaultCode } = await this.methods.checkRegions(codes);
    const problem =
      unknown.length > 0
        ? `unknown region ${unknown[0]}`
        : new Set(codes).size !== codes.length
          ? "one price per region"
          : defaultCode !== null && codes.includes(defaultCode)
            ? "the default region's price is `price`"
            : null;
    if (problem) {
      throw new ValidationFailedError(
        [{ field: "regionPrices", message: problem }],
        `The region prices are not valid: ${problem}.`,
      );
    }
  }
}
