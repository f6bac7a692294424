import { randomUUID } from "node:crypto";
import type { TestUser } from "../support/auth";
import type { TestApp } from "../support/test-app";
import {
  addToCart,
  checkout,
  chooseShipping,
  expectStatus,
  OrderBody,
} from "../orders/order-factories";

export interface ReturnBody {
  id: string;
  orderId: string;
  userId: string;
  status: string;
  currency: string;
  settledAmount: number | null;
  refundId: string | null;
  items: {
    id: string;
    orderItemId: string;
    quantity: number;
    reason: string;
    restocked: boolean;
  }[];
  history: { from: string | null; to: string; actorId: string | null }[];
}

export type OrderWithLineIds = OrderBody & {
  items: (OrderBody["items"][number] & { id: string })[];
};

/**
 * An order of `lines` placed, paid by card (or as `pay` says), shipped and delivered through
 * the real API; `code` applies a promotion code first.
 */
export async function deliveredOrder(
  t: TestApp,
  admin: TestUser,
  customer: TestUser,
  lines: { variantId: string; quantity: number }[],
  options: { code?: string; deliver?: boolean } = {},
): Promise<OrderWithLineIds> {
  for (const line of lines) await addToCart(t, customer, line.variantId, line.quantity);
  if (options.code) {
    const res = await t.api
      .post("/api/v1/cart/promotions")
      .set(customer.auth)
      .send({ code: options.code });
    expectStatus(res, 201, "apply code");
  }
  await chooseShipping(t, customer);
  let res = await checkout(t, customer);
  expectStatus(res, 201, "checkout");
  const order = res.body as OrderWithLineIds;
  res = await t.api
    .post(`/api/v1/orders/${order.id}/payments`)
    .set(customer.auth)
    .set("Idempotency-Key", randomUUID())
    .send({ paymentMethod: "pm_card_visa" });
  expectStatus(res, 201, "pay");
  if (options.deliver === false) return order;
  res = await t.api.post(`/api/v1/orders/${order.id}/ship`).set(admin.auth).send({});
  expectStatus(res, 200, "ship");
  res = await t.api.post(`/api/v1/orders/${order.id}/deliver`).set(admin.auth).send({});
  expectStatus(res, 200, "deliver");
  return order;
}

export function requestReturn(
  t: TestApp,
  user: TestUser,
  orderId: string,
  items: { orderItemId: string; quantity: number; reason?: string }[],
  key: string = randomUUID(),
) {
  return t.api
    .post(`/api/v1/orders/${orderId}/returns`)
    .set(user.auth)
    .set("Idempotency-Key", key)
    .send({ items: items.map((i) => ({ reason: "Does not fit", ...i })) });
}

/** POST /returns/:id/<step> as the admin (settle gets its Idempotency-Key). */
export function returnStep(
  t: TestApp,
  admin: TestUser,
  returnId: string,
  step: "approve" | "reject" | "receive" | "settle",
  body: object = {},
) {
  const req = t.api.post(`/api/v1/returns/${returnId}/${step}`).set(admin.auth);
  if (step === "settle") req.set("Idempotency-Key", randomUUID());
  return req.send(body);
}
