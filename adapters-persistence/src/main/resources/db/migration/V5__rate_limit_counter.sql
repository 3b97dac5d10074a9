-- Rate limits shared by every instance on one database: one row per limiter and key holding the
-- key's theoretical arrival time (GCRA) in nanoseconds since the epoch, and whether the last request
-- was counted. Keys are stored as SHA-256 hex, so no address or email is kept here. No index but the
-- key's: the time changes on every request, and an index on it would stop in-place (HOT) updates;
-- the purge of idle keys reads the whole table, every few minutes. The embedded default counts in
-- memory and leaves this table empty.
CREATE TABLE rate_limit_counter (
    limiter   VARCHAR(40) NOT NULL,
    key_hash  CHAR(64)    NOT NULL,
    tat_nanos BIGINT      NOT NULL,
    counted   BOOLEAN     NOT NULL,
    CONSTRAINT rate_limit_counter_pk PRIMARY KEY (limiter, key_hash)
);
