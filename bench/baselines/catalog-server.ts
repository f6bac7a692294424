// The catalog's raw baseline: fastify + pg and nothing else, doing the same work as
// Storefront's public list. `uncached`: the same prepared statement (so the same SQL result)
// and the same JSON bytes, cursor included. `static`: the body stored on first request, then
// sent as stored bytes with its ETag (what a cache hit can cost at best).
// Env: PORT, DATABASE_URL, BASELINE_MODE (uncached | static), STORE_CURRENCY, DB_POOL_SIZE.
import { createHash } from "node:crypto";
import Fastify from "fastify";
import { Pool } from "pg";
import { encodeCursor } from "../../src/common/pagination/cursor";
import { shortHash } from "../../src/common/short-hash";
import type { ProductSort } from "../../src/products/catalog/dto/product.dto";
import { listStatement } from "../../src/products/catalog/catalog-sql";

const SORTS = new Set(["price", "-price", "name", "-createdAt"]);
const NUMERIC = new Set(["price", "-price"]);

async function main(): Promise<void> {
  const port = Number(process.env.PORT);
  const mode = process.env.BASELINE_MODE ?? "uncached";
  const currencyJson = JSON.stringify(process.env.STORE_CURRENCY ?? "EUR");
  const pool = new Pool({
    connectionString: process.env.DATABASE_URL,
    max: Number(process.env.DB_POOL_SIZE ?? 10),
  });
  const stored = new Map<string, { body: string; etag: string }>();
  const app = Fastify({ logger: false });

  app.get("/health", async () => ({ ok: true }));

  // Only what the bench's list scenario sends: limit and sort, first page.
  app.get<{ Querystring: { limit?: string; sort?: string } }>(
    "/api/v1/products",
    async (request, reply) => {
      const hit = mode === "static" ? stored.get(request.url) : undefined;
      if (hit) {
        return reply
          .header("etag", hit.etag)
          .header("content-type", "application/json; charset=utf-8")
          .send(hit.body);
      }
      const limit = Number(request.query.limit ?? 20);
      const sort = (request.query.sort ?? "-createdAt") as Exclude<ProductSort, "relevance">;
      if (!SORTS.has(sort) || !Number.isInteger(limit) || limit < 1 || limit > 100) {
        return reply.code(400).send({ error: "bad query" });
      }
      const statement = listStatement(
        {
          region: false,
          q: false,
          category: false,
          minPrice: false,
          maxPrice: false,
          inStock: false,
          sort,
          after: false,
        },
        { limit, currencyOrRegion: currencyJson },
      );
      const { rows } = await pool.query<{
        data: string;
        has_more: boolean;
        last_key: string;
        last_id: string;
      }>({ name: statement.name ?? undefined, text: statement.text, values: statement.values });
      const row = rows[0];
      const scope = `products:${sort}:${shortHash("{}")}`;
      const cursor = row.has_more
        ? encodeCursor(scope, [
            NUMERIC.has(sort) ? Number(row.last_key) : row.last_key,
            row.last_id,
          ])
        : null;
      const body = `{"data":[${row.data}],"nextCursor":${JSON.stringify(cursor)}}`;
      const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
      if (mode === "static") stored.set(request.url, { body, etag });
      return reply
        .header("etag", etag)
        .header("content-type", "application/json; charset=utf-8")
        .send(body);
    },
  );

  await app.listen({ port, host: "127.0.0.1" });
  const stop = () => {
    void app.close().then(() => pool.end().then(() => process.exit(0)));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`Baseline failed: ${String(error)}\n`);
  process.exit(1);
});
