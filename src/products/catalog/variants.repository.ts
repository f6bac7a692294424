import { Injectable } from "@nestjs/common";
import { TransactionHost } from "../../database/transaction-host";
import { ProductVariant } from "../entities/product-variant.entity";
import { VariantPriceEntity } from "../entities/variant-price.entity";

export interface CartVariantRow {
  variantId: string;
  productId: string;
  /** The product's own category (promotions target categories). */
  categoryId: string | null;
  productName: string;
  variantName: string;
  sku: string;
  price: number;
  currency: string;
  stock: number;
  purchasable: boolean;
}

@Injectable()
export class VariantsRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get repo() {
    return this.tx.manager.getRepository(ProductVariant);
  }

  /** What a cart needs to know about each variant, in one query. */
  async findForCart(variantIds: string[]): Promise<CartVariantRow[]> {
    if (variantIds.length === 0) return [];
    const rows = await this.repo
      .createQueryBuilder("v")
      .innerJoin("v.product", "p")
      .select("v.id", "variantId")
      .addSelect("v.product_id", "productId")
      .addSelect("p.category_id", "categoryId")
      .addSelect("p.name", "productName")
      .addSelect("v.name", "variantName")
      .addSelect("v.sku", "sku")
      .addSelect("v.price", "price")
      .addSelect("v.currency", "currency")
      .addSelect("v.stock", "stock")
      .addSelect("(v.active AND p.status = 'active')", "purchasable")
      .where("v.id IN (:...variantIds)", { variantIds })
      .getRawMany<CartVariantRow>();
    return rows.map((r) => ({
      ...r,
      price: Number(r.price),
      stock: Number(r.stock),
      purchasable: Boolean(r.purchasable),
    }));
  }

  findById(id: string): Promise<ProductVariant | null> {
    return this.repo.findOne({ where: { id } });
  }

  findByProductIds(productIds: string[], activeOnly: boolean): Promise<ProductVariant[]> {
    if (productIds.length === 0) return Promise.resolve([]);
    const qb = this.repo
      .createQueryBuilder("v")
      .where("v.product_id IN (:...productIds)", { productIds })
      .orderBy("v.product_id")
      .addOrderBy("v.price")
      .addOrderBy("v.id");
    if (activeOnly) qb.andWhere("v.active");
    return qb.getMany();
  }

  insert(variants: Partial<ProductVariant>[]): Promise<ProductVariant[]> {
    const entities = variants.map((v) => this.repo.create(v));
    return this.repo.save(entities);
  }

  save(variant: ProductVariant): Promise<ProductVariant> {
    return this.repo.save(variant);
  }

  /** Replaces the variants' prices in other currencies with `prices` (per variant id). */
  async replacePrices(
    prices: ReadonlyMap<string, readonly { currency: string; amount: number }[]>,
  ): Promise<void> {
    const repo = this.tx.manager.getRepository(VariantPriceEntity);
    for (const [variantId, list] of prices) {
      await repo.delete({ variantId });
      if (list.length > 0) await repo.insert(list.map((p) => ({ variantId, ...p })));
    }
  }

  /** The variants' prices in other currencies, by variant id, in currency order. */
  async findPrices(
    variantIds: string[],
  ): Promise<Map<string, { currency: string; amount: number }[]>> {
    const byVariant = new Map<string, { currency: string; amount: number }[]>();
    if (variantIds.length === 0) return byVariant;
    const rows = await this.tx.manager
      .getRepository(VariantPriceEntity)
      .createQueryBuilder("vp")
      .where("vp.variant_id IN (:...variantIds)", { variantIds })
      .orderBy("vp.currency")
      .getMany();
    for (const row of rows) {
      const list = byVariant.get(row.variantId) ?? [];
      list.push({ currency: row.currency, amount: Number(row.amount) });
      byVariant.set(row.variantId, list);
    }
    return byVariant;
  }

  async taxCategoryExists(code: string): Promise<boolean> {
    const rows: unknown[] = await this.tx.manager.query(
      `SELECT 1 FROM tax_categories WHERE code = $1`,
      [code],
    );
    return rows.length > 0;
  }
}
