-- Catalog: one row per sellable product. The SKU is the business key (case-sensitive, unique).
CREATE TABLE products (
    id                 UUID PRIMARY KEY,
    sku                VARCHAR(64)  NOT NULL,
    name               VARCHAR(200) NOT NULL,
    price_amount_minor BIGINT       NOT NULL,
    price_currency     CHAR(3)      NOT NULL,
    weight_grams       INT,
    barcode            VARCHAR(64),
    backorderable      BOOLEAN      NOT NULL,
    active             BOOLEAN      NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Serves lookups by SKU (one product, or the SKUs of an order in one IN query), the keyset order of
-- GET /api/v1/products (sku > :after ORDER BY sku LIMIT n) and the search in that order: `?query=` is
-- evaluated on rows read in SKU order until a page is full. H2 has no expression indexes, so an index on
-- LOWER(name) cannot be declared here; on PostgreSQL a pg_trgm GIN index on LOWER(name) belongs in a
-- vendor migration if name search over a large catalog needs it.
CREATE UNIQUE INDEX products_sku_uq ON products (sku);

