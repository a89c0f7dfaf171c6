-- Payments: one row per order holding the money totals (locked with SELECT ... FOR UPDATE to serialise every money
-- change of one order), and the ledger of gateway transactions. Only gateway tokens and references are kept here,
-- never card numbers or CVV. The payment status is derived from these rows and pushed to orders.
CREATE TABLE payments (
    order_id          UUID         PRIMARY KEY,
    gateway           VARCHAR(32),
    currency          CHAR(3)      NOT NULL,
    order_total_minor BIGINT       NOT NULL,
    authorized_minor  BIGINT       NOT NULL,
    captured_minor    BIGINT       NOT NULL,
    refunded_minor    BIGINT       NOT NULL,
    released_minor    BIGINT       NOT NULL,
    status            VARCHAR(24)  NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE payment_transactions (
    id                UUID         PRIMARY KEY,
    order_id          UUID         NOT NULL REFERENCES payments (order_id),
    kind              VARCHAR(24)  NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    amount_minor      BIGINT       NOT NULL,
    currency          CHAR(3)      NOT NULL,
    gateway           VARCHAR(32),
    gateway_reference VARCHAR(128),
    -- What makes a request unique per order and kind: 'authorization' (one per order), the shipment reference of
    -- a capture, a generated id for API requests, a digest of a cancellation event.
    request_key       VARCHAR(200) NOT NULL,
    parent_id         UUID,
    review            BOOLEAN      NOT NULL,
    reason            VARCHAR(500),
    detail            VARCHAR(500),
    message           VARCHAR(500),
    actor             VARCHAR(200) NOT NULL,
    -- When the gateway's answer was recorded; NULL while a claimed request may never have reached the gateway
    -- (a crash right after the claim), so reconciliation sends it again instead of asking about it.
    answered_at       TIMESTAMP WITH TIME ZONE,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE UNIQUE INDEX ux_payment_transactions_request ON payment_transactions (order_id, kind, request_key);
CREATE INDEX ix_payment_transactions_order ON payment_transactions (order_id, created_at);
-- Reconciliation and the unpaid-manual job look for undecided transactions only.
CREATE INDEX ix_payment_transactions_open ON payment_transactions (status, created_at);
