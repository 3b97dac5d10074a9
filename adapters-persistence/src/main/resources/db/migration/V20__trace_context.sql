-- The W3C trace context (traceparent) of the request whose unit of work queued a row, to be sent as a
-- header of its email or webhook delivery (SPEC §7.4 O4). An expand step: nullable, no default, read
-- by nobody yet, so an instance of the previous release keeps inserting rows without it.
ALTER TABLE notification_outbox ADD COLUMN trace_parent VARCHAR(55);
ALTER TABLE webhook_delivery ADD COLUMN trace_parent VARCHAR(55);
