-- Housekeeping deletes an event's webhook deliveries by event id (and checks for pending ones the same way); the
-- unique (endpoint_id, event_id) constraint leads with the endpoint, so it cannot serve that look-up.
create index webhook_delivery_event on webhook_delivery (event_id);
