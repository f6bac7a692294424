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
  /** In a region's currency (`product_prices`); else in the variants' own (the default region's). */
  region: boolean;
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
  /**
   * $2: the store currency, already a JSON string (`"EUR"`); with `region`, the region's code
   * (the statement resolves it to its currency).
   */
  currencyOrRegion: string;
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

/**
 * Where a statement's prices come from: the variants' own (`v.price` in `v.currency`, today's
 * store currency) or, in a region, the region `r` (a CTE of one row, none for an unknown code)
 * and each variant's price in its currency (`v.amount`; NULL when it has none there).
 */
interface Pricing {
  region: boolean;
  /** The product's price range columns in the page (`p` or its `product_prices` row `pp`). */
  table: "p" | "pp";
  /** The currency as JSON text. */
  currencyJson: string;
}

const OWN: Pricing = { region: false, table: "p", currencyJson: "$2::text" };
const IN_REGION: Pricing = { region: true, table: "pp", currencyJson: "to_json(r.currency)::text" };

/** The region of `code` (its one row, or none): `r`. */
const regionCte = (code: string) => `r AS (SELECT currency FROM regions WHERE code = ${code})`;

/**
 * A variant's price in the currency `currency` (an SQL expression), as carts price it
 * (PRICE_IN_REGION in orders/cart/cart.sql.ts): its own price in its own currency, else its
 * variant_prices row; NULL: not sold in that currency. Needs `vp` joined (see pricedVariants).
 */
const priceIn = (currency: string) =>
  `CASE WHEN v.currency = ${currency} THEN v.price ELSE vp.amount END`;
const pricedVariants = (currency: string) =>
  `product_variants v LEFT JOIN variant_prices vp ON vp.variant_id = v.id AND vp.currency = ${currency}`;

/**
 * One variant as VariantDto JSON. `adminExtras`: with `$3` (an admin's read), its prices in
 * other currencies too.
 */
function variantJson(pricing: Pricing, adminExtras: boolean): string {
  const price = pricing.region ? `coalesce(v.amount::text, 'null')` : "v.price";
  const currency = pricing.region ? pricing.currencyJson : "to_json(v.currency)::text";
  const purchasable = pricing.region ? "(v.active AND v.amount IS NOT NULL)" : "v.active";
  const prices = adminExtras
    ? `
  || CASE WHEN $3::boolean THEN ',"prices":' || (SELECT coalesce(json_agg(json_build_object(
       'currency', o.currency, 'amount', o.amount) ORDER BY o.currency), '[]')::text
       FROM variant_prices o WHERE o.variant_id = v.id) ELSE '' END`
    : "";
  return `'{"id":"' || v.id || '","productId":"' || v.product_id
  || '","sku":' || to_json(v.sku)::text || ',"name":' || to_json(v.name)::text
  || ',"options":' || v.options::text || ',"price":' || ${price}
  || ',"currency":' || ${currency}${prices} || ',"stock":' || v.stock
  || ',"weightGrams":' || coalesce(v.weight_grams::text, 'null') || ',"active":' || v.active
  || ',"purchasable":' || ${purchasable} || '}'`;
}

/**
 * The variant part of a product (`x`): price range and stock state over its active variants
 * (in a region: its active variants priced there), and the variants that `variantFilter` lets
 * through, cheapest first (in a region, those not priced there last).
 */
function variantsLateral(pricing: Pricing, variantFilter: string, adminExtras = false): string {
  if (!pricing.region) {
    return `LEFT JOIN LATERAL (
    SELECT CASE WHEN count(*) FILTER (WHERE v.active) = 0 THEN 'null'
             ELSE '{"min":' || min(v.price) FILTER (WHERE v.active)
               || ',"max":' || max(v.price) FILTER (WHERE v.active) || '}' END AS price_range,
           coalesce(bool_or(v.stock > 0) FILTER (WHERE v.active), false) AS in_stock,
           coalesce(string_agg(${variantJson(pricing, adminExtras)}, ',' ORDER BY v.price, v.id), '') AS list
    FROM product_variants v
    WHERE v.product_id = x.id AND ${variantFilter}
  ) v ON true`;
  }
  const sold = "v.active AND v.amount IS NOT NULL";
  return `LEFT JOIN LATERAL (
    SELECT CASE WHEN count(*) FILTER (WHERE ${sold}) = 0 THEN 'null'
             ELSE '{"min":' || min(v.amount) FILTER (WHERE v.active)
               || ',"max":' || max(v.amount) FILTER (WHERE v.active) || '}' END AS price_range,
           coalesce(bool_or(v.stock > 0) FILTER (WHERE ${sold}), false) AS in_stock,
           coalesce(string_agg(${variantJson(pricing, adminExtras)}, ',' ORDER BY v.amount, v.id), '') AS list
    FROM (SELECT v.*, ${priceIn("r.currency")} AS amount
          FROM ${pricedVariants("r.currency")}
          WHERE v.product_id = x.id AND ${variantFilter}) v
  ) v ON true`;
}

/**
 * A product (`x`, with its variants `v`) as ProductDto JSON. `adminExtras`: with `$3` (an
 * admin's read), its tax category too.
 */
function productJson(pricing: Pricing, adminExtras = false): string {
  const taxCategory = adminExtras
    ? `
  || CASE WHEN $3::boolean THEN ',"taxCategory":' || to_json(x.tax_category_code)::text ELSE '' END`
    : "";
  return `'{"id":"' || x.id || '","name":' || to_json(x.name)::text
  || ',"slug":' || to_json(x.slug)::text || ',"description":' || to_json(x.description)::text
  || ',"categoryId":' || coalesce('"' || x.category_id || '"', 'null')
  || ',"status":' || to_json(x.status)::text
  || ',"images":' || x.images::text || ',"attributes":' || x.attributes::text
  || ',"priceRange":' || v.price_range || ',"currency":' || ${pricing.currencyJson}
  || ',"inStock":' || v.in_stock
  || ',"purchasable":' || (x.status = 'active' AND v.price_range <> 'null')${taxCategory}
  || ',"variants":[' || v.list || ']'
  || ',"createdAt":"' || ${iso("x.created_at")} || '","updatedAt":"' || ${iso("x.updated_at")} || '"}'`;
}

const columns = (
  table: "p" | "pp",
) => `p.id, p.name, p.slug, p.description, p.category_id, p.status, p.images,
    p.attributes, ${table}.min_price, p.created_at, p.updated_at`;
const COLUMNS = columns("p");

/**
 * Collects positional parameters while a statement is assembled: for each, how to read its
 * value from a request's ListValues (the text is built once per shape, the values per request).
 */
class Params {
  readonly readers: ((values: ListValues) => unknown)[] = [];
  add(read: (values: ListValues) => unknown): string {
    this.readers.push(read);
    return `$${this.readers.length}`;
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

/** In a region, the price sorts walk the product's row in `product_prices` (its indexes). */
const REGION_SORTS: Record<"price" | "-price", SortSpec> = {
  price: {
    key: "pp.min_price",
    order: "pp.min_price ASC, pp.product_id ASC",
    outer: "min_price ASC, id ASC",
    after: (k, id) => `(pp.min_price, pp.product_id) > (${k}::integer, ${id}::uuid)`,
  },
  "-price": {
    key: "pp.min_price",
    order: "pp.min_price DESC, pp.product_id DESC",
    outer: "min_price DESC, id DESC",
    after: (k, id) => `(pp.min_price, pp.product_id) < (${k}::integer, ${id}::uuid)`,
  },
};

/**
 * One page of active products that have an active variant (in a region: one priced in its
 * currency), filtered and in keyset order, as one row: `data` (the page's items as a JSON array
 * body, without brackets), `has_more`, the last item's sort key and id (for the next cursor),
 * and in a region `region_currency` (NULL: no region has that code). `limit + 1` rows are read;
 * the extra one only says whether more exist. Parameters: $1 limit, $2 currency JSON (in a
 * region: the region's code), then the filters.
 */
export function listStatement(shape: ListShape, values: ListValues): Statement {
  const key = shapeKey(shape);
  let compiled = COMPILED_LISTS.get(key);
  if (!compiled) {
    compiled = compileList(shape);
    COMPILED_LISTS.set(key, compiled);
  }
  return {
    name: compiled.name,
    text: compiled.text,
    values: compiled.readers.map((read) => read(values)),
  };
}

/** A list shape's statement without values: its name, text and how to read each parameter. */
interface CompiledList {
  name: string | null;
  text: string;
  readers: ((values: ListValues) => unknown)[];
}

/**
 * One entry per shape a request has asked for: at most 2^7 filter combinations times 5 sorts.
 * Building a statement's text and hashing it into its name cost more than the rest of a
 * request's Node work, and the text depends only on the shape.
 */
const COMPILED_LISTS = new Map<string, CompiledList>();

const shapeKey = (shape: ListShape): string =>
  `${shape.sort}:${+shape.region}${+shape.q}${+shape.category}${+shape.minPrice}${+shape.maxPrice}${+shape.inStock}${+shape.after}`;

function compileList(shape: ListShape): CompiledList {
  const pricing = shape.region ? IN_REGION : OWN;
  const t = pricing.table;
  const params = new Params();
  params.add((v) => v.limit);
  params.add((v) => v.currencyOrRegion);
  // In a region, each product joins its row of prices in the region's currency.
  const from = shape.region
    ? `products p
      JOIN product_prices pp ON pp.product_id = p.id AND pp.currency = (SELECT currency FROM r)`
    : "products p";
  const where: string[] = shape.region
    ? [`p.status = 'active'`, `pp.active`]
    : [`p.status = 'active'`, `p.min_price IS NOT NULL`];
  // The active variants of `p` (in a region, priced in its currency `pp.currency`) that `cond`
  // (over their price `price`) lets through.
  const variantExists = (cond: (price: string) => string) =>
    shape.region
      ? `EXISTS (SELECT 1 FROM ${pricedVariants("pp.currency")}
      WHERE v.product_id = p.id AND v.active AND ${cond(`(${priceIn("pp.currency")})`)})`
      : `EXISTS (SELECT 1 FROM product_variants v
      WHERE v.product_id = p.id AND v.active AND ${cond("v.price")})`;
  let tsquery = "";
  if (shape.q) {
    tsquery = `websearch_to_tsquery('${SEARCH_CONFIG}', ${params.add((v) => v.q)})`;
    where.push(`p.search_vector @@ ${tsquery}`);
  }
  const category = shape.category ? params.add((v) => v.categoryId) : "";
  const priceSort = shape.sort === "price" || shape.sort === "-price";
  if (shape.minPrice || shape.maxPrice) {
    const min = shape.minPrice ? params.add((v) => v.minPrice) : "";
    const max = shape.maxPrice ? params.add((v) => v.maxPrice) : "";
    if (shape.minPrice) {
      // Necessary for a match, and checkable on the product row: prunes before the probe.
      where.push(`${t}.max_price >= ${min}`);
      if (priceSort) {
        // A match's lowest price is at least `min` less the widest range of any product: an
        // index bound, so a price-ordered walk starts near `min`, not at the cheapest product.
        const widest = shape.region
          ? `SELECT coalesce(max(s.max_price - s.min_price), 0)
          FROM product_prices s WHERE s.active AND s.currency = (SELECT currency FROM r)`
          : `SELECT coalesce(max(s.max_price - s.min_price), 0)
          FROM products s WHERE s.status = 'active'`;
        where.push(`${t}.min_price >= ${min} - (${widest})`);
      }
    }
    if (shape.maxPrice) where.push(`${t}.min_price <= ${max}`);
    where.push(
      variantExists((price) =>
        [shape.minPrice ? `${price} >= ${min}` : "", shape.maxPrice ? `${price} <= ${max}` : ""]
          .filter(Boolean)
          .join(" AND "),
      ),
    );
  }
  if (shape.inStock) {
    where.push(
      variantExists((price) =>
        shape.region ? `v.stock > 0 AND ${price} IS NOT NULL` : "v.stock > 0",
      ),
    );
  }
  const afterKey = (v: ListValues) => v.after?.[0];
  const afterId = (v: ListValues) => v.after?.[1];

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
      FROM (SELECT ${columns(t)}, p.search_vector FROM ${from}
            WHERE ${where.join("\n        AND ")}
            LIMIT ${SEARCH_CANDIDATES}) p
    ) c
    ${after}
    ORDER BY c.sort_key DESC, c.id ASC
    LIMIT $1 + 1`;
  } else {
    const sort =
      shape.region && priceSort
        ? REGION_SORTS[shape.sort as "price" | "-price"]
        : SORTS[shape.sort];
    if (shape.after) where.push(sort.after(params.add(afterKey), params.add(afterId)));
    // A region's price walk reads the category from its price rows (their category index).
    const categoryOf = shape.region && priceSort ? "pp.category_id" : "p.category_id";
    const inner = `SELECT ${columns(t)}, ${sort.key} AS sort_key
      FROM ${from}
      WHERE ${shape.category ? `${categoryOf} = c.id\n        AND ` : ""}${where.join("\n        AND ")}
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

  const text = `WITH ${shape.region ? `${regionCte("$2")}, ` : ""}page AS (
  ${page}
), numbered AS (
  SELECT page.*, row_number() OVER () AS n FROM page
)
SELECT coalesce(string_agg(${productJson(pricing)}, ',' ORDER BY x.n) FILTER (WHERE x.n <= $1), '') AS data,
       coalesce(max(x.n), 0) > $1 AS has_more,
       max(x.sort_key::text) FILTER (WHERE x.n = $1) AS last_key,
       max(x.id::text) FILTER (WHERE x.n = $1) AS last_id${
         shape.region ? ",\n       (SELECT currency::text FROM r) AS region_currency" : ""
       }
FROM numbered x${shape.region ? "\nCROSS JOIN r" : ""}
${variantsLateral(pricing, "v.active AND x.n <= $1")}`;
  const name = shape.q ? null : statementName("catalog_list", text);
  return { name, text, readers: params.readers };
}

/**
 * One product as ProductDto JSON, by id or by slug: active products with their active variants
 * for customers; any product with all its variants, its tax category and its variants' prices
 * in every currency for an admin. One row: `body` (NULL: no such product) and, in a region,
 * `region_currency` (NULL: no region has that code). Parameters: $1 id or slug, $2 currency
 * JSON (in a region: the region's code), $3 whether the caller is an admin.
 */
export function productStatement(
  by: "id" | "slug",
  values: { idOrSlug: string; currencyOrRegion: string; asAdmin: boolean; region: boolean },
): Statement {
  const key = `${by}:${values.region}`;
  let compiled = COMPILED_PRODUCTS.get(key);
  if (!compiled) {
    compiled = compileProduct(by, values.region);
    COMPILED_PRODUCTS.set(key, compiled);
  }
  return { ...compiled, values: [values.idOrSlug, values.currencyOrRegion, values.asAdmin] };
}

/** The four product statements (by id or slug, in a region or not), built on first use. */
const COMPILED_PRODUCTS = new Map<string, { name: string; text: string }>();

function compileProduct(by: "id" | "slug", region: boolean): { name: string; text: string } {
  const pricing = region ? IN_REGION : OWN;
  const product = `SELECT ${productJson(pricing, true)} AS body
FROM products x${region ? " CROSS JOIN r" : ""}
${variantsLateral(pricing, "(v.active OR $3::boolean)", true)}
WHERE x.${by} = $1::${by === "id" ? "uuid" : "varchar"} AND ($3::boolean OR x.status = 'active')`;
  const text = region
    ? `WITH ${regionCte("$2")}
SELECT (SELECT currency::text FROM r) AS region_currency, (
${product}
) AS body`
    : product;
  return {
    name: statementName(`catalog_product_by_${by}${region ? "_in_region" : ""}`, text),
    text,
  };
}

/** A statement name that changes with its text (a connection may hold the old one prepared). */
function statementName(prefix: string, text: string): string {
  return `${prefix}_${shortHash(text).slice(0, 12)}`;
}
