-- Customer emails: one row per email Shipshape decided to send (or skip), claimed before sending. dedup_key
-- (type + the event's reference) is unique, so a redelivered event finds its row and sends nothing.
-- status: SENDING (claimed; a crash here leaves it, never resent: the message may have left), SENT, WRITTEN
-- (to the mail-outbox folder, no mail server), FAILED (retried at next_attempt_at), GAVE_UP, SKIPPED (switched off).
CREATE TABLE notification_sends (
    id              UUID PRIMARY KEY,
    dedup_key       VARCHAR(200) NOT NULL,
    order_id        UUID         NOT NULL,
    order_number    VARCHAR(32)  NOT NULL,
    type            VARCHAR(32)  NOT NULL,
    recipient       VARCHAR(320) NOT NULL,
    subject         VARCHAR(500) NOT NULL,
    html_body       TEXT,
    text_body       TEXT,
    status          VARCHAR(16)  NOT NULL,
    attempts        INT          NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(1000),
    outbox_file     VARCHAR(500),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX notification_sends_key_uq ON notification_sends (dedup_key);
CREATE INDEX notification_sends_due_idx ON notification_sends (status, next_attempt_at);
CREATE INDEX notification_sends_order_idx ON notification_sends (order_id, created_at);
CREATE INDEX notification_sends_created_idx ON notification_sends (created_at);

-- Staff switch each email type on or off; a type without a row is on.
CREATE TABLE notification_settings (
    type       VARCHAR(32)  PRIMARY KEY,
    enabled    BOOLEAN      NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by VARCHAR(200)
);
