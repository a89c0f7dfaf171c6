-- The shipping label, produced once when the fulfillment order ships (a carrier integration buys it then) and
-- served from here afterwards. BYTEA is PostgreSQL's binary type; H2 (MODE=PostgreSQL) accepts it as VARBINARY.
CREATE TABLE fulfillment_labels (
    fulfillment_id UUID PRIMARY KEY REFERENCES fulfillment_orders (id),
    document       BYTEA NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
