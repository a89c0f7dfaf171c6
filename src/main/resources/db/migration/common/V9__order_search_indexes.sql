-- The order list's search also matches external ids on their own (the unique index leads with channel).
CREATE INDEX orders_external_idx ON orders (external_id);
