-- R18: the optional emails a person switched off, one row per (person, type). Nothing here means
-- they receive every email; the outbox reads these rows when it sends.
CREATE TABLE notification_opt_out (
    person_id         VARCHAR(36) NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    notification_type VARCHAR(40) NOT NULL,
    PRIMARY KEY (person_id, notification_type)
);
