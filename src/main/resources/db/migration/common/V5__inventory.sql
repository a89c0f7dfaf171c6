-- Locations (warehouses and stores), stock per SKU x location, the movement ledger and reservations.
CREATE TABLE locations (
    id          UUID PRIMARY KEY,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    type        VARCHAR(16)  NOT NULL,
    line1       VARCHAR(200) NOT NULL,
    line2       VARCHAR(200),
    city        VARCHAR(100) NOT NULL,
    region      VARCHAR(100),
    postal_code VARCHAR(20)  NOT NULL,
    country     CHAR(2)      NOT NULL,
    latitude    DOUBLE PRECISION,
    longitude   DOUBLE PRECISION,
    priority    INT          NOT NULL,
    active      BOOLEAN      NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX locations_code_uq ON locations (code);

CREATE TABLE stock_levels (
    sku              VARCHAR(64) NOT NULL,
    location_id      UUID        NOT NULL REFERENCES locations (id),
    on_hand          INT         NOT NULL,
    reserved         INT         NOT NULL,
    safety_stock     INT         NOT NULL DEFAULT 0,
    reorder_point    INT,
    reorder_quantity INT,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (sku, location_id),
    CONSTRAINT stock_levels_on_hand_not_negative CHECK (on_hand >= 0),
    CONSTRAINT stock_levels_reserved_not_negative CHECK (reserved >= 0),
    CONSTRAINT stock_levels_safety_not_negative CHECK (safety_stock >= 0)
);

-- The ledger: every change of on-hand (COUNT, ADJUSTMENT, RECEIPT, ...) or of reserved (RESERVATION,
-- RELEASE). quantity is the signed change.
CREATE TABLE stock_movements (
    id          UUID PRIMARY KEY,
    sku         VARCHAR(64)  NOT NULL,
    location_id UUID         NOT NULL REFERENCES locations (id),
    type        VARCHAR(24)  NOT NULL,
    quantity    INT          NOT NULL,
    reason      VARCHAR(500),
    reference   VARCHAR(100),
    actor       VARCHAR(200),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX stock_movements_sku_idx ON stock_movements (sku, created_at, id);
CREATE INDEX stock_movements_reference_idx ON stock_movements (reference);

-- Active reservations of stock for a reference (an order), per order line and location.
CREATE TABLE reservations (
    id          UUID PRIMARY KEY,
    reference   VARCHAR(100) NOT NULL,
    line_no     INT          NOT NULL,
    sku         VARCHAR(64)  NOT NULL,
    location_id UUID         NOT NULL REFERENCES locations (id),
    quantity    INT          NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT reservations_quantity_positive CHECK (quantity > 0)
);
CREATE INDEX reservations_reference_idx ON reservations (reference);
CREATE INDEX reservations_stock_idx ON reservations (sku, location_id, status);
