-- Carrier webhooks deliver by tracking number (POST /api/v1/fulfillments/deliveries, ?trackingNumber= filter):
-- a lookup by number instead of a scan of every fulfillment order.
CREATE INDEX fulfillment_orders_tracking_idx ON fulfillment_orders (tracking_number);
