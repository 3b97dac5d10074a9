-- R19: each contact of a subscription is a MANAGER or a VIEWER. Everybody assigned before roles
-- existed could do everything, so they manage.
ALTER TABLE subscription_contact ADD COLUMN role VARCHAR(8) DEFAULT 'MANAGER' NOT NULL;
ALTER TABLE subscription_contact ADD CONSTRAINT subscription_contact_role CHECK (role IN ('MANAGER', 'VIEWER'));
