-- Transfers between locations: shipping takes on-hand at the source at once; the units are in transit until
-- the destination receives them (or the transfer is cancelled and they go back).
CREATE TABLE stock_transfers (
    id               UUID PRIMARY KEY,
    from_location_id UUID        NOT NULL REFERENCES locations (id),
    to_location_id   UUID        NOT NULL REFERENCES locations (id),
    status           VARCHAR(16) NOT NULL,
    created_by       VARCHAR(200),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at      TIMESTAMP WITH TIME ZONE,
    cancelled_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX stock_transfers_status_idx ON stock_transfers (status, created_at, id);
CREATE INDEX stock_transfers_created_idx ON stock_transfers (created_at, id);

CREATE TABLE stock_transfer_lines (
    transfer_id UUID        NOT NULL REFERENCES stock_transfers (id),
    line_no     INT         NOT NULL,
    sku         VARCHAR(64) NOT NULL,
    quantity    INT         NOT NULL,
    PRIMARY KEY (transfer_id, line_no),
    CONSTRAINT stock_transfer_lines_quantity_positive CHECK (quantity > 0)
);
CREATE INDEX stock_transfer_lines_sku_idx ON stock_transfer_lines (sku);

-- The backorder queue: what capture accepted without stock, per order line, in capture order (seq). Stock that
-- arrives fills the oldest outstanding quantity of its SKU first.
CREATE SEQUENCE backorder_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE backorders (
    id          UUID PRIMARY KEY,
    seq         BIGINT       NOT NULL,
    reference   VARCHAR(100) NOT NULL,
    line_no     INT          NOT NULL,
    sku         VARCHAR(64)  NOT NULL,
    quantity    INT          NOT NULL,
    outstanding INT          NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT backorders_outstanding_range CHECK (outstanding >= 0 AND outstanding <= quantity)
);
CREATE UNIQUE INDEX backorders_reference_line_uq ON backorders (reference, line_no);
CREATE INDEX backorders_queue_idx ON backorders (sku, seq);

-- The last stock alert per SKU x location (OK, LOW, OUT), so low/out/back-in-stock fire once per crossing.
ALTER TABLE stock_levels ADD COLUMN alert_state VARCHAR(8) DEFAULT 'OK' NOT NULL;

-- Orders: backorder fills applied to an order, keyed by the inventory allocation id (a redelivered event is
-- applied once).
CREATE TABLE order_backorder_fills (
    allocation_id UUID PRIMARY KEY,
    order_id      UUID        NOT NULL REFERENCES orders (id),
    line_no       INT         NOT NULL,
    location_code VARCHAR(32) NOT NULL,
    quantity      INT         NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX order_backorder_fills_order_idx ON order_backorder_fills (order_id);
