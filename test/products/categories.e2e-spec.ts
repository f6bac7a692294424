import { loginAdmin, TestUser } from "../support/auth";
import { createTestApp, TestApp } from "../support/test-app";
import { createCategory, createProduct } from "./catalog-factory";

interface Node {
  id: string;
  slug: string;
  name: string;
  parentId: string | null;
  children: Node[];
}

describe("Categories", () => {
  let t: TestApp;
  let admin: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAdmin(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it("builds the tree, ordered by position, readable by id or slug", async () => {
    const clothing = await createCategory(t, admin.auth, "Clothing");
    const shirts = await t.api
      .post("/api/v1/categories")
      .set(admin.auth)
      .send({ name: "Shirts", parentId: clothing.id, position: 2 })
      .expect(201);
    await t.api
      .post("/api/v1/categories")
      .set(admin.auth)
      .send({ name: "Jackets", slug: "coats-and-jackets", parentId: clothing.id, position: 1 })
      .expect(201);
    const tree = (await t.api.get("/api/v1/categories").expect(200)).body as Node[];
    const root = tree.find((n) => n.id === clothing.id) as Node;
    expect(root.children.map((c) => c.slug)).toEqual(["coats-and-jackets", "shirts"]);
    const bySlug = await t.api.get("/api/v1/categories/shirts").expect(200);
    expect(bySlug.body).toMatchObject({ id: shirts.body.id, parentId: clothing.id });
    await t.api.get(`/api/v1/categories/${clothing.id}`).expect(200);
    await t.api.get("/api/v1/categories/no-such-category").expect(404);
  });

  it("refuses duplicate slugs, unknown parents and cycles", async () => {
    const a = await createCategory(t, admin.auth, "Cycle A");
    const b = await createCategory(t, admin.auth, "Cycle B", a.id);
    const dup = await t.api
      .post("/api/v1/categories")
      .set(admin.auth)
      .send({ name: "Again", slug: a.slug })
      .expect(409);
    expect(dup.body.code).toBe("slug_taken");
    await t.api
      .post("/api/v1/categories")
      .set(admin.auth)
      .send({ name: "Orphan", parentId: "00000000-0000-4000-8000-000000000000" })
      .expect(400);
    const cycle = await t.api
      .patch(`/api/v1/categories/${a.id}`)
      .set(admin.auth)
      .send({ parentId: b.id })
      .expect(409);
    expect(cycle.body.code).toBe("category_cycle");
    await t.api
      .patch(`/api/v1/categories/${a.id}`)
      .set(admin.auth)
      .send({ parentId: a.id })
      .expect(409);
    const moved = await t.api
      .patch(`/api/v1/categories/${b.id}`)
      .set(admin.auth)
      .send({ parentId: null, name: "Cycle B top" })
      .expect(200);
    expect(moved.body).toMatchObject({ parentId: null, name: "Cycle B top" });
  });

  it("deletes only empty categories: children or products give 409", async () => {
    const parent = await createCategory(t, admin.auth, "Parent");
    const child = await createCategory(t, admin.auth, "Child", parent.id);
    const withChildren = await t.api
      .delete(`/api/v1/categories/${parent.id}`)
      .set(admin.auth)
      .expect(409);
    expect(withChildren.body.code).toBe("category_not_empty");
    const product = await createProduct(t, admin.auth, { categoryId: child.id });
    await t.api.delete(`/api/v1/categories/${child.id}`).set(admin.auth).expect(409);
    // Archived products still belong to the category.
    await t.api.delete(`/api/v1/products/${product.id}`).set(admin.auth).expect(204);
    await t.api.delete(`/api/v1/categories/${child.id}`).set(admin.auth).expect(409);
    await t.api
      .patch(`/api/v1/products/${product.id}`)
      .set(admin.auth)
      .send({ categoryId: null })
      .expect(200);
    await t.api.delete(`/api/v1/categories/${child.id}`).set(admin.auth).expect(204);
    await t.api.delete(`/api/v1/categories/${parent.id}`).set(admin.auth).expect(204);
    await t.api.get(`/api/v1/categories/${parent.id}`).expect(404);
    const tree = (await t.api.get("/api/v1/categories").expect(200)).body as Node[];
    expect(tree.map((n) => n.id)).not.toContain(parent.id);
  });
});
