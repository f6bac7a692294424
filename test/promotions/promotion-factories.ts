import { randomUUID } from "node:crypto";
import type { TestUser } from "../support/auth";
import type { TestApp } from "../support/test-app";
import { expectStatus } from "../orders/order-factories";

export interface PromotionBody {
  id: string;
  code: string | null;
  status: string;
  used: number | null;
  usageLimit: number | null;
  currency: string | null;
}

/** A unique code per call, upper-case as the API stores it. */
export function uniqueCode(prefix = "PROMO"): string {
  return `${prefix}-${randomUUID().slice(0, 8).toUpperCase()}`;
}

/** An active promotion made by the admin through the real API. */
export async function createPromotion(
  t: TestApp,
  admin: TestUser,
  body: Record<string, unknown>,
): Promise<PromotionBody> {
  const res = await t.api
    .post("/api/v1/promotions")
    .set(admin.auth)
    .send({ name: "Test promotion", status: "active", ...body });
  expectStatus(res, 201, "create promotion");
  return res.body as PromotionBody;
}

export function applyCode(t: TestApp, user: TestUser, code: string) {
  return t.api.post("/api/v1/cart/promotions").set(user.auth).send({ code });
}

/** The promotion's counter and its live redemption rows, read from the database. */
export async function usage(
  t: TestApp,
  promotionId: string,
): Promise<{ used: number; live: number; released: number }> {
  const [row] = await t.query<{ used: number; live: string; released: string }>(
    `SELECT p.used,
       (SELECT count(*) FROM promotion_redemptions r WHERE r.promotion_id = p.id AND r.released_at IS NULL) AS live,
       (SELECT count(*) FROM promotion_redemptions r WHERE r.promotion_id = p.id AND r.released_at IS NOT NULL) AS released
     FROM promotions p WHERE p.id = $1`,
    [promotionId],
  );
  return { used: Number(row.used), live: Number(row.live), released: Number(row.released) };
}
