-- S7: every housekeeping statement and the /metrics count read an index, never a scan of a table
-- that grows with what was ever sent. Expand only: new indexes, nothing dropped or changed, so an
-- instance of the previous release works on as before.

-- /metrics: the outbox's waiting and dead rows and the oldest waiting one, read from the index by
-- status alone (rows sent long ago are not visited).
CREATE INDEX notification_outbox_by_status_created ON notification_outbox (status, created_at);

-- the outbox's retention: sent and skipped rows by when they finished, oldest first, so a pass that
-- strips old content or deletes rows past their keeping reads only the rows that are due.
CREATE INDEX notification_outbox_by_status_finished ON notification_outbox (status, finished_at, id);

-- webhook deliveries finished (sent or dead) before the cutoff, deleted with the events they carried.
CREATE INDEX webhook_delivery_by_status_created ON webhook_delivery (status, created_at);

-- sessions idle or too old, and sign-in links expired.
CREATE INDEX user_session_by_last_seen ON user_session (last_seen_at);
CREATE INDEX user_session_by_created ON user_session (created_at);
CREATE INDEX sign_in_token_by_expiry ON sign_in_token (expires_at);
