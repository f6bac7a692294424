// The checkout's raw baseline: fastify + pg and nothing else, running exactly Storefront's
// statements for the same two requests (the same rows written): add to cart (the one write
// statement and the cart read) and checkout (BEGIN, the locked read, the one write statement
// with the idempotency key in it, COMMIT). No framework, validation, JWT or logging: the caller is named by
// an `x-user-id` header. What it answers is the minimum (ids and totals), not the full DTOs.
// Env: PORT, DATABASE_URL, DB_POOL_SIZE, TAX_RATE_BPS, STORE_CURRENCY.
import { createHash, randomUUID } from "node:crypto";
import Fastify from "fastify";
import { Pool } from "pg";
import { MAX_TOTAL_MINOR_UNITS, computeTotals } from "../../src/common/money/money";
import { CART_ADD_SQL, CART_VIEW_SQL } from "../../src/orders/cart/cart.sql";
import { CHECKOUT_READ_SQL, CHECKOUT_WRITE_SQL } from "../../src/orders/checkout/checkout.sql";

interface ReadRow {
  number: string;
  region_code: string;
  sm_code: string | null;
  sm_name: string | null;
  sm_price: number | null;
  sm_free_over: number | null;
  item_id: string | null;
  variant_id: string;
  quantity: number;
  product_id: string;
  product_name: string;
  variant_name: string;
  sku: string;
  price: number;
}

async function main(): Promise<void> {
  const port = Number(process.env.PORT);
  const taxRateBps = Number(process.env.TAX_RATE_BPS ?? 0);
  const currency = process.env.STORE_CURRENCY ?? "USD";
  const pool = new Pool({
    connectionString: process.env.DATABASE_URL,
    max: Number(process.env.DB_POOL_SIZE ?? 20),
  });
  const app = Fastify({ logger: false });

  app.get("/health", async () => ({ ok: true }));

  app.post<{ Body: { variantId: string; quantity: number } }>(
    "/cart/items",
    async (request, reply) => {
      const userId = String(request.headers["x-user-id"]);
      const { variantId, quantity } = request.body;
      const added = await pool.query<{ item_id: string | null }>(CART_ADD_SQL, [
        userId,
        variantId,
        quantity,
        99,
        100,
        MAX_TOTAL_MINOR_UNITS,
      ]);
      if (added.rows[0].item_id === null) return reply.code(409).send({ code: "refused" });
      const view = await pool.query<{ item_id: string | null; quantity: number }>(CART_VIEW_SQL, [
        userId,
      ]);
      return reply.code(201).send({
        id: added.rows[0].item_id,
        itemCount: view.rows.reduce((n, r) => n + (r.item_id ? Number(r.quantity) : 0), 0),
      });
    },
  );

  app.post<{ Body: { shippingAddress: Record<string, unknown> } }>(
    "/orders",
    async (request, reply) => {
      const userId = String(request.headers["x-user-id"]);
      const key = String(request.headers["idempotency-key"]);
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const rows = (
          await client.query<ReadRow>(CHECKOUT_READ_SQL, [
            userId,
            String(request.body.shippingAddress.country ?? ""),
          ])
        ).rows;
        const lines = rows.filter((r) => r.item_id !== null);
        const head = rows[0];
        if (lines.length === 0 || head.sm_code === null) {
          await client.query("ROLLBACK");
          return reply.code(409).send({ code: "cart_empty" });
        }
        const orderId = randomUUID();
        const number = `SF-${head.number.padStart(6, "0")}`;
        const items = lines.map((l) => ({
          id: randomUUID(),
          variant_id: l.variant_id,
          product_id: l.product_id,
          product_name: l.product_name,
          variant_name: l.variant_name,
          sku: l.sku,
          unit_price: Number(l.price),
          quantity: Number(l.quantity),
          line_total: Number(l.price) * Number(l.quantity),
        }));
        const totals = computeTotals(
          items.map((i) => ({ unitPrice: i.unit_price, quantity: i.quantity })),
          { price: Number(head.sm_price), freeOver: head.sm_free_over },
          taxRateBps,
        );
        const body = { id: orderId, number, ...totals, currency };
        const hash = createHash("sha256").update(JSON.stringify(request.body)).digest("hex");
        // The same last statement as Storefront's: the order, the key with its response, the stock.
        const written = await client.query<{ taken: string[]; key_saved: number }>(
          CHECKOUT_WRITE_SQL,
          [
            orderId,
            number,
            userId,
            currency,
            totals.subtotal,
            totals.shipping,
            totals.tax,
            totals.total,
            taxRateBps,
            JSON.stringify(request.body.shippingAddress),
            head.sm_code,
            head.sm_name,
            JSON.stringify(items),
            "orders.confirmation",
            "customer@example.test",
            `Your order ${number}`,
            `Thank you for your order ${number}.`,
            JSON.stringify({ orderId, number, total: totals.total, currency }),
            lines.map((l) => l.item_id),
            JSON.stringify(lines.map((l) => ({ variant_id: l.variant_id, quantity: l.quantity }))),
            0, // no promotions in the baseline: no discount, an empty snapshot, no redemptions
            "[]",
            "POST",
            "/orders",
            key,
            hash,
            86400,
            6,
            201,
            JSON.stringify({ kind: "success", body }),
            [],
            [],
            [],
            [],
            [],
            // The default region's flat rate, as before regions: no per-line tax snapshot.
            head.region_code,
            false,
            null,
            "[]",
          ],
        );
        if (written.rows[0].taken.length < lines.length || written.rows[0].key_saved === 0) {
          await client.query("ROLLBACK");
          return reply.code(409).send({ code: "insufficient_stock" });
        }
        await client.query("COMMIT");
        return reply.code(201).send(body);
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
  );

  await app.listen({ port, host: "127.0.0.1" });
  const stop = () => void app.close().then(() => pool.end());
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
