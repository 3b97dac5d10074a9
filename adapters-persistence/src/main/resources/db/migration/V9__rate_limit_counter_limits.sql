-- A request that counts against several limits (its address's and its API key's) counts against all
-- of them in one statement: each row carries the limit it was last counted under, which the
-- statement's ON CONFLICT branch reads back from the proposed row (EXCLUDED).
ALTER TABLE rate_limit_counter ADD COLUMN interval_nanos BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE rate_limit_counter ADD COLUMN tolerance_nanos BIGINT DEFAULT 0 NOT NULL;
