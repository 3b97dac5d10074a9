-- R16: a plan, user tier or billing cycle change waiting for its date; all four set, or none.
ALTER TABLE subscription ADD COLUMN change_plan VARCHAR(16);
ALTER TABLE subscription ADD COLUMN change_user_tier INTEGER;
ALTER TABLE subscription ADD COLUMN change_billing_cycle VARCHAR(16);
ALTER TABLE subscription ADD COLUMN change_effective_on DATE;
