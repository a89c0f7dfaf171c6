-- A customer email may be about no order: staff's reply on a case linked only to a customer is sent, kept at most
-- once and retried like any other, so its send-log row has no order (and it goes on no order's timeline).
ALTER TABLE notification_sends ALTER COLUMN order_id DROP NOT NULL;
ALTER TABLE notification_sends ALTER COLUMN order_number DROP NOT NULL;
