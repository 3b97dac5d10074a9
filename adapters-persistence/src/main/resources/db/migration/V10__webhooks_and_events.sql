-- R21: the partners' events feed, one row per (event, partner), the body exactly as webhooks deliver it.
CREATE SEQUENCE partner_event_position START WITH 1 INCREMENT BY 1;

CREATE TABLE partner_event (
    feed_position BIGINT     PRIMARY KEY,
    id          VARCHAR(36)  NOT NULL,
    partner_id  VARCHAR(36)  NOT NULL,
    event_type  VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    body        VARCHAR(1000000) NOT NULL,
    CONSTRAINT partner_event_once UNIQUE (partner_id, id)
);
CREATE INDEX partner_event_feed ON partner_event (partner_id, feed_position);
CREATE INDEX partner_event_by_type ON partner_event (partner_id, event_type, feed_position);
CREATE INDEX partner_event_created ON partner_event (created_at);

-- R20: the endpoints partners register; the secret is kept as it is, since it signs every delivery.
CREATE TABLE webhook_endpoint (
    id                    VARCHAR(36)   PRIMARY KEY,
    partner_id            VARCHAR(36)   NOT NULL,
    url                   VARCHAR(2000) NOT NULL,
    event_types           VARCHAR(1000) NOT NULL,
    secret                VARCHAR(100)  NOT NULL,
    previous_secret       VARCHAR(100),
    previous_secret_until TIMESTAMP WITH TIME ZONE,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX webhook_endpoint_by_partner ON webhook_endpoint (partner_id, created_at);

-- R20: the webhook outbox, one row per (event, endpoint), claimed like notification_outbox.
CREATE SEQUENCE webhook_delivery_id START WITH 1 INCREMENT BY 1;

CREATE TABLE webhook_delivery (
    id              BIGINT       PRIMARY KEY,
    endpoint_id     VARCHAR(36)  NOT NULL,
    partner_id      VARCHAR(36)  NOT NULL,
    event_id        VARCHAR(36)  NOT NULL,
    event_type      VARCHAR(64)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts        INTEGER      NOT NULL,
    status          VARCHAR(8)   NOT NULL,
    claimed_by      VARCHAR(100),
    lease_until     TIMESTAMP WITH TIME ZONE,
    response_code   INTEGER,
    last_error      VARCHAR(1000),
    last_attempt_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (status, due_at, id);
CREATE INDEX webhook_delivery_by_endpoint ON webhook_delivery (endpoint_id, status, id);
