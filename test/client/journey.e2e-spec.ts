import { randomUUID } from "node:crypto";
import {
  createStorefrontClient,
  isProblem,
  StorefrontApiError,
  unwrap,
  type StorefrontClient,
  type Tokens,
} from "@storefront/client";
import { TEST_ADDRESS } from "../payments/payment-factories";
import { contractFetch } from "../support/contract-fetch";
import { freePort } from "../support/server-process";
import { createTestApp, TEST_ADMIN, TestApp } from "../support/test-app";

// A shopper's and an admin's whole journey through the typed client (clients/typescript) against
// the real server over HTTP. Every exchange is still checked against openapi.json (contractFetch),
// and this file compiles under `npm run client:check`'s strict tsc with no casts.

describe("The typed client: a shopper's and an admin's journey", () => {
  let t: TestApp;
  let baseUrl: string;
  let admin: StorefrontClient;
  let shopper: StorefrontClient;
  const tag = `journey${randomUUID().slice(0, 8)}`;
  const variantIds: string[] = [];

  const newClient = (tokens?: Tokens, onTokens?: (tokens: Tokens | undefined) => void) =>
    createStorefrontClient({
      baseUrl,
      fetch: contractFetch(),
      ...(tokens ? { tokens } : {}),
      ...(onTokens ? { onTokens } : {}),
    });

  beforeAll(async () => {
    t = await createTestApp({ SANDBOX_WEBHOOK_DELAY_MS: "50" });
    await t.app.listen(await freePort(), "127.0.0.1");
    baseUrl = await t.app.getUrl();
    admin = newClient();
    shopper = newClient();
  });
  afterAll(async () => {
    await t.close();
  });

  /** Cart, shipping method and checkout: an order pending payment. */
  async function placeOrder(variantId: string) {
    await unwrap(shopper.POST("/api/v1/cart/items", { body: { variantId, quantity: 1 } }));
    await unwrap(shopper.PUT("/api/v1/cart/shipping-method", { body: { code: "standard" } }));
    // No Idempotency-Key given: the client adds one because the operation declares it.
    return unwrap(shopper.POST("/api/v1/orders", { body: { shippingAddress: TEST_ADDRESS } }));
  }

  function payOrder(orderId: string, paymentMethod: string) {
    return shopper.POST("/api/v1/orders/{id}/payments", {
      params: { path: { id: orderId } },
      body: { paymentMethod },
    });
  }

  it("the admin creates and updates products", async () => {
    await admin.login(TEST_ADMIN.email, TEST_ADMIN.password);
    for (const [index, price] of [1500, 2500, 3500].entries()) {
      const product = await unwrap(
        admin.POST("/api/v1/products", {
          body: {
            name: `${tag} product ${index}`,
            status: "active",
            variants: [
              { sku: `${tag}-${index}`.toUpperCase(), price, stock: index === 2 ? 1 : 100 },
            ],
          },
        }),
      );
      expect(product.variants).toHaveLength(1);
      variantIds.push(product.variants[0].id);
    }
    const [first] = variantIds;
    const page = await unwrap(admin.GET("/api/v1/products", { params: { query: { q: tag } } }));
    const target = page.data.find((p) => p.variants.some((v) => v.id === first));
    if (!target) throw new Error("the created product is not listed");
    const updated = await unwrap(
      admin.PATCH("/api/v1/products/{id}", {
        params: { path: { id: target.id } },
        body: { description: "Updated through the typed client" },
      }),
    );
    expect(updated.description).toBe("Updated through the typed client");
  });

  it("a shopper registers and logs in", async () => {
    const email = `${tag}@example.test`;
    const password = `Correct-Horse-${randomUUID().slice(0, 12)}`;
    const user = await unwrap(
      shopper.POST("/api/v1/auth/register", { body: { email, password, name: "Ada" } }),
    );
    expect(user.email).toBe(email);
    await shopper.login(email, password);
    const me = await unwrap(shopper.GET("/api/v1/users/me"));
    expect(me.id).toBe(user.id);
  });

  it("browses the catalog page by page with cursors, and searches it", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await unwrap(
        shopper.GET("/api/v1/products", {
          params: { query: { limit: 2, ...(cursor ? { cursor } : {}) } },
        }),
      );
      expect(page.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.data.flatMap((p) => p.variants.map((v) => v.id)));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(seen.sort()).toEqual([...variantIds].sort());

    const found = await unwrap(
      shopper.GET("/api/v1/products", { params: { query: { q: `${tag} product 1` } } }),
    );
    expect(found.data.map((p) => p.name)).toContain(`${tag} product 1`);
  });

  it("a refused request is a typed problem, narrowed by its code", async () => {
    const scarce = variantIds[2];
    await unwrap(shopper.POST("/api/v1/cart/items", { body: { variantId: scarce, quantity: 5 } }))
      .then(() => {
        throw new Error("5 of a variant with 1 in stock was accepted");
      })
      .catch((error: unknown) => {
        if (!(error instanceof StorefrontApiError)) throw error;
        expect(error.status).toBe(409);
        if (!isProblem(error.problem, "insufficient_stock")) throw error;
        expect(error.problem.variants).toEqual([
          expect.objectContaining({ variantId: scarce, requested: 5, available: 1 }),
        ]);
      });
  });

  let paidPaymentId = "";

  it.each(["pm_card_visa", "pm_card_mastercard"])(
    "checks out and pays with %s",
    async (paymentMethod) => {
      const order = await placeOrder(variantIds[0]);
      expect(order.status).toBe("pending_payment");
      const { data: payment, response } = await payOrder(order.id, paymentMethod);
      expect(response.status).toBe(201);
      expect(payment).toMatchObject({ status: "succeeded", amount: order.total });
      paidPaymentId = payment?.id ?? "";
      const paid = await unwrap(
        shopper.GET("/api/v1/orders/{id}", { params: { path: { id: order.id } } }),
      );
      expect(paid.status).toBe("paid");
    },
  );

  it.each([
    ["pm_card_chargeDeclined", "card_declined"],
    ["pm_card_insufficientFunds", "insufficient_funds"],
    ["pm_card_expired", "expired_card"],
  ])("a payment with %s is declined: 402 %s with the payment's id", async (card, code) => {
    const order = await placeOrder(variantIds[0]);
    const { error, response } = await payOrder(order.id, card);
    expect(response.status).toBe(402);
    expect(error).toMatchObject({ status: 402, code });
    const paymentId = error && "paymentId" in error ? error.paymentId : undefined;
    if (!paymentId) throw new Error("the decline names no payment");
    const payment = await unwrap(
      shopper.GET("/api/v1/payments/{id}", { params: { path: { id: paymentId } } }),
    );
    expect(payment).toMatchObject({ status: "failed", failureCode: code });
  });

  it("3-D Secure: requires_action, the challenge passed, then paid", async () => {
    const order = await placeOrder(variantIds[1]);
    const payment = await unwrap(payOrder(order.id, "pm_card_authenticationRequired"));
    expect(payment.status).toBe("requires_action");
    const token = /\/authenticate\/([0-9a-f]{64})$/.exec(payment.nextAction?.url ?? "")?.[1];
    if (!token) throw new Error(`no challenge in ${JSON.stringify(payment.nextAction)}`);

    const challenge = await unwrap(
      shopper.POST("/api/v1/payments/sandbox/authenticate/{token}", {
        params: { path: { token } },
        body: { outcome: "succeed" },
      }),
    );
    expect(challenge).toEqual({ paymentId: payment.id, status: "succeeded" });
    // The provider's webhook tells the server: poll until it has arrived.
    const deadline = Date.now() + 10_000;
    let settled = payment;
    while (settled.status === "requires_action" && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      settled = await unwrap(
        shopper.GET("/api/v1/payments/{id}", { params: { path: { id: payment.id } } }),
      );
    }
    expect(settled).toMatchObject({ status: "succeeded", nextAction: null });
    const paid = await unwrap(
      shopper.GET("/api/v1/orders/{id}", { params: { path: { id: order.id } } }),
    );
    expect(paid.status).toBe("paid");
  });

  it("the admin refunds part of a payment", async () => {
    expect(paidPaymentId).not.toBe("");
    const refund = await unwrap(
      admin.POST("/api/v1/payments/{id}/refunds", {
        params: { path: { id: paidPaymentId } },
        body: { amount: 500, reason: "journey" },
      }),
    );
    expect(refund).toMatchObject({ paymentId: paidPaymentId, amount: 500 });
    expect(["pending", "succeeded"]).toContain(refund.status);
  });

  it("an expired access token is refreshed once for concurrent requests, which are retried", async () => {
    const current = shopper.tokens();
    if (!current) throw new Error("the shopper is not logged in");
    const changes: (Tokens | undefined)[] = [];
    const stale = newClient(
      { accessToken: "not-a-valid-token", refreshToken: current.refreshToken },
      (tokens) => changes.push(tokens),
    );
    const [me, cart] = await Promise.all([
      unwrap(stale.GET("/api/v1/users/me")),
      unwrap(stale.GET("/api/v1/cart")),
    ]);
    expect(me.email).toBe(`${tag}@example.test`);
    expect(cart.items).toEqual([]);
    expect(changes).toHaveLength(1);
    expect(changes[0]?.refreshToken).not.toBe(current.refreshToken);
    expect(stale.tokens()).toEqual(changes[0]);

    await stale.logout();
    expect(stale.tokens()).toBeUndefined();
  });

  it("a refresh token that no longer works ends the session and the 401 reaches the caller", async () => {
    const changes: (Tokens | undefined)[] = [];
    // The shopper's refresh token was spent by the rotation above.
    const spent = shopper.tokens()?.refreshToken ?? "";
    const stale = newClient({ accessToken: "not-a-valid-token", refreshToken: spent }, (tokens) =>
      changes.push(tokens),
    );
    const { error, response } = await stale.GET("/api/v1/users/me");
    expect(response.status).toBe(401);
    expect(error).toMatchObject({ status: 401, code: "unauthenticated" });
    expect(changes).toEqual([undefined]);
    expect(stale.tokens()).toBeUndefined();
  });
});
