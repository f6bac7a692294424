import { Injectable } from "@nestjs/common";
import { TransactionHost } from "../../database/transaction-host";
import { Product } from "../entities/product.entity";
import type { ProductSort } from "./dto/product.dto";

export interface ProductListFilter {
  q?: string;
  categoryId?: string;
  minPrice?: number;
  maxPrice?: number;
  inStock?: boolean;
  sort: ProductSort;
  limit: number;
  /** The keyset of the last row of the previous page: [sort key, id]. */
  after?: [string | number, string];
}

export interface ProductListRow {
  id: string;
  name: string;
  slug: string;
  description: string;
  categoryId: string | null;
  status: Product["status"];
  images: string[];
  attributes: Record<string, string>;
  minPrice: number | null;
  maxPrice: number | null;
  createdAt: Date;
  updatedAt: Date;
  /** The value of the sort key, exactly as the database compares it (for the cursor). */
  sortKey: string | number;
}

/** Collects positional parameters while a query is assembled. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const SEARCH_CONFIG = "english";

@Injectable()
export class ProductsRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get repo() {
    return this.tx.manager.getRepository(Product);
  }

  findById(id: string): Promise<Product | null> {
    return this.repo.findOne({ where: { id } });
  }

  findBySlug(slug: string): Promise<Product | null> {
    return this.repo.findOne({ where: { slug } });
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

  /**
   * One page of active products with at least one active variant, filtered and in keyset order.
   * One statement whatever the filters; the category filter walks the tree in a CTE.
   */
  async listActive(filter: ProductListFilter): Promise<ProductListRow[]> {
    const params = new Params();
    const where: string[] = [`p.status = 'active'`, `p.min_price IS NOT NULL`];
    let rank = "";
    if (filter.q !== undefined) {
      const query = `websearch_to_tsquery('${SEARCH_CONFIG}', ${params.add(filter.q)})`;
      where.push(`p.search_vector @@ ${query}`);
      rank = `ts_rank(p.search_vector, ${query})`;
    }
    if (filter.categoryId !== undefined) {
      where.push(`p.category_id IN (
        WITH RECURSIVE subtree(id) AS (
          SELECT id FROM categories WHERE id = ${params.add(filter.categoryId)}
          UNION
          SELECT c.id FROM categories c JOIN subtree s ON c.parent_id = s.id
        ) SELECT id FROM subtree)`);
    }
    if (filter.minPrice !== undefined || filter.maxPrice !== undefined) {
      const bounds: string[] = [];
      if (filter.minPrice !== undefined) {
        const min = params.add(filter.minPrice);
        bounds.push(`v.price >= ${min}`);
        // Necessary for a match, and checkable on the product row: prunes before the probe.
        where.push(`p.max_price >= ${min}`);
      }
      if (filter.maxPrice !== undefined) {
        const max = params.add(filter.maxPrice);
        bounds.push(`v.price <= ${max}`);
        where.push(`p.min_price <= ${max}`);
      }
      where.push(`EXISTS (SELECT 1 FROM product_variants v
        WHERE v.product_id = p.id AND v.active AND ${bounds.join(" AND ")})`);
    }
    if (filter.inStock === true) {
      where.push(`EXISTS (SELECT 1 FROM product_variants v
        WHERE v.product_id = p.id AND v.active AND v.stock > 0)`);
    }

    let sortKey: string;
    let order: string;
    let after = "";
    const [afterKey, afterId] = filter.after ?? [];
    switch (filter.sort) {
      case "relevance":
        sortKey = rank;
        order = `${rank} DESC, p.id ASC`;
        if (filter.after) {
          const k = params.add(afterKey);
          after = `(${rank} < ${k}::real OR (${rank} = ${k}::real AND p.id > ${params.add(afterId)}::uuid))`;
        }
        break;
      case "price":
        sortKey = "p.min_price";
        order = "p.min_price ASC, p.id ASC";
        if (filter.after)
          after = `(p.min_price, p.id) > (${params.add(afterKey)}::integer, ${params.add(afterId)}::uuid)`;
        break;
      case "-price":
        sortKey = "p.min_price";
        order = "p.min_price DESC, p.id DESC";
        if (filter.after)
          after = `(p.min_price, p.id) < (${params.add(afterKey)}::integer, ${params.add(afterId)}::uuid)`;
        break;
      case "name":
        sortKey = "p.name";
        order = "p.name ASC, p.id ASC";
        if (filter.after)
          after = `(p.name, p.id) > (${params.add(afterKey)}::varchar, ${params.add(afterId)}::uuid)`;
        break;
      case "-createdAt":
        // As text: a JavaScript Date would lose the microseconds the keyset compares.
        sortKey = "p.created_at::text";
        order = "p.created_at DESC, p.id DESC";
        if (filter.after)
          after = `(p.created_at, p.id) < (${params.add(afterKey)}::timestamptz, ${params.add(afterId)}::uuid)`;
        break;
    }
    if (after) where.push(after);

    const rows = await this.tx.manager.query<Record<string, unknown>[]>(
      `SELECT p.id, p.name, p.slug, p.description, p.category_id, p.status, p.images,
              p.attributes, p.min_price, p.max_price, p.created_at, p.updated_at,
              ${sortKey} AS sort_key
       FROM products p
       WHERE ${where.join("\n AND ")}
       ORDER BY ${order}
       LIMIT ${params.add(filter.limit + 1)}`,
      params.values,
    );
    return rows.map((r) => ({
      id: r.id as string,
      name: r.name as string,
      slug: r.slug as string,
      description: r.description as string,
      categoryId: r.category_id as string | null,
      status: r.status as Product["status"],
      images: r.images as string[],
      attributes: r.attributes as Record<string, string>,
      minPrice: r.min_price as number | null,
      maxPrice: r.max_price as number | null,
      createdAt: new Date(r.created_at as string | Date),
      updatedAt: new Date(r.updated_at as string | Date),
      sortKey: typeof r.sort_key === "number" ? r.sort_key : String(r.sort_key),
    }));
  }
}
