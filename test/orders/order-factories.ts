import { randomUUID } from "node:crypto";
import type { TestUser } from "../support/auth";
import type { TestApp } from "../support/test-app";

export const ADDRESS = {
  fullName: "Grace Hopper",
  line1: "1 Compiler Street",
  city: "Arlington",
  postalCode: "22201",
  country: "US",
};

export interface Variant {
  id: string;
  productId: string;
  sku: string;
}

export function expectStatus(res: { status: number; body: unknown }, status: number, what: string) {
  if (res.status !== status) {
    throw new Error(`${what}: expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`);
  }
}

/** An active product with one variant, made by the admin through the real API. */
export async function createVariant(
  t: TestApp,
  admin: TestUser,
  { price = 1000, stock = 100 }: { price?: number; stock?: number } = {},
): Promise<Variant> {
  const sku = `ORD-${randomUUID().slice(0, 8).toUpperCase()}`;
  const res = await t.api
    .post("/api/v1/products")
    .set(admin.auth)
    .send({ name: `Orders test ${sku}`, status: "active", variants: [{ sku, price, stock }] });
  expectStatus(res, 201, "create product");
  const body = res.body as { id: string; variants: { id: string }[] };
  return { id: body.variants[0].id, productId: body.id, sku };
}

export async function addToCart(t: TestApp, user: TestUser, variantId: string, quantity = 1) {
  const res = await t.api.post("/api/v1/cart/items").set(user.auth).send({ variantId, quantity });
  expectStatus(res, 201, "add to cart");
  return res.body as CartBody;
}

export async function chooseShipping(t: TestApp, user: TestUser, code = "standard") {
  const res = await t.api.put("/api/v1/cart/shipping-method").set(user.auth).send({ code });
  expectStatus(res, 200, "choose shipping");
}

export function checkout(
  t: TestApp,
  user: TestUser,
  key: string = randomUUID(),
  body: object = { shippingAddress: ADDRESS },
) {
  return t.api.post("/api/v1/orders").set(user.auth).set("Idempotency-Key", key).send(body);
}

/** Cart + shipping + checkout: an order pending payment. */
export async function placeOrder(
  t: TestApp,
  user: TestUser,
  variantId: string,
  quantity = 1,
): Promise<OrderBody> {
  await addToCart(t, user, variantId, quantity);
  await chooseShipping(t, user);
  const res = await checkout(t, user);
  expectStatus(res, 201, "checkout");
  return res.body as OrderBody;
}

export async function stockAndLedger(
  t: TestApp,
  variantId: string,
): Promise<{ stock: number; ledger: number }> {
  const [row] = await t.query<{ stock: number; ledger: string }>(
    `SELECT v.stock, (SELECT coalesce(sum(delta), 0) FROM stock_movements m WHERE m.variant_id = v.id) AS ledger
     FROM product_variants v WHERE v.id = $1`,
    [variantId],
  );
  return { stock: Number(row.stock), ledger: Number(row.ledger) };
}

export interface CartBody {
  id: string;
  items: {
    id: string;
    variantId: string;
    productId: string;
    sku: string;
    unitPrice: number;
    quantity: number;
    lineTotal: number;
    discount: number;
    available: boolean;
  }[];
  itemCount: number;
  subtotal: number;
  discount: number;
  promotions: {
    promotionId: string;
    name: string;
    code: string | null;
    applied: boolean;
    discount: number;
    shippingDiscount: number;
    reason: string | null;
  }[];
  shipping: number;
  tax: number;
  total: number;
  currency: string;
  shippingMethod: { code: string } | null;
}

export interface OrderBody {
  id: string;
  number: string;
  userId: string;
  status: string;
  items: {
    variantId: string;
    sku: string;
    unitPrice: number;
    quantity: number;
    lineTotal: number;
    discount: number;
  }[];
  subtotal: number;
  discount: number;
  promotions: {
    promotionId: string;
    code: string | null;
    name: string;
    discount: number;
    shippingDiscount: number;
  }[];
  shipping: number;
  tax: number;
  total: number;
  currency: string;
  shippingAddress: Record<string, unknown>;
  shippingMethod: { code: string; name: string } | null;
  carrier: string | null;
  trackingNumber: string | null;
  createdAt: string;
}
