-- Orders, their lines, where each line is reserved, and the timeline.
CREATE SEQUENCE order_number_seq START WITH 1000001 INCREMENT BY 1;

CREATE TABLE orders (
    id                   UUID PRIMARY KEY,
    number               VARCHAR(32)  NOT NULL,
    channel              VARCHAR(16)  NOT NULL,
    external_id          VARCHAR(128),
    customer_id          UUID         NOT NULL,
    customer_email       VARCHAR(320) NOT NULL,
    customer_name        VARCHAR(200) NOT NULL,
    customer_phone       VARCHAR(50),
    status               VARCHAR(24)  NOT NULL,
    payment_status       VARCHAR(24)  NOT NULL,
    fulfillment_status   VARCHAR(24)  NOT NULL,
    currency             CHAR(3)      NOT NULL,
    subtotal_minor       BIGINT       NOT NULL,
    discount_minor       BIGINT       NOT NULL,
    shipping_minor       BIGINT       NOT NULL,
    tax_minor            BIGINT       NOT NULL,
    total_minor          BIGINT       NOT NULL,
    shipping_method      VARCHAR(64),
    ship_name            VARCHAR(200),
    ship_line1           VARCHAR(200),
    ship_line2           VARCHAR(200),
    ship_city            VARCHAR(100),
    ship_region          VARCHAR(100),
    ship_postal_code     VARCHAR(20),
    ship_country         CHAR(2),
    ship_phone           VARCHAR(50),
    bill_name            VARCHAR(200),
    bill_line1           VARCHAR(200),
    bill_line2           VARCHAR(200),
    bill_city            VARCHAR(100),
    bill_region          VARCHAR(100),
    bill_postal_code     VARCHAR(20),
    bill_country         CHAR(2),
    bill_phone           VARCHAR(50),
    location_code        VARCHAR(32),
    payment_method       VARCHAR(32),
    payment_token        VARCHAR(128),
    notes                VARCHAR(2000),
    tags                 VARCHAR(1000),
    tracking_token       VARCHAR(64)  NOT NULL,
    created_by           VARCHAR(200),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              INT          NOT NULL
);
CREATE UNIQUE INDEX orders_number_uq ON orders (number);
CREATE UNIQUE INDEX orders_channel_external_uq ON orders (channel, external_id);
CREATE UNIQUE INDEX orders_tracking_token_uq ON orders (tracking_token);
CREATE INDEX orders_created_idx ON orders (created_at, id);
CREATE INDEX orders_customer_idx ON orders (customer_id, created_at);
CREATE INDEX orders_status_idx ON orders (status, created_at);
CREATE INDEX orders_channel_idx ON orders (channel, created_at);
CREATE INDEX orders_email_idx ON orders (customer_email);

CREATE TABLE order_lines (
    order_id             UUID         NOT NULL REFERENCES orders (id),
    line_no              INT          NOT NULL,
    sku                  VARCHAR(64)  NOT NULL,
    name                 VARCHAR(200) NOT NULL,
    quantity             INT          NOT NULL,
    unit_price_minor     BIGINT       NOT NULL,
    line_total_minor     BIGINT       NOT NULL,
    backordered_quantity INT          NOT NULL,
    PRIMARY KEY (order_id, line_no)
);
CREATE INDEX order_lines_sku_idx ON order_lines (sku);

CREATE TABLE order_allocations (
    order_id      UUID        NOT NULL REFERENCES orders (id),
    line_no       INT         NOT NULL,
    location_code VARCHAR(32) NOT NULL,
    quantity      INT         NOT NULL,
    rule          VARCHAR(64) NOT NULL,
    PRIMARY KEY (order_id, line_no, location_code)
);

CREATE TABLE order_timeline (
    id        UUID PRIMARY KEY,
    order_id  UUID         NOT NULL REFERENCES orders (id),
    at        TIMESTAMP WITH TIME ZONE NOT NULL,
    type      VARCHAR(32)  NOT NULL,
    message   VARCHAR(2000) NOT NULL,
    actor     VARCHAR(200)
);
CREATE INDEX order_timeline_order_idx ON order_timeline (order_id, at);
