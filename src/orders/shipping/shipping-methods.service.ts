import { Injectable } from "@nestjs/common";
import { NotFoundError } from "../../common/errors/domain-error";
import { registerUniqueConstraint } from "../../common/errors/error-mapping";
import { TransactionHost } from "../../database/transaction-host";
import {
  CreateShippingMethodDto,
  ShippingMethodDto,
  UpdateShippingMethodDto,
} from "./dto/shipping-method.dto";
import { ShippingMethodEntity } from "./entities/shipping-method.entity";
import { ShippingMethodsRepository } from "./shipping-methods.repository";

registerUniqueConstraint(
  "pk_shipping_methods",
  "shipping_method_exists",
  "A shipping method with this code already exists.",
);

export function toShippingMethodDto(row: ShippingMethodEntity): ShippingMethodDto {
  return {
    code: row.code,
    name: row.name,
    price: row.price,
    freeOver: row.freeOver,
    estimatedDays: row.estimatedDays,
    active: row.active,
  };
}

/** Shipping methods are data: seeded by the migration, edited by admins. */
@Injectable()
export class ShippingMethodsService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly methods: ShippingMethodsRepository,
  ) {}

  async list(includeInactive: boolean): Promise<ShippingMethodDto[]> {
    return (await this.methods.findAll(!includeInactive)).map(toShippingMethodDto);
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
      await this.methods.insert(input.code, {
        name: input.name,
        price: input.price,
        freeOver: input.freeOver ?? null,
        estimatedDays: input.estimatedDays,
        active: input.active ?? true,
      });
      return this.getDto(input.code);
    });
  }

  async update(code: string, input: UpdateShippingMethodDto): Promise<ShippingMethodDto> {
    return this.tx.run(async () => {
      const existing = await this.methods.findByCode(code);
      if (!existing) throw new NotFoundError("Shipping method", "shipping_method_not_found");
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
    return toShippingMethodDto(row);
  }
}
