-- Returns (RMA) of the returns module: the return, its lines with what was received in which condition, each
-- receipt (who received what where), and the refund decision.
CREATE SEQUENCE return_number_seq START WITH 1001 INCREMENT BY 1;

CREATE TABLE returns (
    id                   UUID         PRIMARY KEY,
    number               VARCHAR(32)  NOT NULL,
    order_id             UUID         NOT NULL,
    order_number         VARCHAR(32)  NOT NULL,
    status               VARCHAR(24)  NOT NULL,
    resolution           VARCHAR(16)  NOT NULL,
    currency             CHAR(3)      NOT NULL,
    requested_by         VARCHAR(200) NOT NULL,
    by_customer          BOOLEAN      NOT NULL,
    decided_by           VARCHAR(200),
    rejection_reason     VARCHAR(500),
    refund_minor         BIGINT,
    refund_shipping_minor BIGINT,
    refunded_by          VARCHAR(200),
    refund_note          VARCHAR(500),
    refunded_at          TIMESTAMP WITH TIME ZONE,
    exchange_order_id    UUID,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX returns_number_uq ON returns (number);
CREATE INDEX returns_order_idx ON returns (order_id);
CREATE INDEX returns_status_idx ON returns (status, created_at, id);
CREATE INDEX returns_created_idx ON returns (created_at, id);

CREATE TABLE return_lines (
    return_id            UUID         NOT NULL REFERENCES returns (id),
    line_no              INT          NOT NULL,
    sku                  VARCHAR(64)  NOT NULL,
    name                 VARCHAR(200) NOT NULL,
    quantity             INT          NOT NULL,
    reason               VARCHAR(64)  NOT NULL,
    unit_value_minor     BIGINT       NOT NULL,
    received_resellable  INT          NOT NULL,
    received_damaged     INT          NOT NULL,
    PRIMARY KEY (return_id, line_no)
);

CREATE TABLE return_receipts (
    id                   UUID         PRIMARY KEY,
    return_id            UUID         NOT NULL REFERENCES returns (id),
    location_code        VARCHAR(32)  NOT NULL,
    sku                  VARCHAR(64)  NOT NULL,
    quantity             INT          NOT NULL,
    condition_code       VARCHAR(16)  NOT NULL,
    actor                VARCHAR(200) NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX return_receipts_return_idx ON return_receipts (return_id, created_at);

-- One row per order that has returns, locked while a return is requested: two requests for the same order at
-- once are serialised, so together they can never exceed what was shipped.
CREATE TABLE return_order_locks (
    order_id             UUID         PRIMARY KEY
);
