import type { MigrationInterface, QueryRunner } from "typeorm";

/** Shipping methods (seeded), carts, orders with their lines and history, idempotency keys. */
export class CreateOrders1790000003000 implements MigrationInterface {
  name = "CreateOrders1790000003000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE shipping_methods (
        code varchar(40) NOT NULL,
        name varchar(100) NOT NULL,
        price integer NOT NULL,
        free_over integer NULL,
        estimated_days integer NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_shipping_methods PRIMARY KEY (code),
        CONSTRAINT ck_shipping_methods_code CHECK (code ~ '^[a-z0-9][a-z0-9_-]*$'),
        CONSTRAINT ck_shipping_methods_price CHECK (price >= 0),
        CONSTRAINT ck_shipping_methods_free_over CHECK (free_over IS NULL OR free_over >= 0),
        CONSTRAINT ck_shipping_methods_estimated_days CHECK (estimated_days >= 0)
      )`);
    await q.query(`
      INSERT INTO shipping_methods (code, name, price, free_over, estimated_days) VALUES
        ('standard', 'Standard delivery', 500, 5000, 5),
        ('express', 'Express delivery', 1500, NULL, 2),
        ('economy', 'Economy delivery', 300, NULL, 8)`);

    await q.query(`
      CREATE TABLE carts (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        shipping_method_code varchar(40) NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_carts PRIMARY KEY (id),
        CONSTRAINT uq_carts_user UNIQUE (user_id),
        CONSTRAINT fk_carts_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
        CONSTRAINT fk_carts_shipping_method FOREIGN KEY (shipping_method_code)
          REFERENCES shipping_methods (code) ON DELETE SET NULL ON UPDATE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_carts_shipping_method_code ON carts (shipping_method_code)`);

    await q.query(`
      CREATE TABLE cart_items (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        cart_id uuid NOT NULL,
        variant_id uuid NOT NULL,
        quantity integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_cart_items PRIMARY KEY (id),
        CONSTRAINT uq_cart_items_cart_variant UNIQUE (cart_id, variant_id),
        CONSTRAINT ck_cart_items_quantity CHECK (quantity BETWEEN 1 AND 99),
        CONSTRAINT fk_cart_items_cart FOREIGN KEY (cart_id) REFERENCES carts (id) ON DELETE CASCADE,
        CONSTRAINT fk_cart_items_variant FOREIGN KEY (variant_id)
          REFERENCES product_variants (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_cart_items_variant_id ON cart_items (variant_id)`);

    // Human order numbers (SF-000123) come from a sequence: unique without a table lock.
    await q.query(`CREATE SEQUENCE order_number_seq START WITH 1000`);
    await q.query(`
      CREATE TABLE orders (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        number varchar(20) NOT NULL,
        user_id uuid NOT NULL,
        status varchar(32) NOT NULL,
        currency char(3) NOT NULL,
        subtotal integer NOT NULL,
        shipping integer NOT NULL,
        tax integer NOT NULL,
        total integer NOT NULL,
        tax_rate_bps integer NOT NULL,
        shipping_address jsonb NOT NULL,
        shipping_method_code varchar(40) NULL,
        shipping_method_name varchar(100) NULL,
        carrier varchar(100) NULL,
        tracking_number varchar(100) NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_orders PRIMARY KEY (id),
        CONSTRAINT uq_orders_number UNIQUE (number),
        CONSTRAINT fk_orders_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE RESTRICT,
        CONSTRAINT ck_orders_status CHECK (status IN ('pending_payment', 'paid', 'shipped', 'delivered', 'cancelled', 'refunded', 'partially_refunded')),
        CONSTRAINT ck_orders_amounts CHECK (subtotal >= 0 AND shipping >= 0 AND tax >= 0 AND total = subtotal + shipping + tax),
        CONSTRAINT ck_orders_currency CHECK (currency ~ '^[A-Z]{3}$')
      )`);
    await q.query(`CREATE INDEX ix_orders_user_created ON orders (user_id, created_at, id)`);
    await q.query(`CREATE INDEX ix_orders_status_created ON orders (status, created_at)`);
    await q.query(`CREATE INDEX ix_orders_created ON orders (created_at, id)`);

    await q.query(`
      CREATE TABLE order_items (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        order_id uuid NOT NULL,
        variant_id uuid NOT NULL,
        product_id uuid NOT NULL,
        product_name varchar(300) NOT NULL,
        variant_name varchar(300) NOT NULL,
        sku varchar(100) NOT NULL,
        unit_price integer NOT NULL,
        quantity integer NOT NULL,
        line_total integer NOT NULL,
        CONSTRAINT pk_order_items PRIMARY KEY (id),
        CONSTRAINT fk_order_items_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE,
        CONSTRAINT fk_order_items_variant FOREIGN KEY (variant_id)
          REFERENCES product_variants (id) ON DELETE RESTRICT,
        CONSTRAINT ck_order_items_quantity CHECK (quantity >= 1),
        CONSTRAINT ck_order_items_amounts CHECK (unit_price >= 0 AND line_total = unit_price * quantity)
      )`);
    await q.query(`CREATE INDEX ix_order_items_order_id ON order_items (order_id)`);
    await q.query(`CREATE INDEX ix_order_items_variant_id ON order_items (variant_id)`);

    await q.query(`
      CREATE TABLE order_status_history (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        order_id uuid NOT NULL,
        from_status varchar(32) NULL,
        to_status varchar(32) NOT NULL,
        actor_id uuid NULL,
        note varchar(500) NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_order_status_history PRIMARY KEY (id),
        CONSTRAINT fk_order_status_history_order FOREIGN KEY (order_id)
          REFERENCES orders (id) ON DELETE CASCADE
      )`);
    await q.query(
      `CREATE INDEX ix_order_status_history_order ON order_status_history (order_id, created_at)`,
    );

    await q.query(`
      CREATE TABLE idempotency_keys (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        method varchar(10) NOT NULL,
        route varchar(200) NOT NULL,
        key varchar(255) NOT NULL,
        request_hash char(64) NOT NULL,
        state varchar(20) NOT NULL,
        response_status integer NULL,
        response_body jsonb NULL,
        locked_at timestamptz NULL,
        lock_token uuid NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        CONSTRAINT pk_idempotency_keys PRIMARY KEY (id),
        CONSTRAINT uq_idempotency_keys_scope UNIQUE (user_id, method, route, key),
        CONSTRAINT ck_idempotency_keys_state CHECK (state IN ('in_progress', 'completed'))
      )`);
    await q.query(`CREATE INDEX ix_idempotency_keys_expires_at ON idempotency_keys (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_keys`);
    await q.query(`DROP TABLE order_status_history`);
    await q.query(`DROP TABLE order_items`);
    await q.query(`DROP TABLE orders`);
    await q.query(`DROP SEQUENCE order_number_seq`);
    await q.query(`DROP TABLE cart_items`);
    await q.query(`DROP TABLE carts`);
    await q.query(`DROP TABLE shipping_methods`);
  }
}
