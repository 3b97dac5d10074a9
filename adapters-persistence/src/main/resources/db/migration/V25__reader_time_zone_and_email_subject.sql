-- R24: the time zone a person chose (an IANA id such as Asia/Tokyo, or UTC); null: their language's
-- default. SPEC §6.3: each outbox row keeps its email's subject, rendered by the mail sender when the
-- row is appended, so that /emails shows it after S7 forgot the content. Expand steps: nullable, no
-- default, so an instance of the previous release keeps inserting people and rows without them
-- (its rows show the subject their content renders while they hold it).
ALTER TABLE person ADD COLUMN time_zone VARCHAR(64);
ALTER TABLE notification_outbox ADD COLUMN subject VARCHAR(998);
