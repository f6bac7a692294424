import { Injectable } from "@nestjs/common";
import { TransactionHost } from "../../database/transaction-host";
import { Product } from "../entities/product.entity";
import { ListShape, ListValues, listStatement, productStatement } from "./catalog-sql";

export interface CatalogPageRows {
  /** The page's items, ProductDto JSON joined by commas (no brackets). */
  data: string;
  hasMore: boolean;
  /** The last item's sort key, as text, and id: the next cursor's keyset. */
  lastKey: string | null;
  lastId: string | null;
}

@Injectable()
export class ProductsRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get repo() {
    return this.tx.manager.getRepository(Product);
  }

  slugExists(slug: string): Promise<boolean> {
    return this.repo.exists({ where: { slug } });
  }

  /** Locks the product row, so concurrent variant writes recompute its price range in turn. */
  async lockById(id: string): Promise<Product | null> {
    return this.repo
      .createQueryBuilder("p")
      .setLock("pessimistic_write")
      .where("p.id = :id", { id })
      .getOne();
  }

  create(values: Partial<Product>): Product {
    return this.repo.create(values);
  }

  save(product: Product): Promise<Product> {
    return this.repo.save(product);
  }

  /** Recomputes the denormalised price range from the product's active variants. */
  async refreshPriceRange(productId: string): Promise<void> {
    await this.tx.manager.query(
      `UPDATE products p SET
         min_price = s.min_price,
         max_price = s.max_price
       FROM (SELECT min(price) AS min_price, max(price) AS max_price
             FROM product_variants WHERE product_id = $1 AND active) s
       WHERE p.id = $1`,
      [productId],
    );
  }

  /** One page of the public list, built as JSON by PostgreSQL (see catalog-sql.ts). */
  async listPageJson(shape: ListShape, values: ListValues): Promise<CatalogPageRows> {
    const { name, text, values: params } = listStatement(shape, values);
    const [row] = await this.tx.queryPrepared<{
      data: string;
      has_more: boolean;
      last_key: string | null;
      last_id: string | null;
    }>(name, text, params);
    return { data: row.data, hasMore: row.has_more, lastKey: row.last_key, lastId: row.last_id };
  }

  /** One product with its variants as ProductDto JSON, or null (see catalog-sql.ts). */
  async findJson(
    by: "id" | "slug",
    values: { idOrSlug: string; currencyJson: string; asAdmin: boolean },
  ): Promise<string | null> {
    const { name, text, values: params } = productStatement(by, values);
    const rows = await this.tx.queryPrepared<{ body: string }>(name, text, params);
    return rows[0]?.body ?? null;
  }
}
