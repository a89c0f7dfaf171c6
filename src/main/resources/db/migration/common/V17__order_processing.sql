-- Order lifecycle after capture (issue #6). Capture's insert does not name these columns: the defaults are a
-- freshly captured order (processing stage NEW, priority 0), so capture writes nothing more than before.
-- processing_stage records how far the automated pipeline got, in the same transaction as each step's
-- effect, so a crash resumes at the next step and never repeats one.
ALTER TABLE orders ADD COLUMN processing_stage VARCHAR(16) DEFAULT 'NEW' NOT NULL;
ALTER TABLE orders ADD COLUMN priority INT DEFAULT 0 NOT NULL;
ALTER TABLE orders ADD COLUMN held_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE order_lines ADD COLUMN cancelled_quantity INT DEFAULT 0 NOT NULL;

-- Every status change: from, to, when, who (user, API key, rule:<name>) and why.
CREATE TABLE order_status_history (
    id          UUID PRIMARY KEY,
    order_id    UUID         NOT NULL REFERENCES orders (id),
    from_status VARCHAR(24)  NOT NULL,
    to_status   VARCHAR(24)  NOT NULL,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(200) NOT NULL,
    reason      VARCHAR(500)
);
CREATE INDEX order_status_history_order_idx ON order_status_history (order_id, at);

-- The reasons an order is on hold now (removed when staff release it; the history keeps them).
CREATE TABLE order_holds (
    id         UUID PRIMARY KEY,
    order_id   UUID         NOT NULL REFERENCES orders (id),
    reason     VARCHAR(100) NOT NULL,
    rule       VARCHAR(100),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX order_holds_order_idx ON order_holds (order_id);

-- Hold rules staff define without code: a condition (JSON, validated by the application) and an action.
CREATE TABLE hold_rules (
    id             UUID PRIMARY KEY,
    name           VARCHAR(100)  NOT NULL,
    enabled        BOOLEAN       NOT NULL,
    condition_json VARCHAR(4000) NOT NULL,
    action_type    VARCHAR(16)   NOT NULL,
    action_reason  VARCHAR(100),
    action_tag     VARCHAR(40),
    action_priority INT,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX hold_rules_name_uq ON hold_rules (name);
