import { createTestApp, TestApp } from "../support/test-app";

/**
 * The migrations are the schema; the entities must describe exactly that schema. If they
 * drift, `npm run migration:generate` would have something to do, and this test says what.
 */
describe("Entities and migrations", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it("agree: the schema builder finds nothing to change on a migrated database", async () => {
    const pending = await t.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it("leaves no migration pending", async () => {
    await expect(t.dataSource.showMigrations()).resolves.toBe(false);
  });
});
