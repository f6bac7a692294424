import { Injectable } from "@nestjs/common";
import { ConflictError, NotFoundError, ValidationFailedError } from "../common/errors/domain-error";
import { registerUniqueConstraint } from "../common/errors/error-mapping";
import { TransactionHost } from "../database/transaction-host";
import { AddressDto, CreateAddressDto, UpdateAddressDto } from "./dto/address.dto";
import { AddressEntity } from "./entities/address.entity";
import { AddressFields, AddressesRepository } from "./addresses.repository";
import { UsersService } from "./users.service";

export const MAX_ADDRESSES_PER_USER = 50;

registerUniqueConstraint(
  "uq_addresses_one_default",
  "concurrent_update",
  "Another default address was set at the same time; retry the request.",
);
const REQUIRED_FIELDS = [
  "fullName",
  "line1",
  "city",
  "postalCode",
  "country",
  "isDefault",
] as const;

export function toAddressDto(row: AddressEntity): AddressDto {
  return {
    id: row.id,
    fullName: row.fullName,
    line1: row.line1,
    line2: row.line2,
    city: row.city,
    postalCode: row.postalCode,
    country: row.country,
    phone: row.phone,
    isDefault: row.isDefault,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A user's address book. Every query is scoped by owner: others' addresses are 404s. */
@Injectable()
export class AddressesService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly addresses: AddressesRepository,
    private readonly users: UsersService,
  ) {}

  async list(userId: string): Promise<AddressDto[]> {
    return (await this.addresses.findAllOfUser(userId)).map(toAddressDto);
  }

  async get(userId: string, id: string): Promise<AddressDto> {
    return toAddressDto(await this.getOwned(userId, id));
  }

  /** The first address becomes the default; a new default replaces the old one. */
  async create(userId: string, input: CreateAddressDto): Promise<AddressDto> {
    return this.tx.run(async () => {
      // An erasure running now must not miss this address, nor this address outlive it.
      await this.users.lockUnerasedOrFail(userId);
      const count = await this.addresses.countOfUser(userId);
      if (count >= MAX_ADDRESSES_PER_USER) {
        throw new ConflictError(
          "address_limit_reached",
          `A user can keep at most ${MAX_ADDRESSES_PER_USER} addresses.`,
        );
      }
      const isDefault = input.isDefault ?? count === 0;
      if (isDefault) await this.addresses.clearDefault(userId);
      const row = await this.addresses.insert(userId, {
        fullName: input.fullName,
        line1: input.line1,
        line2: input.line2 ?? null,
        city: input.city,
        postalCode: input.postalCode,
        country: input.country,
        phone: input.phone ?? null,
        isDefault,
      });
      return toAddressDto(row);
    });
  }

  async update(userId: string, id: string, input: UpdateAddressDto): Promise<AddressDto> {
    const nulls = REQUIRED_FIELDS.filter((field) => input[field] === null);
    if (nulls.length > 0) {
      throw new ValidationFailedError(
        nulls.map((field) => ({ field, message: `${field} cannot be null` })),
      );
    }
    return this.tx.run(async () => {
      await this.getOwned(userId, id);
      const changes: Partial<AddressFields> = {};
      for (const [key, value] of Object.entries(input) as [keyof AddressFields, unknown][]) {
        if (value !== undefined) (changes as Record<string, unknown>)[key] = value;
      }
      if (changes.isDefault) await this.addresses.clearDefault(userId, id);
      await this.addresses.update(id, changes);
      return toAddressDto(await this.getOwned(userId, id));
    });
  }

  async delete(userId: string, id: string): Promise<void> {
    await this.tx.run(async () => {
      const row = await this.getOwned(userId, id);
      await this.addresses.delete(id);
      if (row.isDefault) {
        // Keep a default while the user has addresses at all.
        const next = await this.addresses.oldestOfUser(userId);
        if (next) await this.addresses.update(next.id, { isDefault: true });
      }
    });
  }

  private async getOwned(userId: string, id: string): Promise<AddressEntity> {
    const row = await this.addresses.findOwned(userId, id);
    if (!row) throw new NotFoundError("Address", "address_not_found");
    return row;
  }
}
