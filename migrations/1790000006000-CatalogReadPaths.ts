import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Read paths for the public catalog that cost the same at 1,000 and 100,000 variants:
 * - `categories.path`: the ancestor ids from the root down to the category itself, kept by a
 *   trigger (on insert and on a move, which rewrites the moved subtree). A subtree is then
 *   `path @> ARRAY[id]`, with no recursive walk.
 * - per-category keyset indexes, so a category filter reads each category's products already
 *   in the requested order and stops after one page (instead of walking the whole catalog's
 *   price index and discarding most rows);
 * - the widest price range of any active product, kept in an expression index, which bounds
 *   where a price-sorted, price-filtered walk has to start.
 */
export class CatalogReadPaths1790000006000 implements MigrationInterface {
  name = "CatalogReadPaths1790000006000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "categories" ADD "path" uuid array NOT NULL DEFAULT '{}'`);
    await q.query(`
      CREATE FUNCTION categories_path_set() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.path := coalesce((SELECT path FROM categories WHERE id = NEW.parent_id), '{}')
          || NEW.id;
        RETURN NEW;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER "categories_path_set"
      BEFORE INSERT OR UPDATE OF "parent_id" ON "categories"
      FOR EACH ROW EXECUTE FUNCTION categories_path_set()`);
    // A move rewrites the path of every descendant: the new prefix, then the part below it.
    await q.query(`
      CREATE FUNCTION categories_path_move() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE categories
        SET path = NEW.path || path[array_position(path, NEW.id) + 1:]
        WHERE path @> ARRAY[NEW.id] AND id <> NEW.id;
        RETURN NULL;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER "categories_path_move"
      AFTER UPDATE OF "parent_id" ON "categories"
      FOR EACH ROW WHEN (OLD.parent_id IS DISTINCT FROM NEW.parent_id)
      EXECUTE FUNCTION categories_path_move()`);
    // Existing rows: roots first, then each level below (the trigger reads the parent's path).
    await q.query(`
      WITH RECURSIVE tree(id, path) AS (
        SELECT id, ARRAY[id] FROM categories WHERE parent_id IS NULL
        UNION ALL
        SELECT c.id, t.path || c.id FROM categories c JOIN tree t ON c.parent_id = t.id
      )
      UPDATE categories c SET path = tree.path FROM tree WHERE c.id = tree.id`);

    await q.query(
      `CREATE INDEX "IDX_products_active_category_price" ON "products" ("category_id", "min_price", "id") WHERE "status" = 'active'`,
    );
    await q.query(
      `CREATE INDEX "IDX_products_active_category_created" ON "products" ("category_id", "created_at" DESC, "id" DESC) WHERE "status" = 'active'`,
    );
    await q.query(
      `CREATE INDEX "IDX_products_active_category_name" ON "products" ("category_id", "name", "id") WHERE "status" = 'active'`,
    );
    await q.query(
      `CREATE INDEX "IDX_products_active_price_spread" ON "products" (("max_price" - "min_price")) WHERE "status" = 'active'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_products_active_price_spread"`);
    await q.query(`DROP INDEX "IDX_products_active_category_name"`);
    await q.query(`DROP INDEX "IDX_products_active_category_created"`);
    await q.query(`DROP INDEX "IDX_products_active_category_price"`);
    await q.query(`DROP TRIGGER "categories_path_move" ON "categories"`);
    await q.query(`DROP FUNCTION categories_path_move()`);
    await q.query(`DROP TRIGGER "categories_path_set" ON "categories"`);
    await q.query(`DROP FUNCTION categories_path_set()`);
    await q.query(`ALTER TABLE "categories" DROP COLUMN "path"`);
  }
}
