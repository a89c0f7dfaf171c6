-- Customers, found by email. Emails are stored trimmed and lower-cased, so a plain unique index makes
-- them unique ignoring case; it is also the conflict that INSERT ... ON CONFLICT DO NOTHING of order
-- capture relies on, and it gives GET /api/v1/customers its keyset order (email > :after ORDER BY email).
CREATE TABLE customers (
    id         UUID PRIMARY KEY,
    email      VARCHAR(320) NOT NULL,
    name       VARCHAR(200) NOT NULL,
    phone      VARCHAR(50),
    blocked    BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX customers_email_uq ON customers (email);

-- Name search (?query= matches part of the name, any case) reads rows in email order until a page is full;
-- a B-tree index cannot serve "contains", and H2 has no expression indexes for LOWER(name). On PostgreSQL a
-- pg_trgm GIN index on LOWER(name), in a vendor migration, would serve it once the table grows large.
