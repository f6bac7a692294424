import { randomUUID } from "node:crypto";
import { loginAdmin, registerCustomer, TestUser } from "../support/auth";
import { createTestApp, TestApp } from "../support/test-app";

interface RegionBody {
  code: string;
  name: string;
  currency: string;
  taxInclusive: boolean;
  countries: string[];
  isDefault: boolean;
}

interface TaxRateBody {
  id: string;
  region: string;
  country: string | null;
  subdivision: string | null;
  category: string;
  rate: number;
}

describe("Regions, tax categories and tax rates (admin API, public list)", () => {
  let t: TestApp;
  let admin: TestUser;
  let customer: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAdmin(t);
    customer = await registerCustomer(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const code = (prefix: string) => `${prefix}-${randomUUID().slice(0, 6)}`;

  async function createRegion(body: Record<string, unknown>): Promise<RegionBody> {
    const res = await t.api.post("/api/v1/regions").set(admin.auth).send(body);
    expect(res.status).toBe(201);
    return res.body as RegionBody;
  }

  it("starts with one default region made by the migration, listed publicly", async () => {
    const res = await t.api.get("/api/v1/regions");

    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      {
        code: "default",
        name: "Default",
        currency: "USD",
        taxInclusive: false,
        countries: [],
        isDefault: true,
      },
    ]);
  });

  it("creates a region with its countries; a country already in another region is a 409", async () => {
    const eu = await createRegion({
      code: code("eu"),
      name: "Euro zone",
      currency: "EUR",
      taxInclusive: true,
      countries: ["FR", "DE"],
    });
    expect(eu).toMatchObject({ currency: "EUR", taxInclusive: true, countries: ["DE", "FR"] });
    // Read back by its code, publicly.
    const read = await t.api.get(`/api/v1/regions/${eu.code}`).expect(200);
    expect(read.body).toEqual(eu);

    const clash = await t.api
      .post("/api/v1/regions")
      .set(admin.auth)
      .send({ code: code("de"), name: "Germany", currency: "EUR", countries: ["DE"] });
    expect(clash.status).toBe(409);
    expect(clash.body).toMatchObject({ code: "country_in_other_region" });
    // Nothing half-written: the refused region does not exist.
    const list = (await t.api.get("/api/v1/regions")).body as RegionBody[];
    expect(list.filter((r) => r.countries.includes("DE")).map((r) => r.code)).toEqual([eu.code]);
    expect(list.some((r) => r.name === "Germany")).toBe(false);

    const duplicate = await t.api
      .post("/api/v1/regions")
      .set(admin.auth)
      .send({ code: eu.code, name: "Again", currency: "EUR" });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body).toMatchObject({ code: "region_exists" });
  });

  it("refuses a currency that is not ISO 4217 and a malformed country with 400s", async () => {
    for (const body of [
      { code: code("x"), name: "X", currency: "EUX" },
      { code: code("x"), name: "X", currency: "eur" },
      { code: code("x"), name: "X", currency: "EUR", countries: ["DEU"] },
    ]) {
      const res = await t.api
        .offContract("a currency or country outside the documented pattern (EUX passes it)")
        .post("/api/v1/regions")
        .set(admin.auth)
        .send(body);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: "validation_failed" });
    }
  });

  it("moves the default, never unsets or deletes it, and deletes other regions", async () => {
    const uk = await createRegion({
      code: code("uk"),
      name: "United Kingdom",
      currency: "GBP",
      taxInclusive: true,
      countries: ["GB"],
    });

    const moved = await t.api
      .patch(`/api/v1/regions/${uk.code}`)
      .set(admin.auth)
      .send({ isDefault: true, countries: ["GB", "IM"] });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ isDefault: true, countries: ["GB", "IM"] });
    const defaults = ((await t.api.get("/api/v1/regions")).body as RegionBody[]).filter(
      (r) => r.isDefault,
    );
    expect(defaults.map((r) => r.code)).toEqual([uk.code]);

    const unset = await t.api
      .patch(`/api/v1/regions/${uk.code}`)
      .set(admin.auth)
      .send({ isDefault: false });
    expect(unset.status).toBe(409);
    expect(unset.body).toMatchObject({ code: "default_region_required" });
    const deleteDefault = await t.api.delete(`/api/v1/regions/${uk.code}`).set(admin.auth);
    expect(deleteDefault.status).toBe(409);

    // Give the default back, then the UK region can go, with its tax rates.
    const back = await t.api
      .patch("/api/v1/regions/default")
      .set(admin.auth)
      .send({ isDefault: true });
    expect(back.status).toBe(200);
    const rate = await t.api
      .post("/api/v1/tax-rates")
      .set(admin.auth)
      .send({ region: uk.code, category: "standard", rate: 2000 });
    expect(rate.status).toBe(201);

    const deleted = await t.api.delete(`/api/v1/regions/${uk.code}`).set(admin.auth);
    expect(deleted.status).toBe(204);
    expect((await t.api.get(`/api/v1/regions/${uk.code}`)).status).toBe(404);
    const rates = await t.api.get("/api/v1/tax-rates").set(admin.auth).query({ region: uk.code });
    expect(rates.body).toEqual([]);
  });

  it("keeps regions, tax categories and tax rates admin-only to change", async () => {
    const regions = await t.api
      .post("/api/v1/regions")
      .set(customer.auth)
      .send({ code: code("x"), name: "X", currency: "EUR" });
    const categories = await t.api.get("/api/v1/tax-categories").set(customer.auth);
    const rates = await t.api.get("/api/v1/tax-rates");

    expect([regions.status, categories.status, rates.status]).toEqual([403, 403, 401]);
  });

  it("lists the seeded tax categories and adds one; a duplicate code is a 409", async () => {
    const seeded = await t.api.get("/api/v1/tax-categories").set(admin.auth);
    expect(seeded.status).toBe(200);
    expect((seeded.body as { code: string }[]).map((c) => c.code)).toEqual(
      expect.arrayContaining(["reduced", "shipping", "standard", "zero"]),
    );

    const books = code("books");
    const created = await t.api
      .post("/api/v1/tax-categories")
      .set(admin.auth)
      .send({ code: books, name: "Books" });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ code: books, name: "Books" });

    const again = await t.api
      .post("/api/v1/tax-categories")
      .set(admin.auth)
      .send({ code: books, name: "Books again" });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: "tax_category_exists" });

    const renamed = await t.api
      .patch(`/api/v1/tax-categories/${books}`)
      .set(admin.auth)
      .send({ name: "Printed books" });
    expect(renamed.body).toEqual({ code: books, name: "Printed books" });
  });

  it("sets rates per region, country and state; one rate per scope and category", async () => {
    const us = await createRegion({
      code: code("us"),
      name: "US",
      currency: "USD",
      countries: ["US"],
    });
    const post = (body: Record<string, unknown>) =>
      t.api
        .post("/api/v1/tax-rates")
        .set(admin.auth)
        .send({ region: us.code, ...body });

    const whole = await post({ category: "standard", rate: 0 });
    const country = await post({ category: "standard", country: "US", rate: 500 });
    const state = await post({ category: "standard", country: "US", subdivision: "CA", rate: 725 });
    expect([whole.status, country.status, state.status]).toEqual([201, 201, 201]);
    expect(state.body).toMatchObject({ country: "US", subdivision: "CA", rate: 725 });

    const duplicate = await post({ category: "standard", country: "US", rate: 600 });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body).toMatchObject({ code: "tax_rate_exists" });

    const unknownRegion = await post({ region: code("nowhere"), category: "standard", rate: 1 });
    const unknownCategory = await post({ category: code("nothing"), rate: 1 });
    const stateOnly = await post({ category: "reduced", subdivision: "NY", rate: 1 });
    expect([unknownRegion.body.code, unknownCategory.body.code, stateOnly.body.code]).toEqual([
      "unknown_region",
      "unknown_tax_category",
      "subdivision_without_country",
    ]);
    expect([unknownRegion.status, unknownCategory.status, stateOnly.status]).toEqual([
      422, 422, 422,
    ]);

    for (const rate of [10001, -1, 7.5]) {
      const res = await t.api
        .offContract("a rate outside the documented 0..10000 integers")
        .post("/api/v1/tax-rates")
        .set(admin.auth)
        .send({ region: us.code, category: "reduced", rate });
      expect(res.status).toBe(400);
    }

    const changed = await t.api
      .patch(`/api/v1/tax-rates/${(country.body as TaxRateBody).id}`)
      .set(admin.auth)
      .send({ rate: 550 });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ rate: 550 });

    const removed = await t.api
      .delete(`/api/v1/tax-rates/${(whole.body as TaxRateBody).id}`)
      .set(admin.auth);
    expect(removed.status).toBe(204);
    const gone = await t.api
      .delete(`/api/v1/tax-rates/${(whole.body as TaxRateBody).id}`)
      .set(admin.auth);
    expect(gone.status).toBe(404);

    const listed = await t.api.get("/api/v1/tax-rates").set(admin.auth).query({ region: us.code });
    expect(
      (listed.body as TaxRateBody[]).map((r) => [r.category, r.country, r.subdivision, r.rate]),
    ).toEqual([
      ["standard", "US", null, 550],
      ["standard", "US", "CA", 725],
    ]);
  });

  it("gives the default region one region-wide rate per seeded category", async () => {
    const res = await t.api.get("/api/v1/tax-rates").set(admin.auth).query({ region: "default" });

    expect(res.status).toBe(200);
    expect((res.body as TaxRateBody[]).map((r) => [r.category, r.country, r.rate])).toEqual([
      ["reduced", null, 0],
      ["shipping", null, 0],
      ["standard", null, 0],
      ["zero", null, 0],
    ]);
  });
});
