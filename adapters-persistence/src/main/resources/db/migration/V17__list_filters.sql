-- The list page's filters and counts per tab (SPEC §6.3): each viewer row carries its subscription's
-- partner and product, so that a filter by either is a predicate on the row read from the page's
-- index, and the counts per tab are read from one index of the viewer's rows alone.
ALTER TABLE subscription_viewer ADD COLUMN partner_id VARCHAR(36);
ALTER TABLE subscription_viewer ADD COLUMN product VARCHAR(64);

UPDATE subscription_viewer SET
    partner_id = (SELECT s.partner_id FROM subscription s
                  WHERE s.entitlement_number = subscription_viewer.entitlement_number),
    product = (SELECT s.product FROM subscription s
               WHERE s.entitlement_number = subscription_viewer.entitlement_number);

ALTER TABLE subscription_viewer ALTER COLUMN partner_id SET NOT NULL;
ALTER TABLE subscription_viewer ALTER COLUMN product SET NOT NULL;

CREATE INDEX subscription_viewer_tally
    ON subscription_viewer (person_id, partner_id, product, start_date, cancellation_on);
