-- SPEC §7.2 V2: sign-in links are claimed in a lane of their own, through this index (type and
-- status equal, due time a range); the other emails' lane keeps notification_outbox_due.
CREATE INDEX notification_outbox_lane ON notification_outbox (notification_type, status, due_at, id);

-- V1, V3: the claims walk the waiting rows in id order through these, never the rows finished before
-- them (sent rows stay for /emails, finished deliveries for 30 days)
CREATE INDEX notification_outbox_pending ON notification_outbox (status, id);
CREATE INDEX webhook_delivery_pending ON webhook_delivery (status, id);
