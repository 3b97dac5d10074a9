-- A revoked API key never authenticates again (R22); a partner's keys are listed and locked together.
ALTER TABLE api_key ADD COLUMN revoked_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX api_key_by_partner ON api_key (partner_id);
