-- Reports count fulfillment orders shipped in a window (fulfillment accuracy, orders shipped for the return rate):
-- a range over shipped_at instead of a scan of every fulfillment order.
CREATE INDEX fulfillment_orders_shipped_idx ON fulfillment_orders (shipped_at);
