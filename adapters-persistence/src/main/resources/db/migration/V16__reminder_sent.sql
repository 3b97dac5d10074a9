-- R17: each reminder once per (subscription, term, kind, contact). The primary key is what keeps
-- it once, across instances and restarts: a row is inserted in the unit of work that queues the
-- email, and an instance that finds the key taken sends nothing.
CREATE TABLE reminder_sent (
    entitlement_number VARCHAR(17) NOT NULL,
    term_date          DATE        NOT NULL,
    kind               VARCHAR(20) NOT NULL,
    person_id          VARCHAR(36) NOT NULL,
    sent_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (entitlement_number, term_date, kind, person_id)
);
