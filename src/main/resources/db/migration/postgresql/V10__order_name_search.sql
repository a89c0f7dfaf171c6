-- Substring search on customer names in the order list ("q" contains), fast with a million orders:
-- a trigram index serves LOWER(customer_name) LIKE '%...%'. pg_trgm is a trusted extension (PostgreSQL 13+).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX orders_customer_name_trgm_idx ON orders USING gin (LOWER(customer_name) gin_trgm_ops);
