import { randomUUID } from "node:crypto";
import { TEST_ADMIN, TestApp } from "./test-app";

export interface TestUser {
  id: string;
  email: string;
  password: string;
  name: string;
  accessToken: string;
  refreshToken: string;
  /** Spread into supertest's `.set(...)`: `{ Authorization: "Bearer ..." }`. */
  auth: { Authorization: string };
}

export interface CustomerOverrides {
  email?: string;
  password?: string;
  name?: string;
}

let counter = 0;

/** A unique, valid email per call (unique across files too: each file runs in its own worker). */
export function uniqueEmail(prefix = "customer"): string {
  counter += 1;
  return `${prefix}-${counter}-${randomUUID().slice(0, 8)}@example.test`;
}

/** A password the policy accepts (long, not on the common-passwords list). */
export function strongPassword(): string {
  return `Correct-Horse-${randomUUID().slice(0, 12)}`;
}

/** Logs in through the real API and returns the token pair. */
export async function login(
  t: TestApp,
  email: string,
  password: string,
): Promise<{ accessToken: string; refreshToken: string }> {
  const res = await t.api.post("/api/v1/auth/login").send({ email, password });
  if (res.status !== 200) {
    throw new Error(`Login of ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
  const body = res.body as { accessToken: string; refreshToken: string };
  return { accessToken: body.accessToken, refreshToken: body.refreshToken };
}

/** Registers a new customer through the real API and logs them in. */
export async function registerCustomer(
  t: TestApp,
  overrides: CustomerOverrides = {},
): Promise<TestUser> {
  const email = overrides.email ?? uniqueEmail();
  const password = overrides.password ?? strongPassword();
  const name = overrides.name ?? "Test Customer";
  const res = await t.api.post("/api/v1/auth/register").send({ email, password, name });
  if (res.status !== 201) {
    throw new Error(`Registering ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
  const user = res.body as { id: string; email: string };
  const tokens = await login(t, email, password);
  return {
    id: user.id,
    email: user.email,
    password,
    name,
    ...tokens,
    auth: { Authorization: `Bearer ${tokens.accessToken}` },
  };
}

/** Logs in as the admin seeded at start-up (TEST_ADMIN). Each call opens a new session. */
export async function loginAdmin(t: TestApp): Promise<TestUser> {
  const tokens = await login(t, TEST_ADMIN.email, TEST_ADMIN.password);
  const me = await t.api
    .get("/api/v1/users/me")
    .set({ Authorization: `Bearer ${tokens.accessToken}` });
  if (me.status !== 200) {
    throw new Error(`Reading the admin profile failed: ${me.status} ${JSON.stringify(me.body)}`);
  }
  const profile = me.body as { id: string; email: string; name: string };
  return {
    id: profile.id,
    email: profile.email,
    password: TEST_ADMIN.password,
    name: profile.name,
    ...tokens,
    auth: { Authorization: `Bearer ${tokens.accessToken}` },
  };
}
