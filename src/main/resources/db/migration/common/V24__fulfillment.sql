-- Fulfillment orders: what one location picks, packs and ships (or hands over) for one order. A partial shipment
-- splits the unpacked rest into a new OPEN fulfillment order (parent_id), so each row ships exactly its lines.
CREATE TABLE fulfillment_orders (
    id              UUID PRIMARY KEY,
    order_id        UUID         NOT NULL,
    order_number    VARCHAR(40)  NOT NULL,
    location_code   VARCHAR(32)  NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    parent_id       UUID,
    carrier         VARCHAR(32),
    service         VARCHAR(64),
    tracking_number VARCHAR(64),
    tracking_url    VARCHAR(500),
    weight_grams    INT,
    cost_minor      BIGINT,
    cost_currency   CHAR(3),
    captured_minor  BIGINT,
    priority        INT          NOT NULL DEFAULT 100,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    shipped_at      TIMESTAMP WITH TIME ZONE,
    delivered_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX fulfillment_orders_order_idx ON fulfillment_orders (order_id);
CREATE INDEX fulfillment_orders_queue_idx ON fulfillment_orders (location_code, status, created_at);

-- Lines per order line: quantity to ship, packed (confirmed at the pack bench, typed or scanned).
CREATE TABLE fulfillment_lines (
    fulfillment_id UUID        NOT NULL REFERENCES fulfillment_orders (id),
    line_no        INT         NOT NULL,
    sku            VARCHAR(64) NOT NULL,
    quantity       INT         NOT NULL,
    packed         INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (fulfillment_id, line_no),
    CONSTRAINT fulfillment_lines_quantity_positive CHECK (quantity > 0),
    CONSTRAINT fulfillment_lines_packed_range CHECK (packed >= 0 AND packed <= quantity)
);

-- One row per released order: a redelivered OrderReleasedToFulfillment creates nothing twice.
CREATE TABLE fulfillment_releases (
    order_id   UUID PRIMARY KEY,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Packing mismatches (wrong item scanned, short pick, over-scan): the fulfillment accuracy KPI counts them.
CREATE TABLE fulfillment_mismatches (
    id             UUID PRIMARY KEY,
    fulfillment_id UUID        NOT NULL REFERENCES fulfillment_orders (id),
    kind           VARCHAR(16) NOT NULL,
    sku            VARCHAR(64),
    scanned        VARCHAR(128),
    expected       INT,
    actual         INT,
    actor          VARCHAR(200),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX fulfillment_mismatches_fulfillment_idx ON fulfillment_mismatches (fulfillment_id);

-- Where a SKU sits in a location (pick lists walk the bins in order).
CREATE TABLE fulfillment_bins (
    sku           VARCHAR(64) NOT NULL,
    location_code VARCHAR(32) NOT NULL,
    bin           VARCHAR(32) NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (sku, location_code)
);

-- The carrier registry: tracking URL templates with {trackingNumber}; built-ins cannot be removed.
CREATE TABLE carriers (
    code              VARCHAR(32)  PRIMARY KEY,
    name              VARCHAR(100) NOT NULL,
    tracking_url      VARCHAR(500) NOT NULL,
    builtin           BOOLEAN      NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO carriers (code, name, tracking_url, builtin, created_at) VALUES
    ('UPS', 'UPS', 'https://www.ups.com/track?tracknum={trackingNumber}', TRUE, CURRENT_TIMESTAMP),
    ('FEDEX', 'FedEx', 'https://www.fedex.com/fedextrack/?trknbr={trackingNumber}', TRUE, CURRENT_TIMESTAMP),
    ('USPS', 'USPS', 'https://tools.usps.com/go/TrackConfirmAction?tLabels={trackingNumber}', TRUE, CURRENT_TIMESTAMP),
    ('DHL', 'DHL', 'https://www.dhl.com/en/express/tracking.html?AWB={trackingNumber}', TRUE, CURRENT_TIMESTAMP),
    ('ROYAL_MAIL', 'Royal Mail', 'https://www.royalmail.com/track-your-item#/tracking-results/{trackingNumber}', TRUE, CURRENT_TIMESTAMP);

