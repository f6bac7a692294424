import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The catalog: categories (a tree), products, variants and the stock ledger. Stock and price
 * invariants live in the database too (CHECKs), and the search vector is kept by a trigger so
 * the entity can stay a plain column.
 */
export class CreateCatalog1790000002000 implements MigrationInterface {
  name = "CreateCatalog1790000002000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "categories" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" character varying(200) NOT NULL,
        "slug" character varying(200) NOT NULL,
        "parent_id" uuid,
        "position" integer NOT NULL DEFAULT 0,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_categories" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_categories_slug" UNIQUE ("slug"),
        CONSTRAINT "FK_categories_parent" FOREIGN KEY ("parent_id")
          REFERENCES "categories"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE INDEX "IDX_categories_parent_id" ON "categories" ("parent_id")`);

    await q.query(`
      CREATE TABLE "products" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" character varying(300) NOT NULL,
        "slug" character varying(300) NOT NULL,
        "description" text NOT NULL DEFAULT '',
        "category_id" uuid,
        "status" character varying(16) NOT NULL DEFAULT 'draft',
        "images" jsonb NOT NULL DEFAULT '[]',
        "attributes" jsonb NOT NULL DEFAULT '{}',
        "min_price" integer,
        "max_price" integer,
        "search_vector" tsvector,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_products" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_products_slug" UNIQUE ("slug"),
        CONSTRAINT "CHK_products_status" CHECK ("status" IN ('draft', 'active', 'archived')),
        CONSTRAINT "FK_products_category" FOREIGN KEY ("category_id")
          REFERENCES "categories"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE INDEX "IDX_products_category_id" ON "products" ("category_id")`);
    await q.query(
      `CREATE INDEX "IDX_products_search_vector" ON "products" USING GIN ("search_vector")`,
    );
    // Keyset sorts of the public list (active products only).
    await q.query(
      `CREATE INDEX "IDX_products_active_created" ON "products" ("created_at" DESC, "id" DESC) WHERE "status" = 'active'`,
    );
    await q.query(
      `CREATE INDEX "IDX_products_active_name" ON "products" ("name", "id") WHERE "status" = 'active'`,
    );
    await q.query(
      `CREATE INDEX "IDX_products_active_price" ON "products" ("min_price", "id") WHERE "status" = 'active'`,
    );
    await q.query(`
      CREATE FUNCTION products_search_vector_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector :=
          setweight(to_tsvector('english', coalesce(NEW.name, '')), 'A') ||
          setweight(to_tsvector('english', coalesce(NEW.description, '')), 'B');
        RETURN NEW;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER "products_search_vector"
      BEFORE INSERT OR UPDATE OF "name", "description" ON "products"
      FOR EACH ROW EXECUTE FUNCTION products_search_vector_update()`);

    await q.query(`
      CREATE TABLE "product_variants" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "product_id" uuid NOT NULL,
        "sku" character varying(100) NOT NULL,
        "name" character varying(300) NOT NULL,
        "options" jsonb NOT NULL DEFAULT '{}',
        "price" integer NOT NULL,
        "currency" character(3) NOT NULL,
        "stock" integer NOT NULL DEFAULT 0,
        "weight_grams" integer,
        "active" boolean NOT NULL DEFAULT true,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_product_variants" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_product_variants_sku" UNIQUE ("sku"),
        CONSTRAINT "CHK_product_variants_price" CHECK ("price" >= 0),
        CONSTRAINT "CHK_product_variants_stock" CHECK ("stock" >= 0),
        CONSTRAINT "CHK_product_variants_weight" CHECK ("weight_grams" IS NULL OR "weight_grams" >= 0),
        CONSTRAINT "FK_product_variants_product" FOREIGN KEY ("product_id")
          REFERENCES "products"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(
      `CREATE INDEX "IDX_product_variants_product_id" ON "product_variants" ("product_id")`,
    );
    // Price-range and in-stock filters probe a product's active variants.
    await q.query(
      `CREATE INDEX "IDX_product_variants_active_price" ON "product_variants" ("product_id", "price") WHERE "active"`,
    );
    await q.query(
      `CREATE INDEX "IDX_product_variants_active_stock" ON "product_variants" ("stock", "id") WHERE "active"`,
    );

    await q.query(`
      CREATE TABLE "stock_movements" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "variant_id" uuid NOT NULL,
        "delta" integer NOT NULL,
        "reason" character varying(16) NOT NULL,
        "reference" character varying(200),
        "actor_id" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_stock_movements" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_stock_movements_reason" CHECK ("reason" IN ('restock', 'adjustment', 'sale', 'cancellation', 'return')),
        CONSTRAINT "CHK_stock_movements_delta" CHECK ("delta" <> 0),
        CONSTRAINT "FK_stock_movements_variant" FOREIGN KEY ("variant_id")
          REFERENCES "product_variants"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await q.query(
      `CREATE INDEX "IDX_stock_movements_variant_created" ON "stock_movements" ("variant_id", "created_at", "id")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "stock_movements"`);
    await q.query(`DROP TABLE "product_variants"`);
    await q.query(`DROP TABLE "products"`);
    await q.query(`DROP FUNCTION products_search_vector_update()`);
    await q.query(`DROP TABLE "categories"`);
  }
}
