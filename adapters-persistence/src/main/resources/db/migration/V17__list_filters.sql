-- The list page's search, filters and counts per tab (SPEC §6.3). Each viewer row carries its
-- subscription's partner and product, and the text a search looks in: the product's name, the
-- entitlement number, the site and the organization, lower-cased by the database and joined by
-- U+001F (which no search holds). A search or a filter is then a predicate on the viewer's own
-- rows, read from the page's index in display order, and the counts per tab one pass over them.
ALTER TABLE subscription_viewer ADD COLUMN partner_id VARCHAR(36);
ALTER TABLE subscription_viewer ADD COLUMN product VARCHAR(64);
ALTER TABLE subscription_viewer ADD COLUMN search_text VARCHAR(700);

UPDATE subscription_viewer SET
    partner_id = (SELECT s.partner_id FROM subscription s
                  WHERE s.entitlement_number = subscription_viewer.entitlement_number),
    product = (SELECT s.product FROM subscription s
               WHERE s.entitlement_number = subscription_viewer.entitlement_number),
    search_text = (SELECT LOWER(p.name || ${unitSeparator} || s.entitlement_number || ${unitSeparator}
                                || COALESCE(s.site, '') || ${unitSeparator} || COALESCE(s.organization, ''))
                   FROM subscription s JOIN product p ON p.code = s.product
                   WHERE s.entitlement_number = subscription_viewer.entitlement_number);

ALTER TABLE subscription_viewer ALTER COLUMN partner_id SET NOT NULL;
ALTER TABLE subscription_viewer ALTER COLUMN product SET NOT NULL;
ALTER TABLE subscription_viewer ALTER COLUMN search_text SET NOT NULL;

-- The page's index carries what its predicates read (the filters, the dates of R2), so that a page is
-- still read from it in display order, and the counts without a search read it alone.
DROP INDEX subscription_viewer_page;
CREATE INDEX subscription_viewer_page
    ON subscription_viewer (person_id, product_name, entitlement_number, partner_id, product, start_date,
                            cancellation_on);

-- How many subscriptions each person sees, by partner, product and the two dates R2 reads (a
-- subscription without a cancellation under 9999-12-31): the list's counts per tab read a few of
-- these rows, whatever the person sees. The store keeps it with subscription_viewer, adding the
-- difference it made in the same unit of work.
CREATE TABLE subscription_viewer_count (
    person_id       VARCHAR(36) NOT NULL,
    partner_id      VARCHAR(36) NOT NULL,
    product         VARCHAR(64) NOT NULL,
    start_date      DATE        NOT NULL,
    cancellation_on DATE        NOT NULL,
    viewers         INTEGER     NOT NULL,
    PRIMARY KEY (person_id, partner_id, product, start_date, cancellation_on)
);

INSERT INTO subscription_viewer_count (person_id, partner_id, product, start_date, cancellation_on, viewers)
SELECT person_id, partner_id, product, start_date, COALESCE(cancellation_on, DATE '9999-12-31'), COUNT(*)
FROM subscription_viewer
GROUP BY person_id, partner_id, product, start_date, COALESCE(cancellation_on, DATE '9999-12-31');
