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
  /** False when the list was asked in a region no region has the code of. */
  regionFound: boolean;
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

  /**
   * Recomputes what the lists read from the products' active variants, for each product id:
   * its price range in its variants' own currency (`products.min_price`/`max_price`) and its
   * range in every currency it is priced in (`product_prices`, with the product's status and
   * category, which that table's indexes need). Every product, variant and price write calls it
   * in its transaction.
   */
  async refreshPrices(productIds: readonly string[]): Promise<void> {
    if (productIds.length === 0) return;
    const ids = [JSON.stringify(productIds)];
    const selected = `SELECT jsonb_array_elements_text($1::jsonb)::uuid`;
    await this.tx.manager.query(
      `UPDATE products p SET min_price = s.min_price, max_price = s.max_price
       FROM (SELECT pr.id, min(v.price) AS min_price, max(v.price) AS max_price
             FROM products pr
             LEFT JOIN product_variants v ON v.product_id = pr.id AND v.active
             WHERE pr.id IN (${selected})
             GROUP BY pr.id) s
       WHERE p.id = s.id`,
      ids,
    );
    await this.tx.manager.query(
      `DELETE FROM product_prices WHERE product_id IN (${selected})`,
      ids,
    );
    // A variant's price in a currency: its own price in its own currency, else its
    // variant_prices row (as carts price it: PRICE_IN_REGION in orders/cart/cart.sql.ts).
    await this.tx.manager.query(
      `INSERT INTO product_prices (product_id, currency, min_price, max_price, active, category_id)
       SELECT p.id, x.currency, min(x.amount), max(x.amount), p.status = 'active', p.category_id
       FROM products p
       JOIN product_variants v ON v.product_id = p.id AND v.active
       CROSS JOIN LATERAL (
         SELECT v.currency, v.price AS amount
         UNION ALL
         SELECT vp.currency, vp.amount FROM variant_prices vp
         WHERE vp.variant_id = v.id AND vp.currency <> v.currency
       ) x
       WHERE p.id IN (${selected})
       GROUP BY p.id, x.currency`,
      ids,
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
      region_currency?: string | null;
    }>(name, text, params);
    return {
      data: row.data,
      hasMore: row.has_more,
      lastKey: row.last_key,
      lastId: row.last_id,
      regionFound: !shape.region || row.region_currency != null,
    };
  }

  /**
   * One product with its variants as ProductDto JSON (null: none), and whether the region
   * asked for exists (see catalog-sql.ts).
   */
  async findJson(
    by: "id" | "slug",
    values: { idOrSlug: string; currencyOrRegion: string; asAdmin: boolean; region: boolean },
  ): Promise<{ body: string | null; regionFound: boolean }> {
    const { name, text, values: params } = productStatement(by, values);
    const rows = await this.tx.queryPrepared<{
      body: string | null;
      region_currency?: string | null;
    }>(name, text, params);
    return {
      body: rows[0]?.body ?? null,
      regionFound: !values.region || rows[0]?.region_currency != null,
    };
  }
}
