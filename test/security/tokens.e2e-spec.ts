import { sign } from "jsonwebtoken";
import { registerCustomer, TestUser } from "../support/auth";
import { createTestApp, TEST_JWT_SECRET, TestApp } from "../support/test-app";

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");

describe("Access tokens", () => {
  let t: TestApp;
  let user: TestUser;
  let sessionId: string;

  beforeAll(async () => {
    t = await createTestApp();
    user = await registerCustomer(t);
    const [payload] = user.accessToken.split(".").slice(1, 2);
    sessionId = JSON.parse(Buffer.from(payload, "base64url").toString()).sid;
  });
  afterAll(async () => {
    await t.close();
  });

  const claims = () => ({ sub: user.id, sid: sessionId, typ: "access" });
  const options = {
    algorithm: "HS256" as const,
    issuer: "storefront",
    audience: "storefront-api",
    expiresIn: 300,
  };
  const me = (token: string) =>
    t.api.get("/api/v1/users/me").set({ Authorization: `Bearer ${token}` });

  it("accepts a well-formed token (the control case)", async () => {
    await me(sign(claims(), TEST_JWT_SECRET, options)).expect(200);
  });

  it("carries HS256, iss, aud, typ, sub, iat and a 15-minute exp", () => {
    const [header, payload] = user.accessToken
      .split(".")
      .slice(0, 2)
      .map((part) => JSON.parse(Buffer.from(part, "base64url").toString()));
    expect(header).toEqual({ alg: "HS256", typ: "JWT" });
    expect(payload).toMatchObject({
      sub: user.id,
      typ: "access",
      iss: "storefront",
      aud: "storefront-api",
    });
    expect(payload.exp - payload.iat).toBe(900);
  });

  it("answers 401 problem+json without a token, with a WWW-Authenticate challenge", async () => {
    const res = await t.api.get("/api/v1/users/me").expect(401);
    expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(res.headers["www-authenticate"]).toMatch(/^Bearer/);
    expect(res.body.code).toBe("unauthenticated");
    expect(JSON.stringify(res.body)).not.toMatch(/stack|at Object/);
  });

  it.each<[string, () => string]>([
    [
      "a token signed with another key",
      () => sign(claims(), "another-secret-that-is-long-enough-0123456789", options),
    ],
    [
      "an expired token",
      () =>
        sign(
          {
            ...claims(),
            iat: Math.floor(Date.now() / 1000) - 3600,
            exp: Math.floor(Date.now() / 1000) - 60,
          },
          TEST_JWT_SECRET,
          { algorithm: "HS256", issuer: "storefront", audience: "storefront-api" },
        ),
    ],
    [
      "a token without exp",
      () =>
        sign(claims(), TEST_JWT_SECRET, {
          algorithm: "HS256",
          issuer: "storefront",
          audience: "storefront-api",
        }),
    ],
    [
      "a token for another audience",
      () => sign(claims(), TEST_JWT_SECRET, { ...options, audience: "another-api" }),
    ],
    [
      "a token from another issuer",
      () => sign(claims(), TEST_JWT_SECRET, { ...options, issuer: "evil" }),
    ],
    [
      "a token of another type",
      () => sign({ ...claims(), typ: "refresh" }, TEST_JWT_SECRET, options),
    ],
    ["an HS512 token", () => sign(claims(), TEST_JWT_SECRET, { ...options, algorithm: "HS512" })],
    [
      "a token for an unknown session",
      () =>
        sign(
          { ...claims(), sid: "00000000-0000-4000-8000-000000000000" },
          TEST_JWT_SECRET,
          options,
        ),
    ],
    [
      "a token for an unknown user",
      () =>
        sign(
          { ...claims(), sub: "00000000-0000-4000-8000-000000000000" },
          TEST_JWT_SECRET,
          options,
        ),
    ],
    [
      "an alg:none token",
      () => {
        const now = Math.floor(Date.now() / 1000);
        return `${b64({ alg: "none", typ: "JWT" })}.${b64({ ...claims(), iss: "storefront", aud: "storefront-api", iat: now, exp: now + 300 })}.`;
      },
    ],
    ["garbage", () => "not.a.jwt"],
  ])("refuses %s with 401", async (_name, make) => {
    const res = await me(make()).expect(401);
    expect(res.body.code).toBe("unauthenticated");
  });

  it("does not read tokens from the query string", async () => {
    await t.api
      .offContract("a token in an undocumented query parameter")
      .get(`/api/v1/users/me?access_token=${user.accessToken}`)
      .expect(401);
  });
});
