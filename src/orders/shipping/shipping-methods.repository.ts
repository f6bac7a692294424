import { Injectable } from "@nestjs/common";
import { TransactionHost } from "../../database/transaction-host";
import { ShippingMethodPriceEntity } from "./entities/shipping-method-price.entity";
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

  private get prices() {
    return this.tx.manager.getRepository(ShippingMethodPriceEntity);
  }

  /** The methods' prices in regions other than the default, by method code, in region order. */
  async findRegionPrices(codes: string[]): Promise<Map<string, ShippingMethodPriceEntity[]>> {
    const byMethod = new Map<string, ShippingMethodPriceEntity[]>();
    if (codes.length === 0) return byMethod;
    const rows = await this.prices
      .createQueryBuilder("p")
      .where("p.method_code IN (:...codes)", { codes })
      .orderBy("p.region_code")
      .getMany();
    for (const row of rows)
      byMethod.set(row.methodCode, [...(byMethod.get(row.methodCode) ?? []), row]);
    return byMethod;
  }

  async replaceRegionPrices(
    code: string,
    prices: readonly { region: string; price: number; freeOver?: number | null }[],
  ): Promise<void> {
    await this.prices.delete({ methodCode: code });
    if (prices.length === 0) return;
    await this.prices.insert(
      prices.map((p) => ({
        methodCode: code,
        regionCode: p.region,
        price: p.price,
        freeOver: p.freeOver ?? null,
      })),
    );
  }

  /**
   * The active methods offered in region `code`, priced in it (the default region: their own
   * price; another: their row for it), cheapest first; null when no region has that code.
   */
  async findOfferedIn(code: string): Promise<{
    currency: string;
    methods: { code: string; price: number; freeOver: number | null }[];
  } | null> {
    const rows: {
      currency: string;
      code: string | null;
      price: number | null;
      free_over: number | null;
    }[] = await this.tx.manager.query(
      `SELECT r.currency, m.code, m.price, m.free_over
       FROM regions r
       LEFT JOIN LATERAL (
         SELECT sm.code,
                CASE WHEN r.is_default THEN sm.price ELSE smp.price END AS price,
                CASE WHEN r.is_default THEN sm.free_over ELSE smp.free_over END AS free_over
         FROM shipping_methods sm
         LEFT JOIN shipping_method_prices smp
           ON smp.method_code = sm.code AND smp.region_code = r.code
         WHERE sm.active AND (r.is_default OR smp.method_code IS NOT NULL)
       ) m ON true
       WHERE r.code = $1
       ORDER BY m.price, m.code`,
      [code],
    );
    if (rows.length === 0) return null;
    return {
      currency: rows[0].currency,
      methods: rows.flatMap((r) =>
        r.code === null
          ? []
          : [
              {
                code: r.code,
                price: Number(r.price),
                freeOver: r.free_over === null ? null : Number(r.free_over),
              },
            ],
      ),
    };
  }

  /** The codes among `codes` that name no region, and the default region's code. */
  async checkRegions(codes: string[]): Promise<{ unknown: string[]; defaultCode: string | null }> {
    const rows: { code: string; is_default: boolean }[] = await this.tx.manager.query(
      `SELECT code, is_default FROM regions WHERE code = ANY($1::varchar[]) OR is_default`,
      [codes],
    );
    const known = new Set(rows.map((r) => r.code));
    return {
      unknown: codes.filter((c) => !known.has(c)),
      defaultCode: rows.find((r) => r.is_default)?.code ?? null,
    };
  }
}
