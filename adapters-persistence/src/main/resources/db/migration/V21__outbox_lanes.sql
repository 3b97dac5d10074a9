-- SPEC §7.2 V2: sign-in links are claimed in a lane of their own, through this index (type and
-- status equal, due time a range); the other emails' lane keeps notification_outbox_due.
CREATE INDEX notification_outbox_lane ON notification_outbox (notification_type, status, due_at, id);
