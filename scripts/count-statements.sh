#!/usr/bin/env bash
# SQL statements per partner API request on PostgreSQL, for the whole request (rate limits,
# authentication, reads), counted from the server's own log (log_statement = all, set on a
# database created for the run and dropped after). Prints statements per request for each route.
# Usage: scripts/count-statements.sh [requests per route]   (build first: mvn -q -DskipTests package)
# Needs the PostgreSQL server log readable at $PG_LOG (default: the Debian cluster's log).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR="$PWD/app/target/partner-portal.jar"
N="${1:-20}"
PORT=17072
PG_LOG="${PG_LOG:-$(ls /var/log/postgresql/postgresql-*-main.log | head -n 1)}"
[ -f "$JAR" ] || { echo "build the jar first: mvn -q -DskipTests package" >&2; exit 1; }

work=$(mktemp -d)
db="portal_count_$$"
cleanup() {
  [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE $db" >/dev/null
psql -h 127.0.0.1 -U postgres -d postgres -qc "ALTER DATABASE $db SET log_statement = 'all'" >/dev/null
env_pg=(PORTAL_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" PORTAL_DB_USER=postgres PORTAL_PORT=$PORT
    PORTAL_API_RATE_LIMIT=1000000 PORTAL_ADDRESS_RATE_LIMIT=1000000)
key=$(cd "$work" && env "${env_pg[@]}" java -jar "$JAR" partner create --name Count --email count@example.com 2>/dev/null | tail -n 1)
(cd "$work" && exec env "${env_pg[@]}" java -jar "$JAR" >"$work/out" 2>"$work/err") &
pid=$!
until curl -sf -o /dev/null "http://localhost:$PORT/health"; do sleep 0.05; done
api() { curl -sf -H "Authorization: Bearer $key" -H 'Content-Type: application/json' "$@"; }
acct=$(api -d '{"name":"Count"}' "http://localhost:$PORT/api/v1/billing-accounts" | sed -E 's/.*"id":"([^"]+)".*/\1/')
for i in $(seq 1 60); do
  api -o /dev/null -d "{\"billingAccountId\":\"$acct\",\"product\":\"jira\",\"plan\":\"STANDARD\",\"billingCycle\":\"ANNUAL\",\"userTier\":10,\"siteUrl\":\"count-$i.atlassian.net\",\"contacts\":[{\"email\":\"c$i@example.com\",\"name\":\"C\",\"locale\":\"en\"}]}" \
      "http://localhost:$PORT/api/v1/orders"
done
en=$(api "http://localhost:$PORT/api/v1/subscriptions?limit=1" | sed -E 's/.*"entitlementNumber":"([^"]+)".*/\1/')
sleep 3 # let the delivery loop's first runs pass: only requests are counted below

count() { # $1: label, $2: path
  local before after statements
  api -o /dev/null "http://localhost:$PORT$2" || true # warm: the pool's connections are open
  before=$(wc -l < "$PG_LOG")
  for _ in $(seq 1 "$N"); do api -o /dev/null "http://localhost:$PORT$2" || true; done
  after=$(wc -l < "$PG_LOG")
  # statements of this database only, the delivery loop's (outbox) left out
  statements=$(tail -n +"$((before + 1))" "$PG_LOG" | head -n "$((after - before))" \
      | grep "@$db " | grep -E 'LOG:  (statement|execute)' | grep -vc 'notification_outbox\|sign_in_request' || true)
  awk -v s="$statements" -v n="$N" -v l="$1" 'BEGIN {printf "%-30s %5.1f statements per request\n", l, s/n}'
}
echo "statements per request on PostgreSQL ($N requests each, delivery loop excluded)"
count "GET /health/ready" "/health/ready"
count "GET /subscriptions/{en}" "/api/v1/subscriptions/$en"
count "GET /subscriptions?limit=50" "/api/v1/subscriptions?limit=50"
count "GET /subscriptions/{en}/history" "/api/v1/subscriptions/$en/history"
