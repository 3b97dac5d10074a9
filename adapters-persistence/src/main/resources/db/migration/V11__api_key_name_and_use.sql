-- R22: partners name the keys they create through the API; a key's last use is kept to the minute.
ALTER TABLE api_key ADD COLUMN name VARCHAR(100);
ALTER TABLE api_key ADD COLUMN last_used_at TIMESTAMP WITH TIME ZONE;
