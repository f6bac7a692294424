import { shortHash } from "../../common/short-hash";
import type { ProductSort } from "./dto/product.dto";

/**
 * The SQL of the public catalog reads. Each statement returns the response JSON already built
 * by PostgreSQL (products with their variants, in API field order), so the read path parses no
 * dates and hydrates no entities. The text depends only on the shape of the request (which
 * filters, which sort, first page or not), never on values, so each shape is one named
 * prepared statement; `npm run catalog:sql` renders every shape into
 * src/products/catalog/sql/ for review, with the plans PostgreSQL chooses.
 */

export interface ListShape {
  q: boolean;
  category: boolean;
  minPrice: boolean;
  maxPrice: boolean;
  inStock: boolean;
  sort: ProductSort;
  after: boolean;
}

export interface ListValues {
  limit: number;
  /** The store currency, already a JSON string (`"EUR"`). */
  currencyJson: string;
  q?: string;
  categoryId?: string;
  minPrice?: number;
  maxPrice?: number;
  /** The keyset of the last row of the previous page: [sort key, id]. */
  after?: [string | number, string];
}

export interface Statement {
  /**
   * The prepared statement's name, or null for a search: its best plan depends on the words
   * (a rare word reads the text index, a common one stops a scan early), and a prepared
   * statement soon settles on one generic plan for all of them.
   */
  name: string | null;
  text: string;
  values: unknown[];
}

/**
 * Relevance ranks at most this many matches, the first ones in storage order: a search reads
 * and ranks a bounded set whatever the catalog's size (ranking every match of a broad word
 * read thousands of rows). Storage order needs no sort, so the scan stops at the bound.
 */
export const SEARCH_CANDIDATES = 200;

const SEARCH_CONFIG = "english";

/** The API's timestamp form (what `Date.prototype.toJSON` writes): milliseconds, UTC, `Z`. */
const iso = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** One variant as VariantDto JSON. */
const VARIANT_JSON = `'{"id":"' || v.id || '","productId":"' || v.product_id
  || '","sku":' || to_json(v.sku)::text || ',"name":' || to_json(v.name)::text
  || ',"options":' || v.options::text || ',"price":' || v.price
  || ',"currency":' || to_json(v.currency)::text || ',"stock":' || v.stock
  || ',"weightGrams":' || coalesce(v.weight_grams::text, 'null') || ',"active":' || v.active || '}'`;

/**
 * The variant part of a product (`x`): price range and stock state over its active variants,
 * and the variants that `variantFilter` lets through, cheapest first.
 */
function variantsLateral(variantFilter: string): string {
  return `LEFT JOIN LATERAL (
    SELECT CASE WHEN count(*) FILTER (WHERE v.active) = 0 THEN 'null'
             ELSE '{"min":' || min(v.price) FILTER (WHERE v.active)
               || ',"max":' || max(v.price) FILTER (WHERE v.active) || '}' END AS price_range,
           coalesce(bool_or(v.stock > 0) FILTER (WHERE v.active), false) AS in_stock,
           coalesce(string_agg(${VARIANT_JSON}, ',' ORDER BY v.price, v.id), '') AS list
    FROM product_variants v
    WHERE v.product_id = x.id AND ${variantFilter}
  ) v ON true`;
}

/** A product (`x`, with its variants `v`) as ProductDto JSON; `$2` is the currency. */
const PRODUCT_JSON = `'{"id":"' || x.id || '","name":' || to_json(x.name)::text
  || ',"slug":' || to_json(x.slug)::text || ',"description":' || to_json(x.description)::text
  || ',"categoryId":' || coalesce('"' || x.category_id || '"', 'null')
  || ',"status":' || to_json(x.status)::text
  || ',"images":' || x.images::text || ',"attributes":' || x.attributes::text
  || ',"priceRange":' || v.price_range || ',"currency":' || $2::text
  || ',"inStock":' || v.in_stock || ',"variants":[' || v.list || ']'
  || ',"createdAt":"' || ${iso("x.created_at")} || '","updatedAt":"' || ${iso("x.updated_at")} || '"}'`;

const COLUMNS = `p.id, p.name, p.slug, p.description, p.category_id, p.status, p.images,
    p.attributes, p.min_price, p.created_at, p.updated_at`;

/** Collects positional parameters while a statement is assembled. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

interface SortSpec {
  /** The sort key as the cursor keeps it (exactly as the database compares it). */
  key: string;
  /** The order over `products p` (what the keyset indexes serve). */
  order: string;
  /** The same order over the selected columns (after a per-category union). */
  outer: string;
  /** The keyset condition for rows after (key, id). */
  after: (key: string, id: string) => string;
}

const SORTS: Record<Exclude<ProductSort, "relevance">, SortSpec> = {
  price: {
    key: "p.min_price",
    order: "p.min_price ASC, p.id ASC",
    outer: "min_price ASC, id ASC",
    after: (k, id) => `(p.min_price, p.id) > (${k}::integer, ${id}::uuid)`,
  },
  "-price": {
    key: "p.min_price",
    order: "p.min_price DESC, p.id DESC",
    outer: "min_price DESC, id DESC",
    after: (k, id) => `(p.min_price, p.id) < (${k}::integer, ${id}::uuid)`,
  },
  name: {
    key: "p.name",
    order: "p.name ASC, p.id ASC",
    outer: "name ASC, id ASC",
    after: (k, id) => `(p.name, p.id) > (${k}::varchar, ${id}::uuid)`,
  },
  "-createdAt": {
    // As text: a JavaScript Date would lose the microseconds the keyset compares.
    key: "p.created_at::text",
    order: "p.created_at DESC, p.id DESC",
    outer: "created_at DESC, id DESC",
    after: (k, id) => `(p.created_at, p.id) < (${k}::timestamptz, ${id}::uuid)`,
  },
};

/**
 * One page of active products that have an active variant, filtered and in keyset order, as
 * one row: `data` (the page's items as a JSON array body, without brackets), `has_more`, and
 * the last item's sort key and id (for the next cursor). `limit + 1` rows are read; the extra
 * one only says whether more exist. Parameters: $1 limit, $2 currency JSON, then the filters.
 */
export function listStatement(shape: ListShape, values: ListValues): Statement {
  const params = new Params();
  params.add(values.limit);
  params.add(values.currencyJson);
  const where: string[] = [`p.status = 'active'`, `p.min_price IS NOT NULL`];
  let tsquery = "";
  if (shape.q) {
    tsquery = `websearch_to_tsquery('${SEARCH_CONFIG}', ${params.add(values.q)})`;
    where.push(`p.search_vector @@ ${tsquery}`);
  }
  const category = shape.category ? params.add(values.categoryId) : "";
  if (shape.minPrice || shape.maxPrice) {
    const bounds: string[] = [];
    if (shape.minPrice) {
      const min = params.add(values.minPrice);
      bounds.push(`v.price >= ${min}`);
      // Necessary for a match, and checkable on the product row: prunes before the probe.
      where.push(`p.max_price >= ${min}`);
      if (shape.sort === "price" || shape.sort === "-price") {
        // A match's lowest price is at least `min` less the widest range of any product: an
        // index bound, so a price-ordered walk starts near `min`, not at the cheapest product.
        where.push(`p.min_price >= ${min} - (SELECT coalesce(max(s.max_price - s.min_price), 0)
          FROM products s WHERE s.status = 'active')`);
      }
    }
    if (shape.maxPrice) {
      const max = params.add(values.maxPrice);
      bounds.push(`v.price <= ${max}`);
      where.push(`p.min_price <= ${max}`);
    }
    where.push(`EXISTS (SELECT 1 FROM product_variants v
      WHERE v.product_id = p.id AND v.active AND ${bounds.join(" AND ")})`);
  }
  if (shape.inStock) {
    where.push(`EXISTS (SELECT 1 FROM product_variants v
      WHERE v.product_id = p.id AND v.active AND v.stock > 0)`);
  }
  const [afterKey, afterId] = values.after ?? [];

  let page: string;
  if (shape.sort === "relevance") {
    // Rank a bounded candidate set, then page through it by rank.
    if (shape.category) {
      where.push(
        `p.category_id IN (SELECT id FROM categories WHERE path @> ARRAY[${category}::uuid])`,
      );
    }
    let after = "";
    if (shape.after) {
      const k = params.add(afterKey);
      after = `WHERE (c.sort_key < ${k}::real OR (c.sort_key = ${k}::real AND c.id > ${params.add(afterId)}::uuid))`;
    }
    page = `SELECT c.* FROM (
      SELECT ${COLUMNS}, ts_rank(p.search_vector, ${tsquery}) AS sort_key
      FROM (SELECT ${COLUMNS}, p.search_vector FROM products p
            WHERE ${where.join("\n        AND ")}
            LIMIT ${SEARCH_CANDIDATES}) p
    ) c
    ${after}
    ORDER BY c.sort_key DESC, c.id ASC
    LIMIT $1 + 1`;
  } else {
    const sort = SORTS[shape.sort];
    if (shape.after) where.push(sort.after(params.add(afterKey), params.add(afterId)));
    const inner = `SELECT ${COLUMNS}, ${sort.key} AS sort_key
      FROM products p
      WHERE ${shape.category ? "p.category_id = c.id\n        AND " : ""}${where.join("\n        AND ")}
      ORDER BY ${sort.order}
      LIMIT $1 + 1`;
    // A category filter reads each category of the subtree in order (its own keyset index)
    // and stops after a page: the cost does not grow with the catalog.
    page = shape.category
      ? `SELECT p.* FROM categories c
    CROSS JOIN LATERAL (${inner}) p
    WHERE c.path @> ARRAY[${category}::uuid]
    ORDER BY ${sort.outer.replace(/(\w+) (ASC|DESC)/g, "p.$1 $2")}
    LIMIT $1 + 1`
      : inner;
  }

  const text = `WITH page AS (
  ${page}
), numbered AS (
  SELECT page.*, row_number() OVER () AS n FROM page
)
SELECT coalesce(string_agg(${PRODUCT_JSON}, ',' ORDER BY x.n) FILTER (WHERE x.n <= $1), '') AS data,
       coalesce(max(x.n), 0) > $1 AS has_more,
       max(x.sort_key::text) FILTER (WHERE x.n = $1) AS last_key,
       max(x.id::text) FILTER (WHERE x.n = $1) AS last_id
FROM numbered x
${variantsLateral("v.active AND x.n <= $1")}`;
  const name = shape.q ? null : statementName("catalog_list", text);
  return { name, text, values: params.values };
}

/**
 * One product as ProductDto JSON, by id or by slug: active products with their active variants
 * for customers; any product with all its variants for an admin. Parameters: $1 id or slug,
 * $2 currency JSON, $3 whether the caller is an admin.
 */
export function productStatement(
  by: "id" | "slug",
  values: { idOrSlug: string; currencyJson: string; asAdmin: boolean },
): Statement {
  const text = `SELECT ${PRODUCT_JSON} AS body
FROM products x
${variantsLateral("(v.active OR $3::boolean)")}
WHERE x.${by} = $1::${by === "id" ? "uuid" : "varchar"} AND ($3::boolean OR x.status = 'active')`;
  return {
    name: statementName(`catalog_product_by_${by}`, text),
    text,
    values: [values.idOrSlug, values.currencyJson, values.asAdmin],
  };
}

/** A statement name that changes with its text (a connection may hold the old one prepared). */
function statementName(prefix: string, text: string): string {
  return `${prefix}_${shortHash(text).slice(0, 12)}`;
}
