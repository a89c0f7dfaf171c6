-- API keys (only the SHA-256 of the secret is stored) and staff users (password hashes only).
CREATE TABLE api_keys (
    id           UUID PRIMARY KEY,
    name         VARCHAR(100) NOT NULL,
    prefix       VARCHAR(16)  NOT NULL,
    secret_hash  CHAR(64)     NOT NULL,
    scopes       VARCHAR(500) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(200),
    revoked_at   TIMESTAMP WITH TIME ZONE,
    last_used_at TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX api_keys_secret_hash_uq ON api_keys (secret_hash);

CREATE TABLE staff_users (
    id            UUID PRIMARY KEY,
    username      VARCHAR(100) NOT NULL,
    display_name  VARCHAR(200),
    password_hash VARCHAR(200) NOT NULL,
    roles         VARCHAR(200) NOT NULL,
    enabled       BOOLEAN NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX staff_users_username_uq ON staff_users (username);

-- Idempotency-Key claims and the responses they replay, per API key.
CREATE TABLE idempotency_keys (
    api_key_id            UUID         NOT NULL,
    idem_key              VARCHAR(255) NOT NULL,
    fingerprint           CHAR(64)     NOT NULL,
    state                 VARCHAR(16)  NOT NULL,
    claim_token           UUID         NOT NULL,
    locked_until          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at          TIMESTAMP WITH TIME ZONE,
    response_status       INT,
    response_content_type VARCHAR(200),
    response_location     VARCHAR(1000),
    response_body         TEXT,
    PRIMARY KEY (api_key_id, idem_key)
);
CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);
