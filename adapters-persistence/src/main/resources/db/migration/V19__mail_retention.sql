-- S7: sent and skipped emails lose their content after the mail retention (90 days by default) and
-- are deleted after 400 days. Expand only: a column with a default (an instance of the previous
-- release inserts rows without it and reads on as before) and an index.

-- whether a row's content was forgotten, so the retention pass never reads a row twice
ALTER TABLE notification_outbox ADD COLUMN content_forgotten BOOLEAN DEFAULT FALSE NOT NULL;

-- the rows still to forget, by when they finished: the pass reads what is due and nothing else
CREATE INDEX notification_outbox_forget ON notification_outbox (status, content_forgotten, finished_at, id);
