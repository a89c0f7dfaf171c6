-- Customer inquiries (cases) of the returns module: a case per conversation, linked to an order and/or a
-- customer, and its messages (customer-visible) and internal notes (staff only).
CREATE TABLE cases (
    id               UUID         PRIMARY KEY,
    order_id         UUID,
    order_number     VARCHAR(32),
    customer_id      UUID,
    customer_email   VARCHAR(320) NOT NULL,
    subject          VARCHAR(200) NOT NULL,
    status           VARCHAR(24)  NOT NULL,
    assignee         VARCHAR(100),
    opened_by        VARCHAR(200) NOT NULL,
    -- Since when the case waits for staff (opened, or the customer wrote last); the inbox lists the oldest first.
    waiting_since    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX cases_inbox_idx ON cases (status, waiting_since, id);
CREATE INDEX cases_assignee_idx ON cases (assignee, waiting_since);
CREATE INDEX cases_order_idx ON cases (order_id);
CREATE INDEX cases_email_idx ON cases (customer_email);

CREATE TABLE case_messages (
    id               UUID          PRIMARY KEY,
    case_id          UUID          NOT NULL REFERENCES cases (id),
    author           VARCHAR(200)  NOT NULL,
    from_customer    BOOLEAN       NOT NULL,
    internal         BOOLEAN       NOT NULL,
    body             VARCHAR(5000) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX case_messages_case_idx ON case_messages (case_id, created_at, id);
