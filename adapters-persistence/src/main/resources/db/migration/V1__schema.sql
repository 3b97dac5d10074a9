-- The portal's schema, portable between H2 (embedded default) and PostgreSQL.
-- ${orderedText} is a text type compared in code-point order on both (keyset pagination by name).
-- Referential integrity between aggregates is the core's; the database keeps each aggregate's
-- own rows together and the keys unique.

CREATE TABLE partner (
    id            VARCHAR(36)  PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    contact_email VARCHAR(254) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE billing_account (
    id         VARCHAR(36) PRIMARY KEY,
    partner_id VARCHAR(36) NOT NULL,
    name       ${orderedText} NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX billing_account_by_partner ON billing_account (partner_id, name, id);

CREATE TABLE person (
    id                     VARCHAR(36)  PRIMARY KEY,
    email                  VARCHAR(254) NOT NULL,
    name                   VARCHAR(200) NOT NULL,
    locale                 VARCHAR(8)   NOT NULL,
    told_of_site_migration BOOLEAN      NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    version                BIGINT       NOT NULL
);
-- emails are stored normalized (trimmed, lower case): one person per address
CREATE UNIQUE INDEX person_by_email ON person (email);

CREATE TABLE site (
    url         VARCHAR(320) PRIMARY KEY,
    migrated_on DATE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE organization (
    name       VARCHAR(100) PRIMARY KEY,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE product (
    code    VARCHAR(64)  PRIMARY KEY,
    name    ${orderedText} NOT NULL,
    kind    VARCHAR(16)  NOT NULL,
    scope   VARCHAR(16)  NOT NULL,
    ordinal INTEGER      NOT NULL
);

CREATE TABLE product_include (
    product_code  VARCHAR(64) NOT NULL REFERENCES product (code) ON DELETE CASCADE,
    ordinal       INTEGER     NOT NULL,
    included_code VARCHAR(64) NOT NULL,
    PRIMARY KEY (product_code, ordinal)
);

CREATE TABLE product_host (
    product_code VARCHAR(64) NOT NULL REFERENCES product (code) ON DELETE CASCADE,
    ordinal      INTEGER     NOT NULL,
    host_code    VARCHAR(64) NOT NULL,
    PRIMARY KEY (product_code, ordinal)
);

CREATE TABLE subscription (
    entitlement_number VARCHAR(17)  PRIMARY KEY,
    kind               VARCHAR(16)  NOT NULL,
    product            VARCHAR(64)  NOT NULL REFERENCES product (code),
    partner_id         VARCHAR(36)  NOT NULL,
    billing_account_id VARCHAR(36)  NOT NULL,
    plan               VARCHAR(16)  NOT NULL,
    billing_cycle      VARCHAR(16)  NOT NULL,
    user_tier          INTEGER      NOT NULL,
    active_users       INTEGER,
    start_date         DATE         NOT NULL,
    term_start         DATE         NOT NULL,
    site               VARCHAR(320),
    organization       VARCHAR(100),
    collection_number  VARCHAR(17),
    detach_on          DATE,
    requested_on       DATE,
    requested_reason   VARCHAR(32),
    requested_by_kind  VARCHAR(16),
    requested_by_id    VARCHAR(64),
    requested_at       TIMESTAMP WITH TIME ZONE,
    cascaded_on        DATE,
    cascaded_reason    VARCHAR(32),
    cascaded_by_kind   VARCHAR(16),
    cascaded_by_id     VARCHAR(64),
    cascaded_at        TIMESTAMP WITH TIME ZONE,
    cascaded_cause     VARCHAR(32),
    cascaded_from      VARCHAR(17),
    -- the earlier of requested_on and cascaded_on: the cancellation that applies (R2 in queries)
    cancellation_on    DATE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT       NOT NULL
);
CREATE INDEX subscription_by_partner ON subscription (partner_id, entitlement_number);
CREATE INDEX subscription_by_account ON subscription (partner_id, billing_account_id, entitlement_number);
CREATE INDEX subscription_by_site ON subscription (site, product);
CREATE INDEX subscription_by_collection ON subscription (collection_number);

CREATE TABLE subscription_host (
    entitlement_number VARCHAR(17) NOT NULL REFERENCES subscription (entitlement_number) ON DELETE CASCADE,
    ordinal            INTEGER     NOT NULL,
    host_number        VARCHAR(17) NOT NULL,
    PRIMARY KEY (entitlement_number, ordinal)
);
CREATE INDEX subscription_host_by_host ON subscription_host (host_number, entitlement_number);

CREATE TABLE subscription_contact (
    entitlement_number VARCHAR(17) NOT NULL REFERENCES subscription (entitlement_number) ON DELETE CASCADE,
    ordinal            INTEGER     NOT NULL,
    person_id          VARCHAR(36) NOT NULL,
    PRIMARY KEY (entitlement_number, ordinal)
);
CREATE INDEX subscription_contact_by_person ON subscription_contact (person_id, entitlement_number);

CREATE TABLE subscription_history (
    id                 VARCHAR(36)  PRIMARY KEY,
    entitlement_number VARCHAR(17)  NOT NULL,
    occurred_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_kind         VARCHAR(16)  NOT NULL,
    actor_id           VARCHAR(64)  NOT NULL,
    history_action     VARCHAR(48)  NOT NULL,
    details            VARCHAR(20000) NOT NULL
);
CREATE INDEX subscription_history_by_subscription ON subscription_history (entitlement_number, occurred_at, id);

CREATE TABLE user_session (
    token_hash   VARCHAR(64) PRIMARY KEY,
    person_id    VARCHAR(36) NOT NULL,
    csrf_token   VARCHAR(64) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE sign_in_token (
    token_hash VARCHAR(64) PRIMARY KEY,
    person_id  VARCHAR(36) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX sign_in_token_by_person ON sign_in_token (person_id, created_at);

CREATE TABLE api_key (
    id          VARCHAR(32) PRIMARY KEY,
    secret_hash VARCHAR(64) NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    partner_id  VARCHAR(36),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE idempotency_record (
    partner_id      VARCHAR(36)  NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    request_hash    VARCHAR(128) NOT NULL,
    state           VARCHAR(16)  NOT NULL,
    response_status INTEGER,
    response_body   VARCHAR(1000000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (partner_id, idempotency_key)
);
CREATE INDEX idempotency_record_by_age ON idempotency_record (created_at);

-- ids are drawn from the sequence one by one, in the order rows are appended (per-recipient order)
CREATE SEQUENCE notification_outbox_id START WITH 1 INCREMENT BY 1;

CREATE TABLE notification_outbox (
    id                BIGINT       PRIMARY KEY,
    notification_type VARCHAR(32)  NOT NULL,
    recipient         VARCHAR(254) NOT NULL,
    content           VARCHAR(1000000) NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts          INTEGER      NOT NULL,
    status            VARCHAR(8)   NOT NULL,
    claimed_by        VARCHAR(100),
    lease_until       TIMESTAMP WITH TIME ZONE,
    expires_at        TIMESTAMP WITH TIME ZONE,
    finished_at       TIMESTAMP WITH TIME ZONE,
    last_error        VARCHAR(1000)
);
CREATE INDEX notification_outbox_due ON notification_outbox (status, due_at, id);
CREATE INDEX notification_outbox_by_recipient ON notification_outbox (recipient, status, id);
