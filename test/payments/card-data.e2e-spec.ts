import { loginAdmin, registerCustomer } from "../support/auth";
import { captureOutput } from "../support/capture-output";
import { createTestApp, TestApp } from "../support/test-app";
import { SANDBOX_CARDS } from "../../src/payments/providers/sandbox/sandbox-cards";
import { createVariant, pay, paymentRow, placeOrder, refund, waitFor } from "./payment-factories";

/** The full card numbers behind Stripe's test tokens: none of them may ever appear. */
const CARD_NUMBERS = [
  "4242424242424242",
  "5555555555554444",
  "4000000000000002",
  "4000000000009995",
  "4000000000000069",
  "4000002760003184",
];
const TOKENS = Object.keys(SANDBOX_CARDS);
const FORBIDDEN = [...CARD_NUMBERS, "pm_card", ...TOKENS];
/**
 * A security code would show up as a word ("cvc": 123, cvv=123). Hashes, salts, ETags and JWTs are
 * runs of base64/base64url characters that hold "cvv" by chance now and then, so the word must not
 * touch such a character on either side.
 */
const SECURITY_CODE_WORD = "(^|[^a-z0-9+/_-])cv[cv]([^a-z0-9+/_-]|$)";

describe("Card data is neither stored nor logged", () => {
  let t: TestApp;
  let output: ReturnType<typeof captureOutput>;

  beforeAll(async () => {
    output = captureOutput();
    t = await createTestApp({ SANDBOX_WEBHOOK_DELAY_MS: "20", LOG_LEVEL: "trace" });
  });
  afterAll(async () => {
    await t.close();
    output.restore();
  });

  it("after payments with every test token, no table and no log line holds card data", async () => {
    const admin = await loginAdmin(t);
    const variantId = await createVariant(t, admin);
    const paymentIds: string[] = [];
    const challengeUrls: string[] = [];
    for (const token of TOKENS) {
      const customer = await registerCustomer(t);
      const order = await placeOrder(t, customer, variantId);
      const res = await pay(t, customer, order.id, token);
      expect([201, 402]).toContain(res.status);
      const id = (res.body.id ?? res.body.paymentId) as string;
      paymentIds.push(id);
      if (res.body.nextAction) {
        challengeUrls.push(res.body.nextAction.url as string);
        await t.api
          .post(res.body.nextAction.url as string)
          .send({ outcome: "succeed" })
          .expect(200);
        await waitFor(
          () => paymentRow(t, id),
          (row) => row.status === "succeeded",
        );
      }
      if (token === "pm_card_visa") await refund(t, admin, id, { amount: 100 }).expect(201);
    }
    // Let every delivery (each success twice) land before scanning.
    await waitFor(
      () =>
        t.query<{ pending: string }>(
          `SELECT count(*) AS pending FROM sandbox_events e
            WHERE e.deliveries < CASE WHEN e.type LIKE '%.succeeded' THEN 2 ELSE 1 END
               OR NOT EXISTS (SELECT 1 FROM payment_webhook_events w WHERE w.event_id = e.id)`,
        ),
      (rows) => Number(rows[0].pending) === 0,
    );

    const columns = await t.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = current_schema()
          AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb')`,
    );
    expect(columns.length).toBeGreaterThan(10);
    const found: string[] = [];
    for (const { table_name, column_name } of columns) {
      for (const needle of FORBIDDEN) {
        const rows = await t.query(
          `SELECT 1 FROM "${table_name}" WHERE position(lower($1) in lower("${column_name}"::text)) > 0 LIMIT 1`,
          [needle],
        );
        if (rows.length > 0) found.push(`${table_name}.${column_name} contains ${needle}`);
      }
      const codes = await t.query(
        `SELECT 1 FROM "${table_name}" WHERE "${column_name}"::text ~* $1 LIMIT 1`,
        [SECURITY_CODE_WORD],
      );
      if (codes.length > 0) found.push(`${table_name}.${column_name} contains a security code`);
    }
    expect(found).toEqual([]);
    // The scan can see what is stored: the descriptions are there.
    const described = await t.query(
      "SELECT 1 FROM payments WHERE payment_method_description = 'visa •••• 4242'",
    );
    expect(described.length).toBeGreaterThan(0);

    const log = output.text();
    // The log did capture the run (so the check below can fail)...
    expect(log).toContain("/payments");
    expect(log).toContain("/payments/sandbox/authenticate/[redacted]");
    // ...the 3-D Secure URLs' single-use tokens are not in it...
    expect(challengeUrls).toHaveLength(1);
    for (const url of challengeUrls) expect(log).not.toContain(url.slice(-64));
    // ...and none of it is card data.
    for (const needle of FORBIDDEN) expect(log.toLowerCase()).not.toContain(needle.toLowerCase());
    expect(log).not.toMatch(new RegExp(SECURITY_CODE_WORD, "im"));
  });
});
