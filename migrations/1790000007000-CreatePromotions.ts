import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Promotions, the codes applied to carts, and redemptions (also the orders' snapshot of the
 * promotions they used); orders and their lines gain the discount they were given.
 */
export class CreatePromotions1790000007000 implements MigrationInterface {
  name = "CreatePromotions1790000007000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE promotions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL,
        code varchar(64) NULL,
        status varchar(20) NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NULL,
        usage_limit integer NULL,
        usage_limit_per_customer integer NULL,
        used integer NOT NULL DEFAULT 0,
        combinable boolean NOT NULL DEFAULT true,
        release_on_cancel boolean NOT NULL DEFAULT true,
        conditions jsonb NOT NULL,
        action jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_promotions PRIMARY KEY (id),
        CONSTRAINT ck_promotions_status CHECK (status IN ('draft', 'active', 'archived')),
        CONSTRAINT ck_promotions_code CHECK (code ~ '^[A-Z0-9][A-Z0-9_-]*$'),
        CONSTRAINT ck_promotions_dates CHECK (ends_at IS NULL OR ends_at > starts_at),
        CONSTRAINT ck_promotions_usage_limit CHECK (usage_limit IS NULL OR usage_limit >= 1),
        CONSTRAINT ck_promotions_usage_limit_per_customer
          CHECK (usage_limit_per_customer IS NULL OR usage_limit_per_customer BETWEEN 1 AND 100),
        CONSTRAINT ck_promotions_used CHECK (used >= 0)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX uq_promotions_code ON promotions (code) WHERE code IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX ix_promotions_automatic ON promotions (starts_at) WHERE code IS NULL AND status = 'active'`,
    );
    await q.query(`CREATE INDEX ix_promotions_created ON promotions (created_at, id)`);

    await q.query(`
      CREATE TABLE cart_promotions (
        cart_id uuid NOT NULL,
        promotion_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_cart_promotions PRIMARY KEY (cart_id, promotion_id),
        CONSTRAINT fk_cart_promotions_cart FOREIGN KEY (cart_id) REFERENCES carts (id) ON DELETE CASCADE,
        CONSTRAINT fk_cart_promotions_promotion FOREIGN KEY (promotion_id)
          REFERENCES promotions (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_cart_promotions_promotion_id ON cart_promotions (promotion_id)`);

    await q.query(`
      CREATE TABLE promotion_redemptions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        promotion_id uuid NOT NULL,
        order_id uuid NOT NULL,
        user_id uuid NOT NULL,
        customer_slot integer NULL,
        discount integer NOT NULL,
        shipping_discount integer NOT NULL,
        released_at timestamptz NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_promotion_redemptions PRIMARY KEY (id),
        CONSTRAINT uq_promotion_redemptions_order_promotion UNIQUE (order_id, promotion_id),
        CONSTRAINT ck_promotion_redemptions_amounts CHECK (discount >= 0 AND shipping_discount >= 0),
        CONSTRAINT fk_promotion_redemptions_promotion FOREIGN KEY (promotion_id)
          REFERENCES promotions (id) ON DELETE RESTRICT,
        CONSTRAINT fk_promotion_redemptions_order FOREIGN KEY (order_id)
          REFERENCES orders (id) ON DELETE CASCADE,
        CONSTRAINT fk_promotion_redemptions_user FOREIGN KEY (user_id)
          REFERENCES users (id) ON DELETE RESTRICT
      )`);
    // The per-customer limit, enforced by the database: one live redemption per slot.
    await q.query(`
      CREATE UNIQUE INDEX uq_promotion_redemptions_customer_slot
        ON promotion_redemptions (promotion_id, user_id, customer_slot)
        WHERE customer_slot IS NOT NULL AND released_at IS NULL`);
    await q.query(
      `CREATE INDEX ix_promotion_redemptions_promotion_created ON promotion_redemptions (promotion_id, created_at, id)`,
    );
    await q.query(
      `CREATE INDEX ix_promotion_redemptions_order_id ON promotion_redemptions (order_id)`,
    );
    await q.query(
      `CREATE INDEX ix_promotion_redemptions_user_id ON promotion_redemptions (user_id)`,
    );

    await q.query(`ALTER TABLE orders ADD COLUMN discount integer NOT NULL DEFAULT 0`);
    // Orders placed before promotions used none; new orders always write their snapshot.
    await q.query(`ALTER TABLE orders ADD COLUMN promotions jsonb NOT NULL DEFAULT '[]'`);
    await q.query(`ALTER TABLE orders ALTER COLUMN promotions DROP DEFAULT`);
    await q.query(`ALTER TABLE orders DROP CONSTRAINT ck_orders_amounts`);
    await q.query(`
      ALTER TABLE orders ADD CONSTRAINT ck_orders_amounts CHECK (subtotal >= 0
        AND discount BETWEEN 0 AND subtotal AND shipping >= 0 AND tax >= 0
        AND total = subtotal - discount + shipping + tax)`);
    await q.query(`ALTER TABLE order_items ADD COLUMN discount integer NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE order_items DROP CONSTRAINT ck_order_items_amounts`);
    await q.query(`
      ALTER TABLE order_items ADD CONSTRAINT ck_order_items_amounts CHECK (unit_price >= 0
        AND line_total = unit_price * quantity AND discount BETWEEN 0 AND line_total)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE order_items DROP CONSTRAINT ck_order_items_amounts`);
    await q.query(`ALTER TABLE order_items DROP COLUMN discount`);
    await q.query(`
      ALTER TABLE order_items ADD CONSTRAINT ck_order_items_amounts
        CHECK (unit_price >= 0 AND line_total = unit_price * quantity)`);
    await q.query(`ALTER TABLE orders DROP CONSTRAINT ck_orders_amounts`);
    await q.query(`ALTER TABLE orders DROP COLUMN discount`);
    await q.query(`ALTER TABLE orders DROP COLUMN promotions`);
    await q.query(`
      ALTER TABLE orders ADD CONSTRAINT ck_orders_amounts
        CHECK (subtotal >= 0 AND shipping >= 0 AND tax >= 0 AND total = subtotal + shipping + tax)`);
    await q.query(`DROP TABLE promotion_redemptions`);
    await q.query(`DROP TABLE cart_promotions`);
    await q.query(`DROP TABLE promotions`);
  }
}
