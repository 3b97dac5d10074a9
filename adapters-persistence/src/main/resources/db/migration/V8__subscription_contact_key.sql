-- A subscription's contacts are keyed by the person, not by their position: removing a contact who
-- is not the last one moves the others up, and a key on the position made the store refuse that
-- (one contact is briefly on another's position while the list is rewritten). A person is a
-- contact of a subscription once (R11); the position only orders them.
CREATE TABLE subscription_contact_keyed (
    entitlement_number VARCHAR(17) NOT NULL REFERENCES subscription (entitlement_number) ON DELETE CASCADE,
    ordinal            INTEGER     NOT NULL,
    person_id          VARCHAR(36) NOT NULL,
    PRIMARY KEY (entitlement_number, person_id)
);
INSERT INTO subscription_contact_keyed (entitlement_number, ordinal, person_id)
    SELECT entitlement_number, ordinal, person_id FROM subscription_contact;
DROP TABLE subscription_contact;
ALTER TABLE subscription_contact_keyed RENAME TO subscription_contact;
CREATE INDEX subscription_contact_by_person ON subscription_contact (person_id, entitlement_number);
