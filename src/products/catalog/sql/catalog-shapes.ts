import { ListShape, listStatement, productStatement, Statement } from "../catalog-sql";

/**
 * The catalog statements worth reviewing, each with sample values: the shapes the storefront
 * sends most (the bench's list, filter, search and get-by-id) and their next pages. Rendered
 * into catalog-queries.sql and explained into catalog-plans.txt (`npm run catalog:sql`).
 */
export interface RenderedShape {
  title: string;
  statement: Statement;
}

const NO_FILTERS = {
  region: false,
  q: false,
  category: false,
  minPrice: false,
  maxPrice: false,
  inStock: false,
};
const SAMPLE = {
  limit: 20,
  currencyJson: '"EUR"',
  id: "00000000-0000-4000-8000-000000000001",
};

export function catalogShapes(values: {
  categoryId: string;
  productId: string;
  slug: string;
  /** A region whose currency is not the variants' own. */
  regionCode: string;
}): RenderedShape[] {
  const list = (title: string, shape: Partial<ListShape>, extra: Record<string, unknown> = {}) => ({
    title,
    statement: listStatement(
      { ...NO_FILTERS, sort: "-createdAt", after: false, ...shape },
      { limit: SAMPLE.limit, currencyOrRegion: SAMPLE.currencyJson, ...extra },
    ),
  });
  const filter = { category: true, minPrice: true, maxPrice: true, inStock: true };
  const filterValues = { categoryId: values.categoryId, minPrice: 15000, maxPrice: 20000 };
  const inRegion = { region: true };
  const regionValues = { currencyOrRegion: values.regionCode };
  return [
    list("list, newest first", {}),
    list(
      "list, newest first, next page",
      { after: true },
      {
        after: ["2026-01-01 00:00:00.123456+00", SAMPLE.id],
      },
    ),
    list("list by price", { sort: "price" }),
    list("list by price, descending", { sort: "-price" }),
    list("list by name", { sort: "name" }),
    list(
      "filter: category subtree, price range, in stock, by price",
      { ...filter, sort: "price" },
      filterValues,
    ),
    list(
      "filter, next page",
      { ...filter, sort: "price", after: true },
      { ...filterValues, after: [15499, SAMPLE.id] },
    ),
    list(
      "filter: category subtree, newest first",
      { category: true },
      { categoryId: values.categoryId },
    ),
    list("search by relevance", { q: true, sort: "relevance" }, { q: "cotton" }),
    list(
      "search by relevance, next page",
      { q: true, sort: "relevance", after: true },
      {
        q: "cotton",
        after: [0.0607927, SAMPLE.id],
      },
    ),
    list(
      "search in a category, by price",
      { q: true, category: true, sort: "price" },
      {
        q: "cotton",
        categoryId: values.categoryId,
      },
    ),
    list("list in a region, newest first", inRegion, regionValues),
    list("list in a region by price", { ...inRegion, sort: "price" }, regionValues),
    list(
      "list in a region by price, next page",
      { ...inRegion, sort: "price", after: true },
      { ...regionValues, after: [12899, SAMPLE.id] },
    ),
    list(
      "filter in a region: category subtree, price range, in stock, by price",
      { ...inRegion, ...filter, sort: "price" },
      { ...regionValues, ...filterValues },
    ),
    list(
      "filter in a region: price range, by price, next page",
      { ...inRegion, minPrice: true, maxPrice: true, sort: "price", after: true },
      { ...regionValues, minPrice: 15000, maxPrice: 20000, after: [15299, SAMPLE.id] },
    ),
    {
      title: "product by id in a region",
      statement: productStatement("id", {
        idOrSlug: values.productId,
        currencyOrRegion: values.regionCode,
        asAdmin: false,
        region: true,
      }),
    },
    {
      title: "product by id",
      statement: productStatement("id", {
        idOrSlug: values.productId,
        currencyOrRegion: SAMPLE.currencyJson,
        asAdmin: false,
        region: false,
      }),
    },
    {
      title: "product by slug",
      statement: productStatement("slug", {
        idOrSlug: values.slug,
        currencyOrRegion: SAMPLE.currencyJson,
        asAdmin: false,
        region: false,
      }),
    },
  ];
}

/** catalog-queries.sql: every shape's statement, as sent (values in a comment). */
export function renderQueries(shapes: RenderedShape[]): string {
  const header =
    "-- The catalog's hot statements, rendered by `npm run catalog:sql` from catalog-sql.ts.\n" +
    "-- Each runs as a named prepared statement; a test fails when this file is out of date.\n";
  return (
    header +
    shapes
      .map(
        (s) =>
          `\n-- ${s.title}\n-- name: ${s.statement.name ?? "(not prepared: planned for its words)"}\n${s.statement.text};\n`,
      )
      .join("")
  );
}

/** Placeholder values for rendering: the SQL text does not depend on them. */
export const RENDER_VALUES = {
  categoryId: SAMPLE.id,
  productId: SAMPLE.id,
  slug: "classic-cotton-shirt",
  regionCode: "gb",
};
