import { Injectable } from "@nestjs/common";
import { ConflictError, NotFoundError } from "../common/errors/domain-error";
import { registerUniqueConstraint } from "../common/errors/error-mapping";
import { DomainEvents } from "../common/events/domain-events";
import { TransactionHost } from "../database/transaction-host";
import { CreateRegionDto, RegionDto, UpdateRegionDto } from "./dto/region.dto";
import { RegionEntity } from "./entities/region.entity";
import { REGION_CHANGED, RegionChangedEvent } from "./region-events";
import { RegionFields, RegionsRepository } from "./regions.repository";

registerUniqueConstraint("pk_regions", "region_exists", "A region with this code already exists.");
registerUniqueConstraint(
  "pk_region_countries",
  "country_in_other_region",
  "A country belongs to at most one region, and one of these countries is in another region.",
);

// Two admins making two regions the default at once: one wins, the other retries.
registerUniqueConstraint(
  "uq_regions_default",
  "concurrent_update",
  "Another region became the default meanwhile; retry the request.",
);

export function toRegionDto(row: RegionEntity): RegionDto {
  return {
    code: row.code,
    name: row.name,
    currency: row.currency,
    taxInclusive: row.taxInclusive,
    countries: (row.countries ?? []).map((c) => c.country).sort(),
    isDefault: row.isDefault,
  };
}

const regionNotFound = () => new NotFoundError("Region", "region_not_found");

/** Regions are data: one default made by the migration, the others by admins. */
@Injectable()
export class RegionsService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly regions: RegionsRepository,
    private readonly events: DomainEvents,
  ) {}

  async list(): Promise<RegionDto[]> {
    return (await this.regions.findAllWithCountries()).map(toRegionDto);
  }

  /** What amounts given without a currency are in: shipping's own prices, promotions' amounts. */
  defaultCurrency(): Promise<string> {
    return this.regions.defaultCurrency();
  }

  async get(code: string): Promise<RegionDto> {
    const region = await this.regions.findWithCountries(code);
    if (!region) throw regionNotFound();
    return toRegionDto(region);
  }

  async create(input: CreateRegionDto): Promise<RegionDto> {
    return this.tx.run(async () => {
      if (input.isDefault) await this.regions.clearDefault();
      await this.regions.insert(input.code, {
        name: input.name,
        currency: input.currency,
        taxInclusive: input.taxInclusive ?? false,
        isDefault: input.isDefault ?? false,
      });
      await this.regions.replaceCountries(input.code, input.countries ?? []);
      this.changed(input.code);
      return this.get(input.code);
    });
  }

  /** There is always one default region: it moves to another, it is never just unset. */
  async update(code: string, input: UpdateRegionDto): Promise<RegionDto> {
    return this.tx.run(async () => {
      const existing = await this.regions.findForUpdate(code);
      if (!existing) throw regionNotFound();
      if (input.isDefault === false && existing.isDefault) throw defaultRegionRequired();
      const fields: Partial<RegionFields> = {};
      if (input.name !== undefined) fields.name = input.name;
      if (input.currency !== undefined) fields.currency = input.currency;
      if (input.taxInclusive !== undefined) fields.taxInclusive = input.taxInclusive;
      if (input.isDefault && !existing.isDefault) {
        await this.regions.clearDefault();
        fields.isDefault = true;
      }
      if (Object.keys(fields).length > 0) await this.regions.update(code, fields);
      if (input.countries !== undefined) await this.regions.replaceCountries(code, input.countries);
      this.changed(code);
      return this.get(code);
    });
  }

  async delete(code: string): Promise<void> {
    await this.tx.run(async () => {
      const existing = await this.regions.findForUpdate(code);
      if (!existing) throw regionNotFound();
      if (existing.isDefault) throw defaultRegionRequired();
      await this.regions.delete(code);
      this.changed(code);
    });
  }

  private changed(code: string): void {
    this.events.publish({ type: REGION_CHANGED, code } satisfies RegionChangedEvent);
  }
}

function defaultRegionRequired(): ConflictError {
  return new ConflictError(
    "default_region_required",
    "The default region cannot be deleted or unset: make another region the default first.",
  );
}
