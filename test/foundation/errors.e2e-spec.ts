import { createTestApp, TestApp } from "../support/test-app";

/** How the pipeline answers bad bodies, on a real body route (POST /api/v1/auth/register). */
describe("Request body errors", () => {
  let t: TestApp;
  const url = "/api/v1/auth/register";

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  function expectProblem(
    res: { headers: Record<string, string>; body: Record<string, unknown>; text: string },
    status: number,
  ) {
    expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      status,
      type: expect.any(String),
      title: expect.any(String),
      code: expect.any(String),
    });
    expect(res.text).not.toMatch(/"stack"|\bat [\w.<>]+ \(/);
  }

  it("malformed JSON is a 400 malformed_json", async () => {
    const res = await t.api
      .offContract("malformed JSON")
      .post(url)
      .set("Content-Type", "application/json")
      .send('{"email": "a@b.c",');
    expect(res.status).toBe(400);
    expectProblem(res, 400);
    expect(res.body.code).toBe("malformed_json");
  });

  it("an unknown field is a 400 naming it in errors", async () => {
    const res = await t.api.offContract("an unknown field").post(url).send({
      email: "a@example.com",
      password: "a-long-enough-password",
      name: "A",
      isAdmin: true,
    });
    expect(res.status).toBe(400);
    expectProblem(res, 400);
    expect(res.body.code).toBe("validation_failed");
    expect(res.body.errors).toEqual(
      expect.arrayContaining([{ field: "isAdmin", message: expect.any(String) }]),
    );
  });

  it("a 2 MiB body is a 413", async () => {
    const res = await t.api
      .offContract("a body over BODY_LIMIT_BYTES")
      .post(url)
      .set("Content-Type", "application/json")
      .send(
        JSON.stringify({
          email: "a@example.com",
          password: "x",
          name: "y".repeat(2 * 1024 * 1024),
        }),
      );
    expect(res.status).toBe(413);
    expectProblem(res, 413);
  });

  it("text/plain is a 415", async () => {
    const res = await t.api
      .offContract("not JSON")
      .post(url)
      .set("Content-Type", "text/plain")
      .send("email=a@example.com");
    expect(res.status).toBe(415);
    expectProblem(res, 415);
    expect(res.body.code).toBe("unsupported_media_type");
  });

  it("a JSON array or a bare string is a 400, not a 500", async () => {
    for (const body of ["[]", '"text"', "null"]) {
      const res = await t.api
        .offContract("not a JSON object")
        .post(url)
        .set("Content-Type", "application/json")
        .send(body);
      expect(res.status).toBe(400);
      expectProblem(res, 400);
    }
  });

  it("nothing was created by any of these requests", async () => {
    expect(await t.query("SELECT 1 FROM users WHERE email = 'a@example.com'")).toHaveLength(0);
  });
});
