-- The read path in a fixed number of statements, at any size.

-- A request that counts against several limits (its address's and its API key's) counts against all
-- of them in one statement: each row carries the limit it was last counted under, which the
-- statement's ON CONFLICT branch reads back from the proposed row (EXCLUDED).
ALTER TABLE rate_limit_counter ADD COLUMN interval_nanos BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE rate_limit_counter ADD COLUMN tolerance_nanos BIGINT DEFAULT 0 NOT NULL;

-- Who sees which subscription (R11), one row per person and subscription they see: assigned to it,
-- to one of its hosts (an app), or to the collection it was ordered in. Derived data, rewritten by
-- the store in the unit of work that changes a subscription, for it, the apps on it and the
-- products ordered in it; it carries what a contact's list page is ordered and filtered by (the
-- product's name, the dates of R2), so a page is read from its index in the order shown, however
-- many subscriptions the person sees.
CREATE TABLE subscription_viewer (
    person_id          VARCHAR(36)    NOT NULL,
    entitlement_number VARCHAR(17)    NOT NULL REFERENCES subscription (entitlement_number) ON DELETE CASCADE,
    product_name       ${orderedText} NOT NULL,
    start_date         DATE           NOT NULL,
    cancellation_on    DATE,
    PRIMARY KEY (person_id, entitlement_number)
);
CREATE INDEX subscription_viewer_page ON subscription_viewer (person_id, product_name, entitlement_number);
CREATE INDEX subscription_viewer_by_subscription ON subscription_viewer (entitlement_number);

INSERT INTO subscription_viewer (person_id, entitlement_number, product_name, start_date, cancellation_on)
SELECT v.person_id, s.entitlement_number, p.name, s.start_date, s.cancellation_on
FROM (SELECT c.person_id, c.entitlement_number FROM subscription_contact c
      UNION SELECT c.person_id, h.entitlement_number FROM subscription_host h
            JOIN subscription_contact c ON c.entitlement_number = h.host_number
      UNION SELECT c.person_id, s2.entitlement_number FROM subscription s2
            JOIN subscription_contact c ON c.entitlement_number = s2.collection_number) v
JOIN subscription s ON s.entitlement_number = v.entitlement_number
JOIN product p ON p.code = s.product;
