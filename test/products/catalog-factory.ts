import { randomUUID } from "node:crypto";
import type { TestApp } from "../support/test-app";

export interface VariantInput {
  sku?: string;
  price?: number;
  stock?: number;
  options?: Record<string, string>;
  active?: boolean;
}

export interface ProductInput {
  name?: string;
  slug?: string;
  description?: string;
  categoryId?: string;
  status?: "draft" | "active" | "archived";
  variants?: VariantInput[];
}

export interface CreatedProduct {
  id: string;
  slug: string;
  name: string;
  variants: { id: string; sku: string; price: number; stock: number }[];
}

export function uniqueSku(prefix = "SKU"): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

/** Creates a product through the admin API (active, one in-stock variant unless told). */
export async function createProduct(
  t: TestApp,
  auth: { Authorization: string },
  input: ProductInput = {},
): Promise<CreatedProduct> {
  const res = await t.api
    .post("/api/v1/products")
    .set(auth)
    .send({
      name: input.name ?? `Product ${randomUUID().slice(0, 8)}`,
      status: input.status ?? "active",
      ...(input.slug ? { slug: input.slug } : {}),
      ...(input.description ? { description: input.description } : {}),
      ...(input.categoryId ? { categoryId: input.categoryId } : {}),
      variants: (input.variants ?? [{}]).map((v) => ({
        sku: v.sku ?? uniqueSku(),
        price: v.price ?? 1000,
        stock: v.stock ?? 10,
        ...(v.options ? { options: v.options } : {}),
        ...(v.active !== undefined ? { active: v.active } : {}),
      })),
    });
  if (res.status !== 201) {
    throw new Error(`Creating a product failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return res.body as CreatedProduct;
}

export async function createCategory(
  t: TestApp,
  auth: { Authorization: string },
  name: string,
  parentId?: string,
): Promise<{ id: string; slug: string }> {
  const res = await t.api
    .post("/api/v1/categories")
    .set(auth)
    .send({ name, ...(parentId ? { parentId } : {}) });
  if (res.status !== 201) {
    throw new Error(`Creating a category failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return res.body as { id: string; slug: string };
}
