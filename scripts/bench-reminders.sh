#!/usr/bin/env bash
# V5: the reminder pass at 1,000 and at 100,000 live subscriptions on PostgreSQL (a database created
# for each size and dropped after), measured in one run. The subscriptions are seeded with SQL as a
# store in its steady state holds them: each with the day the reminder pass looks at it next
# (next_reminder_on, spread over the coming year) and 10 of them due today, 30 days before their bill
# date. The pass runs on the jar's own classes (scripts/bench/BenchReminders.java): the first pass of
# the day (sends the 10 subscriptions' reminders) and then PASSES passes as every minute runs them
# after it; each is timed and its statements counted at the connection.
# Prints both sizes and the ratios. Usage: scripts/bench-reminders.sh [passes]   (build first: mvn -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR="$PWD/app/target/partner-portal.jar"
PASSES="${1:-50}"
[ -f "$JAR" ] || { echo "build the jar first: mvn -q -DskipTests package" >&2; exit 1; }
dbs=()
cleanup() {
  for db in "${dbs[@]}"; do
    psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  done
}
trap cleanup EXIT

run() { # $1: live subscriptions
  local db="portal_reminders_$1_$$" url
  dbs+=("$db")
  psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE $db" >/dev/null
  url="jdbc:postgresql://127.0.0.1:5432/$db"
  PORTAL_DB_URL="$url" PORTAL_DB_USER=postgres java -jar "$JAR" migrate >/dev/null
  psql -h 127.0.0.1 -U postgres -d "$db" -q >/dev/null <<SQL
INSERT INTO partner (id, name, contact_email, created_at)
  VALUES ('00000000-0000-4000-8000-0000000000aa', 'Bench', 'bench@example.com', now());
INSERT INTO billing_account (id, partner_id, name, created_at)
  VALUES ('00000000-0000-4000-8000-0000000000bb', '00000000-0000-4000-8000-0000000000aa', 'Main', now());
INSERT INTO person (id, email, name, locale, told_of_site_migration, created_at, version)
  SELECT '00000000-0000-4000-8000-' || LPAD(CAST(x AS VARCHAR(12)), 12, '0'), 'c' || x || '@bench.example', 'C' || x,
         'en', false, now(), 0 FROM generate_series(1, $1) AS g(x);
INSERT INTO subscription (entitlement_number, kind, product, partner_id, billing_account_id, plan, billing_cycle,
                          user_tier, start_date, term_start, site, created_at, version, next_reminder_on)
  SELECT 'E-BNC-' || SUBSTR(LPAD(CAST(x AS VARCHAR(9)), 9, '0'), 1, 3) || '-' || SUBSTR(LPAD(CAST(x AS VARCHAR(9)), 9, '0'), 4, 3)
         || '-' || SUBSTR(LPAD(CAST(x AS VARCHAR(9)), 9, '0'), 7, 3),
         'PRODUCT', 'jira', '00000000-0000-4000-8000-0000000000aa', '00000000-0000-4000-8000-0000000000bb',
         'STANDARD', 'ANNUAL', 10,
         CASE WHEN x <= 10 THEN CURRENT_DATE + 30 - INTERVAL '1 year' ELSE CURRENT_DATE - (x % 365) END,
         CASE WHEN x <= 10 THEN CURRENT_DATE + 30 - INTERVAL '1 year' ELSE CURRENT_DATE - (x % 365) END,
         'bench-' || x || '.atlassian.net', now(), 0,
         CASE WHEN x <= 10 THEN CURRENT_DATE ELSE CURRENT_DATE + 1 + (x % 365) END
  FROM generate_series(1, $1) AS g(x);
INSERT INTO subscription_contact (entitlement_number, ordinal, person_id)
  SELECT entitlement_number, 0, '00000000-0000-4000-8000-' || LPAD(SUBSTR(entitlement_number, 7, 3)
         || SUBSTR(entitlement_number, 11, 3) || SUBSTR(entitlement_number, 15, 3), 12, '0') FROM subscription;
SQL
  java -cp "$JAR" scripts/bench/BenchReminders.java "$url" "$PASSES" 2>/dev/null | tail -n 1
}

small=$(run 1000)
large=$(run 100000)
echo "java: $(java -version 2>&1 | head -n 1); PostgreSQL $(psql -h 127.0.0.1 -U postgres -d postgres -tAc 'SHOW server_version'); cores: $(nproc); $PASSES passes after the first"
echo "1,000 live:   $small"
echo "100,000 live: $large"
val() { echo "$1" | sed -E "s/.*[ ^]$2=([0-9.]+).*/\1/; s/^$2=([0-9.]+).*/\1/"; }
awk -v a="$(val "$small" first)" -v b="$(val "$large" first)" -v c="$(val "$small" median)" -v d="$(val "$large" median)" \
    -v e="$(val "$small" statements)" -v f="$(val "$large" statements)" \
    'BEGIN {printf "first pass of the day (10 due): %.2fx the time; every later pass: %.2fx the time, statements %.1f vs %.1f\n", b/a, d/c, e, f}'
