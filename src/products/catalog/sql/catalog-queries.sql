-- The catalog's hot statements, rendered by `npm run catalog:sql` from catalog-sql.ts.
-- Each runs as a named prepared statement; a test fails when this file is out of date.

-- list, newest first
-- name: catalog_list_6ZKyRlXZ3V_k
WITH page AS (
  SELECT p.id, p.name, p.slug, p.description, p.category_id, p.status, p.images,
    p.attributes, p.min_price, p.created_at, p.updated_at, p.created_at::text AS sort_key
      FROM products p
      WHERE p.status = 'active'
        AND p.min_price IS NOT NULL
      ORDER BY p.created_at DESC, p.id DESC
      LIMIT $1 + 1
), numbered AS (
  SELECT page.*, row_number() OVER () AS n FROM page
)
SELECT coalesce(string_agg('{"id":"' || x.id || '","name":' || to_json(x.name)::text
  || ',"slug":' || to_json(x.slug)::text || ',"description":' || to_json(x.description)::text
  || ',"categoryId":' || coalesce('"' || x.category_id || '"', 'null')
  || ',"status":' || to_json(x.status)::text
  || ',"images":' || x.images::text || ',"attributes":' || x.attributes::text
  || ',"priceRange":' || v.price_range || ',"currency":' || $2::text
  || ',"inStock":' || v.in_stock
  || ',"purchasable":' || (x.status = 'active' AND v.price_range <> 'null')
  || ',"variants":[' || v.list || ']'
  || ',"createdAt":"' || to_char(x.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '","updatedAt":"' || to_char(x.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"}', ',' ORDER BY x.n) FILTER (WHERE x.n <= $1), '') AS data,
       coalesce(max(x.n), 0) > $1 AS has_more,
       max(x.sort_key::text) FILTER (WHERE x.n = $1) AS last_key,
       max(x.id::text) FILTER (WHERE x.n = $1) AS last_id
FROM numbered x
LEFT JOIN LATERAL (
    SELECT CASE WHEN count(*) FILTER (WHERE v.active) = 0 THEN 'null'
             ELSE '{"min":' || min(v.price) FILTER (WHERE v.active)
               || ',"max":' || max(v.price) FILTER (WHERE v.active) || '}' END AS price_range,
           coalesce(bool_or(v.stock > 0) FILTER (WHERE v.active), false) AS in_stock,
           coalesce(string_agg('{"id":"' || v.id || '","productId":"' || v.product_id
  || '","sku":' || to_json(v.sku)::text || ',"name":' || to_json(v.name)::text
  || ',"options":' || v.options::text || ',"price":' || v.price
  || ',"currency":' || to_json(v.currency)::text || ',"stock":' || v.stock
  || ',"weightGrams":' || coalesce(v.weight_grams::text, 'null') || ',"active":' || v.active
  || ',"purchasable":' || v.active || '}', ',' ORDER BY v.price, v.id), '') AS list
    FROM product_variants v
    WHERE v.product_id = x.id AND v.active AND x.n <= $1
  ) v ON true;

-- list, newest first, next page
-- name: catalog_list_I50BCQAvx6BG
WITH page AS (
  SELECT p.id, p.name, p.slug, p.description, p.category_id, p.status, p.images,
    p.attributes, p.min_price, p.created_at, p.updated_at, p.created_at::text AS sort_key
      FROM products p
      WHERE p.status = 'active'
        AND p.min_price IS NOT NULL
        AND (p.created_at, p.id) < ($3::timestamptz, $4::uuid)
      ORDER BY p.created_at DESC, p.id DESC
      LIMIT $1 + 1
), numbered AS (
  SELECT page.*, row_number() OVER () AS n FROM page
)
SELECT coalesce(string_agg('{"id":"' || x.id || '","name":' || to_json(x.name)::text
  || ',"slug":' || to_json(x.slug)::text || ',"description":' || to_json(x.description)::text
  || ',"categoryId":' || coalesce('"' || x.category_id || '"', 'null')
  || ',"status":' || to_json(x.status)::text
  || ',"images":' || x.images::text || ',"attributes":' || x.attributes::text
  || ',"priceRange":' || v.price_range || ',"currency":' || $2::text
  || ',"inStock":' || v.in_stock
  || ',"purchasable":' || (x.status = 'active' AND v.price_range <> 'null')
  || ',"variants":[' || v.list || ']'
  || ',"createdAt":"' || to_char(x.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '","updatedAt":"' || to_char(x.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"}', ',' ORDER BY x.n) FILTER (WHERE x.n <= $1), '') AS data,
       coalesce(max(x.n), 0) > $1 AS has_more,
       max(x.sort_key::text) FILTER (WHERE x.n = $1) AS last_key,
       max(x.id::text) FILTER (WHERE x.n = $1) AS last_id
FROM numbered x
LEFT JOIN LATERAL (
    SELECT CASE WHEN count(*) FILTER (WHERE v.active) = 0 THEN 'null'
             ELSE '{"min":' || min(v.price) FILTER (WHERE v.active)
               || ',"max":' || max(v.price) FILTER (WHERE v.active) || '}' END AS price_range,
           coalesce(bool_or(v.stock > 0) FILTER (WHERE v.active), false) AS in_stock,
           coalesce(string_agg('{"id":"' || v.id || '","productId":"' || v.product_id
  || '","sku":' || to_json(v.sku)::text || ',"name":' || to_json(v.name)::text
  || ',"options":' || v.options::text || ',"price":' || v.price
  || ',"currency":' || to_json(v.currency)::text || ',"stock":' || v.stock
  || ',"weightGrams":' || coalesce(v.weight_grams::text, 'null') || ',"active":' || v.active
  || ',"purchasable":' || v.active || '}', ',' ORDER BY v.price, v.id), '') AS list
    FROM product_variants v
    WHERE v.product_id = x.id AND v.active AND x.n <= $1
  ) v ON true;

-- list by price
-- name: catalog_list_9Ij17qaM0W_z
WITH page AS (
  SELECT p.id, p.name, p.slug, p.description, p.category_id, p.status, p.images,
    p.attributes, p.min_price, p.created_at, p.updated_at, p.min_price AS sort_key
      FROM products p
      WHERE p.status = 'active'
        AND p.min_price IS NOT NULL
      ORDER BY p.min_price ASC, p.id ASC
      LIMIT $1 + 1
), numbered AS (
  SELECT page.*, row_number() OVER () AS n FROM page
)
SELECT coalesce(string_agg('{"id":"' || x.id || '","name":' || to_json(x.name)::text
  || ',"slug":' || to_json(x.slug)::text || ',"description":' || to_json(x.description)::text
  || ',"categoryId":' || coalesce('"' || x.category_id || '"', 'null')
  || ',"status":' || to_json(x.status)::text
  || ',"images":' || x.images::text || ',"attributes":' || x.attributes::text
  || ',"priceRange":' || v.price_range || ',"currency":' || $2::text
  || ',"inStock":' || v.in_stock
  || ',"purchasable":' || (x.status = 'active' AND v.price_range <> 'null')
  || ',"variants":[' || v.list || ']'
  || ',"createdAt":"' || to_char(x.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '","updatedAt":"' || to_char(x.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"}', ',' ORDER BY x.n) FILTER (WHERE x.n <= $1), '') AS data,
       coalesce(max(x.n), 0) > $1 AS has_more,
       max(x.sort_key::text) FILTER (WHERE x.n = $1) AS last_key,
       max(x.id::text) FILTER (WHERE x.n = $1) AS last_id
FROM numbered x
LEFT JOIN LATERAL (
    SELECT CASE WHEN count(*) FILTER (WHERE v.active) = 0 THEN 'null'
             ELSE '{"min":' || min(v.price) FILTER (WHERE v.active)
               || ',"max":' || max(v.price) FILTER (WHERE v.active) || '}' END AS price_range,
           coalesce(bool_or(v.stock > 0) FILTER (WHERE v.active), false) AS in_stock,
           coalesce(string_agg('{"id":"' || v.id || '","productId":"' || v.product_id
  || '","sku":' || to_json(v.sku)::text || ',"name":' || to_json(v.name)::text
  || ',"options":' || v.options::text || ',"price":' || v.price
  || ',"currency":' || to_json(v.currency)::text || ',"stock":' || v.stock
  || ',"weightGrams":' || coalesce(v.weight_grams::text, 'null') || ',"active":' || v.active
  || ',"purchasable":' || v.active || '}', ',' ORDER BY v.price, v.id), '') AS list
    FROM product_variants v
    WHERE v.product_id = x.id AND v.active AND x.n <= $1
  ) v ON true;

-- list by price, descending
-- name: catalog_list_6V1NuNm3fckI
WITH page AS (
  SELECT p.id, p.name, p.slug, p.description, p.category_id, p.status, p.images,
    p.attributes, p.min_price, p.created_at, p.updated_at, p.min_price AS sort_key
      FROM products p
      WHERE p.status = 'active'
        AND p.min_price IS NOT NULL
      ORDER BY p.min_price DESC, p.id DESC
      LIMIT $1 + 1
), numbered AS (
  SELECT page.*, row_number() OVER () AS n FROM page
)
SELECT coalesce(string_agg('{"id":"' || x.id || '","name":' || to_json(x.name)::text
  || ',"slug":' || to_json(x.slug)::text || ',"description":' || to_json(x.description)::text
  || ',"categoryId":' || coalesce('"' || x.category_id || '"', 'null')
  || ',"status":' || to_json(x.status)::text
  || ',"images":' || x.images::text || ',"attributes":' || x.attributes::text
  || ',"priceRange":' || v.price_range || ',"currency":' || $2::text
  || ',"inStock":' || v.in_stock
  || ',"purchasable":' || (x.status = 'active' AND v.price_range <> 'null')
  || ',"variants":[' || v.list || ']'
  || ',"createdAt":"' || to_char(x.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '","updatedAt":"' || to_char(x.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"}', ',' ORDER BY x.n) FILTER (WHERE x.n <= $1), '') AS data,
       coalesce(max(x.n), 0) > $1 AS has_more,
       max(x.sort_key::text) FILTER (WHERE x.n = $1) AS last_key,
       max(x.id::text) FILTER (WHERE x.n = $1) AS last_id
FROM numbered x
LEFT JOIN LATERAL (
    SELECT CASE WHEN count(*) FILTER (WHERE v.active) = 0 THEN 'null'
             ELSE '{"min":' || min(v.price) FILTER (WHERE v.active)
               || ',"max":' || max(v.price) FILTER (WHERE v.active) || '}' END AS price_range,
           coalesce(bool_or(v.stock > 0) FILTER (WHERE v.active), false) AS in_stock,
           coalesce(string_agg('{"id":"' || v.id || '","productId":"' || v.product_id
  || '","sku":' || to_json(v.sku)::text || ',"name":' || to_json(v.name)::text
  || ',"options":' || v.options::text || ',"price":' || v.price
  || ',"currency":' || to_json(v.currency)::text || ',"stock":' || v.stock
  || ',"weightGrams":' || coalesce(v.weight_grams::text, 'null') || ',"active":' || v.active
  || ',"purchasable":' || v.active || '}', ',' ORDER BY v.price, v.id), '') AS list
    FROM product_variants v
    WHERE v.product_id = x.id AND v.active AND x.n <= $1
  ) v ON true;

-- list by name
-- name: catalog_list_8WH0iJl4ukaN
WITH page AS (
  SELECT p.id, p.name, p.slug, p.description, p.category_id, p.status, p.images,
    p.attributes, p.min_price, p.created_at, p.updated_at, p.name AS sort_key
      FROM products p
      WHERE p.status = 'active'
        AND p.min_price IS NOT NULL
      ORDER BY p.name ASC, p.id ASC
      LIMIT $1 + 1
), numbered AS (
  SELECT page.*, row_number() OVER () AS n FROM page
)
SELECT coalesce(string_agg('{"id":"' || x.id || '","name":' || to_json(x.name)::text
  || ',"slug":' || to_json(x.slug)::text || ',"description":' || to_json(x.description)::text
  || ',"categoryId":' || coalesce('"' || x.category_id || '"', 'null')
  || ',"status":' || to_json(x.status)::text
  || ',"images":' || x.images::text || ',"attributes":' || x.attributes::text
  || ',"priceRange":' || v.price_range || ',"currency":' || $2::text
  || ',"inStock":' || v.in_stock
  || ',"purchasable":' || (x.status = 'active' AND v.price_range <> 'null')
  || ',"variants":[' || v.list || ']'
  || ',"createdAt":"' || to_char(x.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '","updatedAt":"' || to_char(x.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"}', ',' ORDER BY x.n) FILTER (WHERE x.n <= $1), '') AS data,
       coalesce(max(x.n), 0) > $1 AS has_more,
       max(x.sort_key::text) FILTER (WHERE x.n = $1) AS last_key,
       max(x.id::text) FILTER (WHERE x.n = $1) AS last_id
FROM numbered x
LEFT JOIN LATERAL (
    SELECT CASE WHEN count(*) FILTER (WHERE v.active) = 0 THEN 'null'
             ELSE '{"min":' || min(v.price) FILTER (WHERE v.active)
               || ',"max":' || max(v.price) FILTER (WHERE v.active) || '}' END AS price_range,
           coalesce(bool_or(v.stock > 0) FILTER (WHERE v.active), false) AS in_stock,
           coalesce(string_agg('{"id":"' || v.id || '","productId":"' || v.product_id
  || '","sku":' || to_json(v.sku)::text || ',"name":' || to_json(v.name)::text
  || ',"options":' || v.options::text || ',"price":' || v.price
  || ',"currency":' || to_json(v.currency)::text || ',"stock":' || v.stock
  || ',"weightGrams":' || coalesce(v.weight_grams::text, 'null') || ',"active":' || v.active
  || ',"purchasable":' || v.active || '}', ',' ORDER BY v.price, v.id), '') AS list
    FROM product_variants v
    WHERE v.product_id = x.id AND v.active AND x.n <= $1
  ) v ON true;

-- filter: category subtree, price range, in stock, by price
-- name: catalog_list_nXa0TFKPQn4a
WITH page AS (
  SELECT p.* FROM categories c
    CROSS JOIN LATERAL (SELECT p.id, p.name, p.slug, p.description, p.category_id, p.status, p.images,
    p.attributes, p.min_price, p.created_at, p.updated_at, p.min_price AS sort_key
      FROM products p
      WHERE p.category_id = c.id
        AND p.status = 'active'
        AND p.min_price IS NOT NULL
        AND p.max_price >= $4
        AND p.min_price >= $4 - (SELECT coalesce(max(s.max_price - s.min_price), 0)
          FROM products s WHERE s.status = 'active')
        AND p.min_price <= $5
        AND EXISTS (SELECT 1 FROM product_variants v
      WHERE v.product_id = p.id AND v.active AND v.price >= $4 AND v.price <= $5)
        AND EXISTS (SELECT 1 FROM product_variants v
      WHERE v.product_id = p.id AND v.active AND v.stock > 0)
      ORDER BY p.min_price ASC, p.id ASC
      LIMIT $1 + 1) p
    WHERE c.path @> ARRAY[$3::uuid]
    ORDER BY p.min_price ASC, p.id ASC
    LIMIT $1 + 1
), numbered AS (
  SELECT page.*, row_number() OVER () AS n FROM page
)
SELECT coalesce(string_agg('{"id":"' || x.id || '","name":' || to_json(x.name)::text
  || ',"slug":' || to_json(x.slug)::text || ',"description":' || to_json(x.description)::text
  || ',"categoryId":' || coalesce('"' || x.category_id || '"', 'null')
  || ',"status":' || to_json(x.status)::text
  || ',"images":' || x.images::text || ',"attributes":' || x.attributes::text
  || ',"priceRange":' || v.price_range || ',"currency":' || $2::text
  || ',"inStock":' || v.in_stock
  || ',"purchasable":' || (x.status = 'active' AND v.price_range <> 'null')
  || ',"variants":[' || v.list || ']'
  || ',"createdAt":"' || to_char(x.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '","updatedAt":"' || to_char(x.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"}', ',' ORDER BY x.n) FILTER (WHERE x.n <= $1), '') AS data,
       coalesce(max(x.n), 0) > $1 AS has_more,
       max(x.sort_key::text) FILTER (WHERE x.n = $1) AS last_key,
       max(x.id::text) FILTER (WHERE x.n = $1) AS last_id
FROM numbered x
LEFT JOIN LATERAL (
    SELECT CASE WHEN count(*) FILTER (WHERE v.active) = 0 THEN 'null'
             ELSE '{"min":' || min(v.price) FILTER (WHERE v.active)
               || ',"max":' || max(v.price) FILTER (WHERE v.active) || '}' END AS price_range,
           coalesce(bool_or(v.stock > 0) FILTER (WHERE v.active), false) AS in_stock,
           coalesce(string_agg('{"id":"' || v.id || '","productId":"' || v.product_id
  || '","sku":' || to_json(v.sku)::text || ',"name":' || to_json(v.name)::text
  || ',"options":' || v.options::text || ',"price":' || v.price
  || ',"currency":' || to_json(v.currency)::text || ',"stock":' || v.stock
  || ',"weightGrams":' || coalesce(v.weight_grams::text, 'null') || ',"active":' || v.active
  || ',"purchasable":' || v.active || '}', ',' ORDER BY v.price, v.id), '') AS list
    FROM product_variants v
    WHERE v.product_id = x.id AND v.active AND x.n <= $1
  ) v ON true;

-- filter, next page
-- name: catalog_list_nS_lxnYJhN1-
WITH page AS (
  SELECT p.* FROM categories c
    CROSS JOIN LATERAL (SELECT p.id, p.name, p.slug, p.description, p.category_id, p.status, p.images,
    p.attributes, p.min_price, p.created_at, p.updated_at, p.min_price AS sort_key
      FROM products p
      WHERE p.category_id = c.id
        AND p.status = 'active'
        AND p.min_price IS NOT NULL
        AND p.max_price >= $4
        AND p.min_price >= $4 - (SELECT coalesce(max(s.max_price - s.min_price), 0)
          FROM products s WHERE s.status = 'active')
        AND p.min_price <= $5
        AND EXISTS (SELECT 1 FROM product_variants v
      WHERE v.product_id = p.id AND v.active AND v.price >= $4 AND v.price <= $5)
        AND EXISTS (SELECT 1 FROM product_variants v
      WHERE v.product_id = p.id AND v.active AND v.stock > 0)
        AND (p.min_price, p.id) > ($6::integer, $7::uuid)
      ORDER BY p.min_price ASC, p.id ASC
      LIMIT $1 + 1) p
    WHERE c.path @> ARRAY[$3::uuid]
    ORDER BY p.min_price ASC, p.id ASC
    LIMIT $1 + 1
), numbered AS (
  SELECT page.*, row_number() OVER () AS n FROM page
)
SELECT coalesce(string_agg('{"id":"' || x.id || '","name":' || to_json(x.name)::text
  || ',"slug":' || to_json(x.slug)::text || ',"description":' || to_json(x.description)::text
  || ',"categoryId":' || coalesce('"' || x.category_id || '"', 'null')
  || ',"status":' || to_json(x.status)::text
  || ',"images":' || x.images::text || ',"attributes":' || x.attributes::text
  || ',"priceRange":' || v.price_range || ',"currency":' || $2::text
  || ',"inStock":' || v.in_stock
  || ',"purchasable":' || (x.status = 'active' AND v.price_range <> 'null')
  || ',"variants":[' || v.list || ']'
  || ',"createdAt":"' || to_char(x.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '","updatedAt":"' || to_char(x.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"}', ',' ORDER BY x.n) FILTER (WHERE x.n <= $1), '') AS data,
       coalesce(max(x.n), 0) > $1 AS has_more,
       max(x.sort_key::text) FILTER (WHERE x.n = $1) AS last_key,
       max(x.id::text) FILTER (WHERE x.n = $1) AS last_id
FROM numbered x
LEFT JOIN LATERAL (
    SELECT CASE WHEN count(*) FILTER (WHERE v.active) = 0 THEN 'null'
             ELSE '{"min":' || min(v.price) FILTER (WHERE v.active)
               || ',"max":' || max(v.price) FILTER (WHERE v.active) || '}' END AS price_range,
           coalesce(bool_or(v.stock > 0) FILTER (WHERE v.active), false) AS in_stock,
           coalesce(string_agg('{"id":"' || v.id || '","productId":"' || v.product_id
  || '","sku":' || to_json(v.sku)::text || ',"name":' || to_json(v.name)::text
  || ',"options":' || v.options::text || ',"price":' || v.price
  || ',"currency":' || to_json(v.currency)::text || ',"stock":' || v.stock
  || ',"weightGrams":' || coalesce(v.weight_grams::text, 'null') || ',"active":' || v.active
  || ',"purchasable":' || v.active || '}', ',' ORDER BY v.price, v.id), '') AS list
    FROM product_variants v
    WHERE v.product_id = x.id AND v.active AND x.n <= $1
  ) v ON true;

-- filter: category subtree, newest first
-- name: catalog_list_VZeDjKKsIVNB
WITH page AS (
  SELECT p.* FROM categories c
    CROSS JOIN LATERAL (SELECT p.id, p.name, p.slug, p.description, p.category_id, p.status, p.images,
    p.attributes, p.min_price, p.created_at, p.updated_at, p.created_at::text AS sort_key
      FROM products p
      WHERE p.category_id = c.id
        AND p.status = 'active'
        AND p.min_price IS NOT NULL
      ORDER BY p.created_at DESC, p.id DESC
      LIMIT $1 + 1) p
    WHERE c.path @> ARRAY[$3::uuid]
    ORDER BY p.created_at DESC, p.id DESC
    LIMIT $1 + 1
), numbered AS (
  SELECT page.*, row_number() OVER () AS n FROM page
)
SELECT coalesce(string_agg('{"id":"' || x.id || '","name":' || to_json(x.name)::text
  || ',"slug":' || to_json(x.slug)::text || ',"description":' || to_json(x.description)::text
  || ',"categoryId":' || coalesce('"' || x.category_id || '"', 'null')
  || ',"status":' || to_json(x.status)::text
  || ',"images":' || x.images::text || ',"attributes":' || x.attributes::text
  || ',"priceRange":' || v.price_range || ',"currency":' || $2::text
  || ',"inStock":' || v.in_stock
  || ',"purchasable":' || (x.status = 'active' AND v.price_range <> 'null')
  || ',"variants":[' || v.list || ']'
  || ',"createdAt":"' || to_char(x.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '","updatedAt":"' || to_char(x.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"}', ',' ORDER BY x.n) FILTER (WHERE x.n <= $1), '') AS data,
       coalesce(max(x.n), 0) > $1 AS has_more,
       max(x.sort_key::text) FILTER (WHERE x.n = $1) AS last_key,
       max(x.id::text) FILTER (WHERE x.n = $1) AS last_id
FROM numbered x
LEFT JOIN LATERAL (
    SELECT CASE WHEN count(*) FILTER (WHERE v.active) = 0 THEN 'null'
             ELSE '{"min":' || min(v.price) FILTER (WHERE v.active)
               || ',"max":' || max(v.price) FILTER (WHERE v.active) || '}' END AS price_range,
           coalesce(bool_or(v.stock > 0) FILTER (WHERE v.active), false) AS in_stock,
           coalesce(string_agg('{"id":"' || v.id || '","productId":"' || v.product_id
  || '","sku":' || to_json(v.sku)::text || ',"name":' || to_json(v.name)::text
  || ',"options":' || v.options::text || ',"price":' || v.price
  || ',"currency":' || to_json(v.currency)::text || ',"stock":' || v.stock
  || ',"weightGrams":' || coalesce(v.weight_grams::text, 'null') || ',"active":' || v.active
  || ',"purchasable":' || v.active || '}', ',' ORDER BY v.price, v.id), '') AS list
    FROM product_variants v
    WHERE v.product_id = x.id AND v.active AND x.n <= $1
  ) v ON true;

-- search by relevance
-- name: (not prepared: planned for its words)
WITH page AS (
  SELECT c.* FROM (
      SELECT p.id, p.name, p.slug, p.description, p.category_id, p.status, p.images,
    p.attributes, p.min_price, p.created_at, p.updated_at, ts_rank(p.search_vector, websearch_to_tsquery('english', $3)) AS sort_key
      FROM (SELECT p.id, p.name, p.slug, p.description, p.category_id, p.status, p.images,
    p.attributes, p.min_price, p.created_at, p.updated_at, p.search_vector FROM products p
            WHERE p.status = 'active'
        AND p.min_price IS NOT NULL
        AND p.search_vector @@ websearch_to_tsquery('english', $3)
            LIMIT 200) p
    ) c
    
    ORDER BY c.sort_key DESC, c.id ASC
    LIMIT $1 + 1
), numbered AS (
  SELECT page.*, row_number() OVER () AS n FROM page
)
SELECT coalesce(string_agg('{"id":"' || x.id || '","name":' || to_json(x.name)::text
  || ',"slug":' || to_json(x.slug)::text || ',"description":' || to_json(x.description)::text
  || ',"categoryId":' || coalesce('"' || x.category_id || '"', 'null')
  || ',"status":' || to_json(x.status)::text
  || ',"images":' || x.images::text || ',"attributes":' || x.attributes::text
  || ',"priceRange":' || v.price_range || ',"currency":' || $2::text
  || ',"inStock":' || v.in_stock
  || ',"purchasable":' || (x.status = 'active' AND v.price_range <> 'null')
  || ',"variants":[' || v.list || ']'
  || ',"createdAt":"' || to_char(x.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '","updatedAt":"' || to_char(x.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"}', ',' ORDER BY x.n) FILTER (WHERE x.n <= $1), '') AS data,
       coalesce(max(x.n), 0) > $1 AS has_more,
       max(x.sort_key::text) FILTER (WHERE x.n = $1) AS last_key,
       max(x.id::text) FILTER (WHERE x.n = $1) AS last_id
FROM numbered x
LEFT JOIN LATERAL (
    SELECT CASE WHEN count(*) FILTER (WHERE v.active) = 0 THEN 'null'
             ELSE '{"min":' || min(v.price) FILTER (WHERE v.active)
               || ',"max":' || max(v.price) FILTER (WHERE v.active) || '}' END AS price_range,
           coalesce(bool_or(v.stock > 0) FILTER (WHERE v.active), false) AS in_stock,
           coalesce(string_agg('{"id":"' || v.id || '","productId":"' || v.product_id
  || '","sku":' || to_json(v.sku)::text || ',"name":' || to_json(v.name)::text
  || ',"options":' || v.options::text || ',"price":' || v.price
  || ',"currency":' || to_json(v.currency)::text || ',"stock":' || v.stock
  || ',"weightGrams":' || coalesce(v.weight_grams::text, 'null') || ',"active":' || v.active
  || ',"purchasable":' || v.active || '}', ',' ORDER BY v.price, v.id), '') AS list
    FROM product_variants v
    WHERE v.product_id = x.id AND v.active AND x.n <= $1
  ) v ON true;

-- search by relevance, next page
-- name: (not prepared: planned for its words)
WITH page AS (
  SELECT c.* FROM (
      SELECT p.id, p.name, p.slug, p.description, p.category_id, p.status, p.images,
    p.attributes, p.min_price, p.created_at, p.updated_at, ts_rank(p.search_vector, websearch_to_tsquery('english', $3)) AS sort_key
      FROM (SELECT p.id, p.name, p.slug, p.description, p.category_id, p.status, p.images,
    p.attributes, p.min_price, p.created_at, p.updated_at, p.search_vector FROM products p
            WHERE p.status = 'active'
        AND p.min_price IS NOT NULL
        AND p.search_vector @@ websearch_to_tsquery('english', $3)
            LIMIT 200) p
    ) c
    WHERE (c.sort_key < $4::real OR (c.sort_key = $4::real AND c.id > $5::uuid))
    ORDER BY c.sort_key DESC, c.id ASC
    LIMIT $1 + 1
), numbered AS (
  SELECT page.*, row_number() OVER () AS n FROM page
)
SELECT coalesce(string_agg('{"id":"' || x.id || '","name":' || to_json(x.name)::text
  || ',"slug":' || to_json(x.slug)::text || ',"description":' || to_json(x.description)::text
  || ',"categoryId":' || coalesce('"' || x.category_id || '"', 'null')
  || ',"status":' || to_json(x.status)::text
  || ',"images":' || x.images::text || ',"attributes":' || x.attributes::text
  || ',"priceRange":' || v.price_range || ',"currency":' || $2::text
  || ',"inStock":' || v.in_stock
  || ',"purchasable":' || (x.status = 'active' AND v.price_range <> 'null')
  || ',"variants":[' || v.list || ']'
  || ',"createdAt":"' || to_char(x.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '","updatedAt":"' || to_char(x.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"}', ',' ORDER BY x.n) FILTER (WHERE x.n <= $1), '') AS data,
       coalesce(max(x.n), 0) > $1 AS has_more,
       max(x.sort_key::text) FILTER (WHERE x.n = $1) AS last_key,
       max(x.id::text) FILTER (WHERE x.n = $1) AS last_id
FROM numbered x
LEFT JOIN LATERAL (
    SELECT CASE WHEN count(*) FILTER (WHERE v.active) = 0 THEN 'null'
             ELSE '{"min":' || min(v.price) FILTER (WHERE v.active)
               || ',"max":' || max(v.price) FILTER (WHERE v.active) || '}' END AS price_range,
           coalesce(bool_or(v.stock > 0) FILTER (WHERE v.active), false) AS in_stock,
           coalesce(string_agg('{"id":"' || v.id || '","productId":"' || v.product_id
  || '","sku":' || to_json(v.sku)::text || ',"name":' || to_json(v.name)::text
  || ',"options":' || v.options::text || ',"price":' || v.price
  || ',"currency":' || to_json(v.currency)::text || ',"stock":' || v.stock
  || ',"weightGrams":' || coalesce(v.weight_grams::text, 'null') || ',"active":' || v.active
  || ',"purchasable":' || v.active || '}', ',' ORDER BY v.price, v.id), '') AS list
    FROM product_variants v
    WHERE v.product_id = x.id AND v.active AND x.n <= $1
  ) v ON true;

-- search in a category, by price
-- name: (not prepared: planned for its words)
WITH page AS (
  SELECT p.* FROM categories c
    CROSS JOIN LATERAL (SELECT p.id, p.name, p.slug, p.description, p.category_id, p.status, p.images,
    p.attributes, p.min_price, p.created_at, p.updated_at, p.min_price AS sort_key
      FROM products p
      WHERE p.category_id = c.id
        AND p.status = 'active'
        AND p.min_price IS NOT NULL
        AND p.search_vector @@ websearch_to_tsquery('english', $3)
      ORDER BY p.min_price ASC, p.id ASC
      LIMIT $1 + 1) p
    WHERE c.path @> ARRAY[$4::uuid]
    ORDER BY p.min_price ASC, p.id ASC
    LIMIT $1 + 1
), numbered AS (
  SELECT page.*, row_number() OVER () AS n FROM page
)
SELECT coalesce(string_agg('{"id":"' || x.id || '","name":' || to_json(x.name)::text
  || ',"slug":' || to_json(x.slug)::text || ',"description":' || to_json(x.description)::text
  || ',"categoryId":' || coalesce('"' || x.category_id || '"', 'null')
  || ',"status":' || to_json(x.status)::text
  || ',"images":' || x.images::text || ',"attributes":' || x.attributes::text
  || ',"priceRange":' || v.price_range || ',"currency":' || $2::text
  || ',"inStock":' || v.in_stock
  || ',"purchasable":' || (x.status = 'active' AND v.price_range <> 'null')
  || ',"variants":[' || v.list || ']'
  || ',"createdAt":"' || to_char(x.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '","updatedAt":"' || to_char(x.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"}', ',' ORDER BY x.n) FILTER (WHERE x.n <= $1), '') AS data,
       coalesce(max(x.n), 0) > $1 AS has_more,
       max(x.sort_key::text) FILTER (WHERE x.n = $1) AS last_key,
       max(x.id::text) FILTER (WHERE x.n = $1) AS last_id
FROM numbered x
LEFT JOIN LATERAL (
    SELECT CASE WHEN count(*) FILTER (WHERE v.active) = 0 THEN 'null'
             ELSE '{"min":' || min(v.price) FILTER (WHERE v.active)
               || ',"max":' || max(v.price) FILTER (WHERE v.active) || '}' END AS price_range,
           coalesce(bool_or(v.stock > 0) FILTER (WHERE v.active), false) AS in_stock,
           coalesce(string_agg('{"id":"' || v.id || '","productId":"' || v.product_id
  || '","sku":' || to_json(v.sku)::text || ',"name":' || to_json(v.name)::text
  || ',"options":' || v.options::text || ',"price":' || v.price
  || ',"currency":' || to_json(v.currency)::text || ',"stock":' || v.stock
  || ',"weightGrams":' || coalesce(v.weight_grams::text, 'null') || ',"active":' || v.active
  || ',"purchasable":' || v.active || '}', ',' ORDER BY v.price, v.id), '') AS list
    FROM product_variants v
    WHERE v.product_id = x.id AND v.active AND x.n <= $1
  ) v ON true;

-- list in a region, newest first
-- name: catalog_list_wxwetwIivl2k
WITH r AS (SELECT currency FROM regions WHERE code = $2), page AS (
  SELECT p.id, p.name, p.slug, p.description, p.category_id, p.status, p.images,
    p.attributes, pp.min_price, p.created_at, p.updated_at, p.created_at::text AS sort_key
      FROM products p
      JOIN product_prices pp ON pp.product_id = p.id AND pp.currency = (SELECT currency FROM r)
      WHERE p.status = 'active'
        AND pp.active
      ORDER BY p.created_at DESC, p.id DESC
      LIMIT $1 + 1
), numbered AS (
  SELECT page.*, row_number() OVER () AS n FROM page
)
SELECT coalesce(string_agg('{"id":"' || x.id || '","name":' || to_json(x.name)::text
  || ',"slug":' || to_json(x.slug)::text || ',"description":' || to_json(x.description)::text
  || ',"categoryId":' || coalesce('"' || x.category_id || '"', 'null')
  || ',"status":' || to_json(x.status)::text
  || ',"images":' || x.images::text || ',"attributes":' || x.attributes::text
  || ',"priceRange":' || v.price_range || ',"currency":' || to_json(r.currency)::text
  || ',"inStock":' || v.in_stock
  || ',"purchasable":' || (x.status = 'active' AND v.price_range <> 'null')
  || ',"variants":[' || v.list || ']'
  || ',"createdAt":"' || to_char(x.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '","updatedAt":"' || to_char(x.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"}', ',' ORDER BY x.n) FILTER (WHERE x.n <= $1), '') AS data,
       coalesce(max(x.n), 0) > $1 AS has_more,
       max(x.sort_key::text) FILTER (WHERE x.n = $1) AS last_key,
       max(x.id::text) FILTER (WHERE x.n = $1) AS last_id,
       (SELECT currency::text FROM r) AS region_currency
FROM numbered x
CROSS JOIN r
LEFT JOIN LATERAL (
    SELECT CASE WHEN count(*) FILTER (WHERE v.active AND v.amount IS NOT NULL) = 0 THEN 'null'
             ELSE '{"min":' || min(v.amount) FILTER (WHERE v.active)
               || ',"max":' || max(v.amount) FILTER (WHERE v.active) || '}' END AS price_range,
           coalesce(bool_or(v.stock > 0) FILTER (WHERE v.active AND v.amount IS NOT NULL), false) AS in_stock,
           coalesce(string_agg('{"id":"' || v.id || '","productId":"' || v.product_id
  || '","sku":' || to_json(v.sku)::text || ',"name":' || to_json(v.name)::text
  || ',"options":' || v.options::text || ',"price":' || coalesce(v.amount::text, 'null')
  || ',"currency":' || to_json(r.currency)::text || ',"stock":' || v.stock
  || ',"weightGrams":' || coalesce(v.weight_grams::text, 'null') || ',"active":' || v.active
  || ',"purchasable":' || (v.active AND v.amount IS NOT NULL) || '}', ',' ORDER BY v.amount, v.id), '') AS list
    FROM (SELECT v.*, CASE WHEN v.currency = r.currency THEN v.price ELSE vp.amount END AS amount
          FROM product_variants v LEFT JOIN variant_prices vp ON vp.variant_id = v.id AND vp.currency = r.currency
          WHERE v.product_id = x.id AND v.active AND x.n <= $1) v
  ) v ON true;

-- list in a region by price
-- name: catalog_list_71BXSDLM2BWe
WITH r AS (SELECT currency FROM regions WHERE code = $2), page AS (
  SELECT p.id, p.name, p.slug, p.description, p.category_id, p.status, p.images,
    p.attributes, pp.min_price, p.created_at, p.updated_at, pp.min_price AS sort_key
      FROM products p
      JOIN product_prices pp ON pp.product_id = p.id AND pp.currency = (SELECT currency FROM r)
      WHERE p.status = 'active'
        AND pp.active
      ORDER BY pp.min_price ASC, pp.product_id ASC
      LIMIT $1 + 1
), numbered AS (
  SELECT page.*, row_number() OVER () AS n FROM page
)
SELECT coalesce(string_agg('{"id":"' || x.id || '","name":' || to_json(x.name)::text
  || ',"slug":' || to_json(x.slug)::text || ',"description":' || to_json(x.description)::text
  || ',"categoryId":' || coalesce('"' || x.category_id || '"', 'null')
  || ',"status":' || to_json(x.status)::text
  || ',"images":' || x.images::text || ',"attributes":' || x.attributes::text
  || ',"priceRange":' || v.price_range || ',"currency":' || to_json(r.currency)::text
  || ',"inStock":' || v.in_stock
  || ',"purchasable":' || (x.status = 'active' AND v.price_range <> 'null')
  || ',"variants":[' || v.list || ']'
  || ',"createdAt":"' || to_char(x.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '","updatedAt":"' || to_char(x.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"}', ',' ORDER BY x.n) FILTER (WHERE x.n <= $1), '') AS data,
       coalesce(max(x.n), 0) > $1 AS has_more,
       max(x.sort_key::text) FILTER (WHERE x.n = $1) AS last_key,
       max(x.id::text) FILTER (WHERE x.n = $1) AS last_id,
       (SELECT currency::text FROM r) AS region_currency
FROM numbered x
CROSS JOIN r
LEFT JOIN LATERAL (
    SELECT CASE WHEN count(*) FILTER (WHERE v.active AND v.amount IS NOT NULL) = 0 THEN 'null'
             ELSE '{"min":' || min(v.amount) FILTER (WHERE v.active)
               || ',"max":' || max(v.amount) FILTER (WHERE v.active) || '}' END AS price_range,
           coalesce(bool_or(v.stock > 0) FILTER (WHERE v.active AND v.amount IS NOT NULL), false) AS in_stock,
           coalesce(string_agg('{"id":"' || v.id || '","productId":"' || v.product_id
  || '","sku":' || to_json(v.sku)::text || ',"name":' || to_json(v.name)::text
  || ',"options":' || v.options::text || ',"price":' || coalesce(v.amount::text, 'null')
  || ',"currency":' || to_json(r.currency)::text || ',"stock":' || v.stock
  || ',"weightGrams":' || coalesce(v.weight_grams::text, 'null') || ',"active":' || v.active
  || ',"purchasable":' || (v.active AND v.amount IS NOT NULL) || '}', ',' ORDER BY v.amount, v.id), '') AS list
    FROM (SELECT v.*, CASE WHEN v.currency = r.currency THEN v.price ELSE vp.amount END AS amount
          FROM product_variants v LEFT JOIN variant_prices vp ON vp.variant_id = v.id AND vp.currency = r.currency
          WHERE v.product_id = x.id AND v.active AND x.n <= $1) v
  ) v ON true;

-- list in a region by price, next page
-- name: catalog_list_-RRkYY3rUxSe
WITH r AS (SELECT currency FROM regions WHERE code = $2), page AS (
  SELECT p.id, p.name, p.slug, p.description, p.category_id, p.status, p.images,
    p.attributes, pp.min_price, p.created_at, p.updated_at, pp.min_price AS sort_key
      FROM products p
      JOIN product_prices pp ON pp.product_id = p.id AND pp.currency = (SELECT currency FROM r)
      WHERE p.status = 'active'
        AND pp.active
        AND (pp.min_price, pp.product_id) > ($3::integer, $4::uuid)
      ORDER BY pp.min_price ASC, pp.product_id ASC
      LIMIT $1 + 1
), numbered AS (
  SELECT page.*, row_number() OVER () AS n FROM page
)
SELECT coalesce(string_agg('{"id":"' || x.id || '","name":' || to_json(x.name)::text
  || ',"slug":' || to_json(x.slug)::text || ',"description":' || to_json(x.description)::text
  || ',"categoryId":' || coalesce('"' || x.category_id || '"', 'null')
  || ',"status":' || to_json(x.status)::text
  || ',"images":' || x.images::text || ',"attributes":' || x.attributes::text
  || ',"priceRange":' || v.price_range || ',"currency":' || to_json(r.currency)::text
  || ',"inStock":' || v.in_stock
  || ',"purchasable":' || (x.status = 'active' AND v.price_range <> 'null')
  || ',"variants":[' || v.list || ']'
  || ',"createdAt":"' || to_char(x.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '","updatedAt":"' || to_char(x.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"}', ',' ORDER BY x.n) FILTER (WHERE x.n <= $1), '') AS data,
       coalesce(max(x.n), 0) > $1 AS has_more,
       max(x.sort_key::text) FILTER (WHERE x.n = $1) AS last_key,
       max(x.id::text) FILTER (WHERE x.n = $1) AS last_id,
       (SELECT currency::text FROM r) AS region_currency
FROM numbered x
CROSS JOIN r
LEFT JOIN LATERAL (
    SELECT CASE WHEN count(*) FILTER (WHERE v.active AND v.amount IS NOT NULL) = 0 THEN 'null'
             ELSE '{"min":' || min(v.amount) FILTER (WHERE v.active)
               || ',"max":' || max(v.amount) FILTER (WHERE v.active) || '}' END AS price_range,
           coalesce(bool_or(v.stock > 0) FILTER (WHERE v.active AND v.amount IS NOT NULL), false) AS in_stock,
           coalesce(string_agg('{"id":"' || v.id || '","productId":"' || v.product_id
  || '","sku":' || to_json(v.sku)::text || ',"name":' || to_json(v.name)::text
  || ',"options":' || v.options::text || ',"price":' || coalesce(v.amount::text, 'null')
  || ',"currency":' || to_json(r.currency)::text || ',"stock":' || v.stock
  || ',"weightGrams":' || coalesce(v.weight_grams::text, 'null') || ',"active":' || v.active
  || ',"purchasable":' || (v.active AND v.amount IS NOT NULL) || '}', ',' ORDER BY v.amount, v.id), '') AS list
    FROM (SELECT v.*, CASE WHEN v.currency = r.currency THEN v.price ELSE vp.amount END AS amount
          FROM product_variants v LEFT JOIN variant_prices vp ON vp.variant_id = v.id AND vp.currency = r.currency
          WHERE v.product_id = x.id AND v.active AND x.n <= $1) v
  ) v ON true;

-- filter in a region: category subtree, price range, in stock, by price
-- name: catalog_list_k9rxK09S-hwU
WITH r AS (SELECT currency FROM regions WHERE code = $2), page AS (
  SELECT p.* FROM categories c
    CROSS JOIN LATERAL (SELECT p.id, p.name, p.slug, p.description, p.category_id, p.status, p.images,
    p.attributes, pp.min_price, p.created_at, p.updated_at, pp.min_price AS sort_key
      FROM products p
      JOIN product_prices pp ON pp.product_id = p.id AND pp.currency = (SELECT currency FROM r)
      WHERE pp.category_id = c.id
        AND p.status = 'active'
        AND pp.active
        AND pp.max_price >= $4
        AND pp.min_price >= $4 - (SELECT coalesce(max(s.max_price - s.min_price), 0)
          FROM product_prices s WHERE s.active AND s.currency = (SELECT currency FROM r))
        AND pp.min_price <= $5
        AND EXISTS (SELECT 1 FROM product_variants v LEFT JOIN variant_prices vp ON vp.variant_id = v.id AND vp.currency = pp.currency
      WHERE v.product_id = p.id AND v.active AND (CASE WHEN v.currency = pp.currency THEN v.price ELSE vp.amount END) >= $4 AND (CASE WHEN v.currency = pp.currency THEN v.price ELSE vp.amount END) <= $5)
        AND EXISTS (SELECT 1 FROM product_variants v LEFT JOIN variant_prices vp ON vp.variant_id = v.id AND vp.currency = pp.currency
      WHERE v.product_id = p.id AND v.active AND v.stock > 0 AND (CASE WHEN v.currency = pp.currency THEN v.price ELSE vp.amount END) IS NOT NULL)
      ORDER BY pp.min_price ASC, pp.product_id ASC
      LIMIT $1 + 1) p
    WHERE c.path @> ARRAY[$3::uuid]
    ORDER BY p.min_price ASC, p.id ASC
    LIMIT $1 + 1
), numbered AS (
  SELECT page.*, row_number() OVER () AS n FROM page
)
SELECT coalesce(string_agg('{"id":"' || x.id || '","name":' || to_json(x.name)::text
  || ',"slug":' || to_json(x.slug)::text || ',"description":' || to_json(x.description)::text
  || ',"categoryId":' || coalesce('"' || x.category_id || '"', 'null')
  || ',"status":' || to_json(x.status)::text
  || ',"images":' || x.images::text || ',"attributes":' || x.attributes::text
  || ',"priceRange":' || v.price_range || ',"currency":' || to_json(r.currency)::text
  || ',"inStock":' || v.in_stock
  || ',"purchasable":' || (x.status = 'active' AND v.price_range <> 'null')
  || ',"variants":[' || v.list || ']'
  || ',"createdAt":"' || to_char(x.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '","updatedAt":"' || to_char(x.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"}', ',' ORDER BY x.n) FILTER (WHERE x.n <= $1), '') AS data,
       coalesce(max(x.n), 0) > $1 AS has_more,
       max(x.sort_key::text) FILTER (WHERE x.n = $1) AS last_key,
       max(x.id::text) FILTER (WHERE x.n = $1) AS last_id,
       (SELECT currency::text FROM r) AS region_currency
FROM numbered x
CROSS JOIN r
LEFT JOIN LATERAL (
    SELECT CASE WHEN count(*) FILTER (WHERE v.active AND v.amount IS NOT NULL) = 0 THEN 'null'
             ELSE '{"min":' || min(v.amount) FILTER (WHERE v.active)
               || ',"max":' || max(v.amount) FILTER (WHERE v.active) || '}' END AS price_range,
           coalesce(bool_or(v.stock > 0) FILTER (WHERE v.active AND v.amount IS NOT NULL), false) AS in_stock,
           coalesce(string_agg('{"id":"' || v.id || '","productId":"' || v.product_id
  || '","sku":' || to_json(v.sku)::text || ',"name":' || to_json(v.name)::text
  || ',"options":' || v.options::text || ',"price":' || coalesce(v.amount::text, 'null')
  || ',"currency":' || to_json(r.currency)::text || ',"stock":' || v.stock
  || ',"weightGrams":' || coalesce(v.weight_grams::text, 'null') || ',"active":' || v.active
  || ',"purchasable":' || (v.active AND v.amount IS NOT NULL) || '}', ',' ORDER BY v.amount, v.id), '') AS list
    FROM (SELECT v.*, CASE WHEN v.currency = r.currency THEN v.price ELSE vp.amount END AS amount
          FROM product_variants v LEFT JOIN variant_prices vp ON vp.variant_id = v.id AND vp.currency = r.currency
          WHERE v.product_id = x.id AND v.active AND x.n <= $1) v
  ) v ON true;

-- filter in a region: price range, by price, next page
-- name: catalog_list_TGZO4qF7CLKw
WITH r AS (SELECT currency FROM regions WHERE code = $2), page AS (
  SELECT p.id, p.name, p.slug, p.description, p.category_id, p.status, p.images,
    p.attributes, pp.min_price, p.created_at, p.updated_at, pp.min_price AS sort_key
      FROM products p
      JOIN product_prices pp ON pp.product_id = p.id AND pp.currency = (SELECT currency FROM r)
      WHERE p.status = 'active'
        AND pp.active
        AND pp.max_price >= $3
        AND pp.min_price >= $3 - (SELECT coalesce(max(s.max_price - s.min_price), 0)
          FROM product_prices s WHERE s.active AND s.currency = (SELECT currency FROM r))
        AND pp.min_price <= $4
        AND EXISTS (SELECT 1 FROM product_variants v LEFT JOIN variant_prices vp ON vp.variant_id = v.id AND vp.currency = pp.currency
      WHERE v.product_id = p.id AND v.active AND (CASE WHEN v.currency = pp.currency THEN v.price ELSE vp.amount END) >= $3 AND (CASE WHEN v.currency = pp.currency THEN v.price ELSE vp.amount END) <= $4)
        AND (pp.min_price, pp.product_id) > ($5::integer, $6::uuid)
      ORDER BY pp.min_price ASC, pp.product_id ASC
      LIMIT $1 + 1
), numbered AS (
  SELECT page.*, row_number() OVER () AS n FROM page
)
SELECT coalesce(string_agg('{"id":"' || x.id || '","name":' || to_json(x.name)::text
  || ',"slug":' || to_json(x.slug)::text || ',"description":' || to_json(x.description)::text
  || ',"categoryId":' || coalesce('"' || x.category_id || '"', 'null')
  || ',"status":' || to_json(x.status)::text
  || ',"images":' || x.images::text || ',"attributes":' || x.attributes::text
  || ',"priceRange":' || v.price_range || ',"currency":' || to_json(r.currency)::text
  || ',"inStock":' || v.in_stock
  || ',"purchasable":' || (x.status = 'active' AND v.price_range <> 'null')
  || ',"variants":[' || v.list || ']'
  || ',"createdAt":"' || to_char(x.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '","updatedAt":"' || to_char(x.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"}', ',' ORDER BY x.n) FILTER (WHERE x.n <= $1), '') AS data,
       coalesce(max(x.n), 0) > $1 AS has_more,
       max(x.sort_key::text) FILTER (WHERE x.n = $1) AS last_key,
       max(x.id::text) FILTER (WHERE x.n = $1) AS last_id,
       (SELECT currency::text FROM r) AS region_currency
FROM numbered x
CROSS JOIN r
LEFT JOIN LATERAL (
    SELECT CASE WHEN count(*) FILTER (WHERE v.active AND v.amount IS NOT NULL) = 0 THEN 'null'
             ELSE '{"min":' || min(v.amount) FILTER (WHERE v.active)
               || ',"max":' || max(v.amount) FILTER (WHERE v.active) || '}' END AS price_range,
           coalesce(bool_or(v.stock > 0) FILTER (WHERE v.active AND v.amount IS NOT NULL), false) AS in_stock,
           coalesce(string_agg('{"id":"' || v.id || '","productId":"' || v.product_id
  || '","sku":' || to_json(v.sku)::text || ',"name":' || to_json(v.name)::text
  || ',"options":' || v.options::text || ',"price":' || coalesce(v.amount::text, 'null')
  || ',"currency":' || to_json(r.currency)::text || ',"stock":' || v.stock
  || ',"weightGrams":' || coalesce(v.weight_grams::text, 'null') || ',"active":' || v.active
  || ',"purchasable":' || (v.active AND v.amount IS NOT NULL) || '}', ',' ORDER BY v.amount, v.id), '') AS list
    FROM (SELECT v.*, CASE WHEN v.currency = r.currency THEN v.price ELSE vp.amount END AS amount
          FROM product_variants v LEFT JOIN variant_prices vp ON vp.variant_id = v.id AND vp.currency = r.currency
          WHERE v.product_id = x.id AND v.active AND x.n <= $1) v
  ) v ON true;

-- product by id in a region
-- name: catalog_product_by_id_in_region_BQnzkAEW3a4B
WITH r AS (SELECT currency FROM regions WHERE code = $2)
SELECT (SELECT currency::text FROM r) AS region_currency, (
SELECT '{"id":"' || x.id || '","name":' || to_json(x.name)::text
  || ',"slug":' || to_json(x.slug)::text || ',"description":' || to_json(x.description)::text
  || ',"categoryId":' || coalesce('"' || x.category_id || '"', 'null')
  || ',"status":' || to_json(x.status)::text
  || ',"images":' || x.images::text || ',"attributes":' || x.attributes::text
  || ',"priceRange":' || v.price_range || ',"currency":' || to_json(r.currency)::text
  || ',"inStock":' || v.in_stock
  || ',"purchasable":' || (x.status = 'active' AND v.price_range <> 'null')
  || CASE WHEN $3::boolean THEN ',"taxCategory":' || to_json(x.tax_category_code)::text ELSE '' END
  || ',"variants":[' || v.list || ']'
  || ',"createdAt":"' || to_char(x.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '","updatedAt":"' || to_char(x.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"}' AS body
FROM products x CROSS JOIN r
LEFT JOIN LATERAL (
    SELECT CASE WHEN count(*) FILTER (WHERE v.active AND v.amount IS NOT NULL) = 0 THEN 'null'
             ELSE '{"min":' || min(v.amount) FILTER (WHERE v.active)
               || ',"max":' || max(v.amount) FILTER (WHERE v.active) || '}' END AS price_range,
           coalesce(bool_or(v.stock > 0) FILTER (WHERE v.active AND v.amount IS NOT NULL), false) AS in_stock,
           coalesce(string_agg('{"id":"' || v.id || '","productId":"' || v.product_id
  || '","sku":' || to_json(v.sku)::text || ',"name":' || to_json(v.name)::text
  || ',"options":' || v.options::text || ',"price":' || coalesce(v.amount::text, 'null')
  || ',"currency":' || to_json(r.currency)::text
  || CASE WHEN $3::boolean THEN ',"prices":' || (SELECT coalesce(json_agg(json_build_object(
       'currency', o.currency, 'amount', o.amount) ORDER BY o.currency), '[]')::text
       FROM variant_prices o WHERE o.variant_id = v.id) ELSE '' END || ',"stock":' || v.stock
  || ',"weightGrams":' || coalesce(v.weight_grams::text, 'null') || ',"active":' || v.active
  || ',"purchasable":' || (v.active AND v.amount IS NOT NULL) || '}', ',' ORDER BY v.amount, v.id), '') AS list
    FROM (SELECT v.*, CASE WHEN v.currency = r.currency THEN v.price ELSE vp.amount END AS amount
          FROM product_variants v LEFT JOIN variant_prices vp ON vp.variant_id = v.id AND vp.currency = r.currency
          WHERE v.product_id = x.id AND (v.active OR $3::boolean)) v
  ) v ON true
WHERE x.id = $1::uuid AND ($3::boolean OR x.status = 'active')
) AS body;

-- product by id
-- name: catalog_product_by_id_0tdx1BcK6yxU
SELECT '{"id":"' || x.id || '","name":' || to_json(x.name)::text
  || ',"slug":' || to_json(x.slug)::text || ',"description":' || to_json(x.description)::text
  || ',"categoryId":' || coalesce('"' || x.category_id || '"', 'null')
  || ',"status":' || to_json(x.status)::text
  || ',"images":' || x.images::text || ',"attributes":' || x.attributes::text
  || ',"priceRange":' || v.price_range || ',"currency":' || $2::text
  || ',"inStock":' || v.in_stock
  || ',"purchasable":' || (x.status = 'active' AND v.price_range <> 'null')
  || CASE WHEN $3::boolean THEN ',"taxCategory":' || to_json(x.tax_category_code)::text ELSE '' END
  || ',"variants":[' || v.list || ']'
  || ',"createdAt":"' || to_char(x.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '","updatedAt":"' || to_char(x.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"}' AS body
FROM products x
LEFT JOIN LATERAL (
    SELECT CASE WHEN count(*) FILTER (WHERE v.active) = 0 THEN 'null'
             ELSE '{"min":' || min(v.price) FILTER (WHERE v.active)
               || ',"max":' || max(v.price) FILTER (WHERE v.active) || '}' END AS price_range,
           coalesce(bool_or(v.stock > 0) FILTER (WHERE v.active), false) AS in_stock,
           coalesce(string_agg('{"id":"' || v.id || '","productId":"' || v.product_id
  || '","sku":' || to_json(v.sku)::text || ',"name":' || to_json(v.name)::text
  || ',"options":' || v.options::text || ',"price":' || v.price
  || ',"currency":' || to_json(v.currency)::text
  || CASE WHEN $3::boolean THEN ',"prices":' || (SELECT coalesce(json_agg(json_build_object(
       'currency', o.currency, 'amount', o.amount) ORDER BY o.currency), '[]')::text
       FROM variant_prices o WHERE o.variant_id = v.id) ELSE '' END || ',"stock":' || v.stock
  || ',"weightGrams":' || coalesce(v.weight_grams::text, 'null') || ',"active":' || v.active
  || ',"purchasable":' || v.active || '}', ',' ORDER BY v.price, v.id), '') AS list
    FROM product_variants v
    WHERE v.product_id = x.id AND (v.active OR $3::boolean)
  ) v ON true
WHERE x.id = $1::uuid AND ($3::boolean OR x.status = 'active');

-- product by slug
-- name: catalog_product_by_slug_OpaMOFZ52QdQ
SELECT '{"id":"' || x.id || '","name":' || to_json(x.name)::text
  || ',"slug":' || to_json(x.slug)::text || ',"description":' || to_json(x.description)::text
  || ',"categoryId":' || coalesce('"' || x.category_id || '"', 'null')
  || ',"status":' || to_json(x.status)::text
  || ',"images":' || x.images::text || ',"attributes":' || x.attributes::text
  || ',"priceRange":' || v.price_range || ',"currency":' || $2::text
  || ',"inStock":' || v.in_stock
  || ',"purchasable":' || (x.status = 'active' AND v.price_range <> 'null')
  || CASE WHEN $3::boolean THEN ',"taxCategory":' || to_json(x.tax_category_code)::text ELSE '' END
  || ',"variants":[' || v.list || ']'
  || ',"createdAt":"' || to_char(x.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '","updatedAt":"' || to_char(x.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"}' AS body
FROM products x
LEFT JOIN LATERAL (
    SELECT CASE WHEN count(*) FILTER (WHERE v.active) = 0 THEN 'null'
             ELSE '{"min":' || min(v.price) FILTER (WHERE v.active)
               || ',"max":' || max(v.price) FILTER (WHERE v.active) || '}' END AS price_range,
           coalesce(bool_or(v.stock > 0) FILTER (WHERE v.active), false) AS in_stock,
           coalesce(string_agg('{"id":"' || v.id || '","productId":"' || v.product_id
  || '","sku":' || to_json(v.sku)::text || ',"name":' || to_json(v.name)::text
  || ',"options":' || v.options::text || ',"price":' || v.price
  || ',"currency":' || to_json(v.currency)::text
  || CASE WHEN $3::boolean THEN ',"prices":' || (SELECT coalesce(json_agg(json_build_object(
       'currency', o.currency, 'amount', o.amount) ORDER BY o.currency), '[]')::text
       FROM variant_prices o WHERE o.variant_id = v.id) ELSE '' END || ',"stock":' || v.stock
  || ',"weightGrams":' || coalesce(v.weight_grams::text, 'null') || ',"active":' || v.active
  || ',"purchasable":' || v.active || '}', ',' ORDER BY v.price, v.id), '') AS list
    FROM product_variants v
    WHERE v.product_id = x.id AND (v.active OR $3::boolean)
  ) v ON true
WHERE x.slug = $1::varchar AND ($3::boolean OR x.status = 'active');
