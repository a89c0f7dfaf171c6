-- The ordered sourcing rules that choose where an order's stock is reserved (README "Where stock is reserved").
-- params: the rule's optional parameters as a JSON object (NULL when none).
CREATE TABLE sourcing_rules (
    id            UUID PRIMARY KEY,
    list_position INT          NOT NULL,
    type          VARCHAR(32)  NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    params        VARCHAR(1000),
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

INSERT INTO sourcing_rules (id, list_position, type, enabled, params, updated_at) VALUES
    ('00000000-0000-7000-8000-000000000001', 1, 'ORDER_LOCATION', TRUE, NULL, CURRENT_TIMESTAMP),
    ('00000000-0000-7000-8000-000000000002', 2, 'DESTINATION_COUNTRY', TRUE, NULL, CURRENT_TIMESTAMP),
    ('00000000-0000-7000-8000-000000000003', 3, 'FEWEST_LOCATIONS', TRUE, NULL, CURRENT_TIMESTAMP),
    ('00000000-0000-7000-8000-000000000004', 4, 'NEAREST', TRUE, NULL, CURRENT_TIMESTAMP),
    ('00000000-0000-7000-8000-000000000005', 5, 'PRIORITY', TRUE, NULL, CURRENT_TIMESTAMP);

-- An allocation's rule is now a readable explanation ("DESTINATION_COUNTRY: WH-EAST is in US").
ALTER TABLE order_allocations ALTER COLUMN rule SET DATA TYPE VARCHAR(200);

-- Optional coordinates of the order's addresses (the NEAREST rule uses the shipping address's).
ALTER TABLE orders ADD COLUMN ship_latitude DOUBLE PRECISION;
ALTER TABLE orders ADD COLUMN ship_longitude DOUBLE PRECISION;
ALTER TABLE orders ADD COLUMN bill_latitude DOUBLE PRECISION;
ALTER TABLE orders ADD COLUMN bill_longitude DOUBLE PRECISION;
