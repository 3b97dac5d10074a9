-- V5: the reminder pass reads only the subscriptions whose reminders may be due, through an index.
-- next_reminder_on is the day the pass looks at a subscription next, computed by the core's reminder
-- policy whenever a unit of work stores the subscription and whenever the pass has looked at it; null
-- for a subscription that no reminder can reach until it changes (cancelled or cancelling).
--
-- Backfill: every live row is due on the day of the migration, and the first pass computes each one's
-- real day (the policy is the core's, not SQL's); rows with a cancellation get null. Expand only: the
-- default lets rows an instance of the previous release inserts be looked at on the day they are made.
ALTER TABLE subscription ADD COLUMN next_reminder_on DATE DEFAULT CURRENT_DATE;
UPDATE subscription SET next_reminder_on = NULL WHERE requested_on IS NOT NULL OR cascaded_on IS NOT NULL;

-- the due rows only (partial where the database can: rows without a day are not in it), in the
-- pass's order
CREATE INDEX subscription_reminder_due ON subscription (next_reminder_on, entitlement_number) ${liveRowsOnly};
