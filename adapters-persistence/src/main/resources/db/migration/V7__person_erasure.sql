-- When a person's personal data was erased on request (SPEC §6.5): their email and name are then a
-- pseudonym, and they are sent nothing and cannot sign in.
ALTER TABLE person ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE;
