-- Idempotency keys belong to a scope: a partner ("partner:<id>") or a vendor support key
-- ("support:<key id>"), so support's calls can be idempotent too.
ALTER TABLE idempotency_record RENAME COLUMN partner_id TO scope;
ALTER TABLE idempotency_record ALTER COLUMN scope SET DATA TYPE VARCHAR(80);
UPDATE idempotency_record SET scope = 'partner:' || scope;
