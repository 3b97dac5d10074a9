-- R23: the requests contacts ask their billing partners. One row per request; what it asks for is in
-- typed, nullable columns (only its kind's are set). An expand step: a new table, read by nobody of the
-- previous release. Ids are text (VARCHAR(36)), as everywhere, so a null UUID is never bound.
CREATE TABLE partner_request (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    subscription    VARCHAR(20)   NOT NULL,
    partner_id      VARCHAR(36)      NOT NULL,
    asked_by        VARCHAR(36)      NOT NULL,
    asked_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    keep_products   VARCHAR(2000),
    wished_plan     VARCHAR(20),
    wished_tier     INTEGER,
    wished_cycle    VARCHAR(20),
    product         VARCHAR(64),
    site            VARCHAR(255),
    message         VARCHAR(1000),
    status          VARCHAR(10)   NOT NULL,
    resolved_at     TIMESTAMP WITH TIME ZONE,
    resolver_kind   VARCHAR(10),
    resolver_id     VARCHAR(64),
    note            VARCHAR(1000)
);
-- the partner's list, by status or not, newest first (GET /requests?status=&cursor=)
CREATE INDEX partner_request_partner ON partner_request (partner_id, asked_at DESC, id DESC);
CREATE INDEX partner_request_partner_status ON partner_request (partner_id, status, asked_at DESC, id DESC);
-- a subscription's requests (its page, the open count of R23)
CREATE INDEX partner_request_subscription ON partner_request (subscription, status, asked_at DESC);
-- a contact's requests (/requests, export and erasure)
CREATE INDEX partner_request_asked_by ON partner_request (asked_by, asked_at DESC, id DESC);
