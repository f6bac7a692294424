import { catalogShapes, RenderedShape } from "./catalog-shapes";

type Query = (sql: string, values?: unknown[]) => Promise<Record<string, string>[]>;

/**
 * The plan of every shape on the database `query` reaches, with real sample values taken from
 * it (a category with sub-categories, a product), as `EXPLAIN (COSTS OFF)` text: stable across
 * runs, so a plan change shows in a diff. Session settings as the application's pool has them.
 */
export async function explainShapes(query: Query): Promise<string> {
  await query("SET random_page_cost = 1.1");
  const [category] = await query(
    `SELECT c.id FROM categories c WHERE EXISTS (SELECT 1 FROM categories s WHERE s.parent_id = c.id)
     ORDER BY c.position, c.name LIMIT 1`,
  );
  const [product] = await query(
    `SELECT id, slug FROM products WHERE status = 'active' ORDER BY created_at DESC, id LIMIT 1`,
  );
  // A region whose currency the catalog is also priced in (npm run seed -- --prices-in GBP).
  const [region] = await query(
    `SELECT r.code FROM regions r
     WHERE NOT r.is_default AND EXISTS (SELECT 1 FROM product_prices pp WHERE pp.currency = r.currency)
     ORDER BY r.code LIMIT 1`,
  );
  if (!category || !product) throw new Error("Seed a catalog first (npm run seed)");
  if (!region)
    throw new Error("Price the catalog in a region's currency first (see catalog-sql.ts)");
  const shapes = catalogShapes({
    categoryId: category.id,
    productId: product.id,
    slug: product.slug,
    regionCode: region.code,
  });
  const out: string[] = [
    "-- EXPLAIN (COSTS OFF) of the catalog's hot statements, written by `npm run catalog:sql`",
    "-- against a seeded catalog. A test compares the index each plan reads with these.",
  ];
  for (const shape of shapes) out.push("", `-- ${shape.title}`, await explainOne(query, shape));
  return `${out.join("\n")}\n`;
}

export async function explainOne(query: Query, shape: RenderedShape): Promise<string> {
  const rows = await query(`EXPLAIN (COSTS OFF) ${shape.statement.text}`, shape.statement.values);
  // The ids, slug and region of this particular catalog are not part of the plan's shape.
  const [slug, region] = shape.statement.values;
  let plan = rows
    .map((r) => r["QUERY PLAN"])
    .join("\n")
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, "<uuid>");
  if (typeof slug === "string") plan = plan.split(`'${slug}'`).join("'<slug>'");
  if (typeof region === "string" && !region.startsWith('"')) {
    plan = plan.split(`'${region}'`).join("'<region>'");
  }
  return plan;
}

/** The scans over the catalog's tables in a plan: "<how> on <table> using <index>". */
export function tableScans(plan: string): string[] {
  const scans: string[] = [];
  const pattern =
    /(Seq Scan|Index Only Scan|Index Scan Backward|Index Scan|Bitmap Index Scan)(?: using ("?[\w]+"?))? on ("?[\w]+"?)/g;
  for (const match of plan.matchAll(pattern)) {
    scans.push(`${match[1]} ${match[2] ? `using ${match[2]} ` : ""}on ${match[3]}`);
  }
  return scans;
}
