#!/usr/bin/env bash
# Pages at any size: the median latency (wrk) of every portal page and partner API read with 100
# subscriptions visible to one contact and billed by one partner, then with 10,000, on PostgreSQL
# (a database created for the run and dropped after). Everything is seeded through the partner
# API; the 10,000 are measured right after they are loaded, before any ANALYZE of ours, so the
# plans are the ones freshly loaded data gets (the emails the seeding queued are marked sent first,
# see drained). Prints p50 at each size and the ratio.
# Usage: scripts/bench-readpath.sh [seconds per measurement]   (build first: mvn -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/portal-session.sh
JAR="$PWD/app/target/partner-portal.jar"
SECONDS_PER_RUN="${1:-5}"
PORT=17073
BASE="http://localhost:$PORT"
[ -f "$JAR" ] || { echo "build the jar first: mvn -q -DskipTests package" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

work=$(mktemp -d)
db="portal_readpath_$$"
cleanup() {
  [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE $db" >/dev/null
env_pg=(PORTAL_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" PORTAL_DB_USER=postgres PORTAL_PORT=$PORT
    PORTAL_API_RATE_LIMIT=1000000 PORTAL_ADDRESS_RATE_LIMIT=1000000)
key=$(cd "$work" && env "${env_pg[@]}" java -jar "$JAR" partner create --name Readpath --email readpath@example.com 2>/dev/null | tail -n 1)
(cd "$work" && exec env "${env_pg[@]}" java -jar "$JAR" >"$work/out" 2>"$work/err") &
pid=$!
until curl -sf -o /dev/null "$BASE/health"; do sleep 0.05; done

api() { curl -sf -H "Authorization: Bearer $key" -H 'Content-Type: application/json' "$@"; }
acct=$(api -d '{"name":"Readpath"}' "$BASE/api/v1/billing-accounts" | sed -E 's/.*"id":"([^"]+)".*/\1/')
order() { # $1: sequence number; a Jira for the viewer, on a site of its own
  api -o /dev/null -d "{\"billingAccountId\":\"$acct\",\"product\":\"jira\",\"plan\":\"STANDARD\",\"billingCycle\":\"ANNUAL\",\"userTier\":10,\"siteUrl\":\"readpath-$1.atlassian.net\",\"contacts\":[{\"email\":\"viewer@readpath.example\",\"name\":\"Viewer\",\"locale\":\"en\"}]}" \
      "$BASE/api/v1/orders"
}
export -f order api; export key acct BASE
seed() { # $1..$2: sequence numbers, four at a time
  seq "$1" "$2" | xargs -P 4 -I{} bash -c 'order {}'
}

seed 1 100
en=$(api "$BASE/api/v1/subscriptions?limit=1" | sed -E 's/.*"entitlementNumber":"([^"]+)".*/\1/')
# three apps on it, so its pages have links to show
for app in 1 2 3; do
  api -o /dev/null -d "{\"billingAccountId\":\"$acct\",\"product\":\"tempo-timesheets\",\"plan\":\"STANDARD\",\"billingCycle\":\"ANNUAL\",\"userTier\":10,\"hostEntitlementNumbers\":[\"$en\"],\"contacts\":[{\"email\":\"apps@readpath.example\",\"name\":\"Apps\",\"locale\":\"en\"}]}" \
      "$BASE/api/v1/orders" || true
done
jar="$work/cookies"
portal_sign_in "$BASE" viewer@readpath.example "$work/data/mail" "$jar"
cookie=$(portal_cookie "$jar")

# The emails the seeding queued (one contact gets them all, and a person's emails go out one after
# the other) would keep the delivery loop busy on this machine for many minutes while pages are
# measured; they are not what is measured, so they are marked sent in the database before each
# measurement, and the delivery loop finds nothing to do.
drained() {
  psql -h 127.0.0.1 -U postgres -d "$db" -qc "UPDATE notification_outbox SET status = 'SENT', finished_at = now()
      WHERE status = 'PENDING'" >/dev/null
  sleep 3
}

declare -A p50s
measure() { # $1: size label, $2: name, $3: header, $4: path
  local out p50
  wrk -t1 -c4 -d2s -H "$3" "$BASE$4" >/dev/null
  out=$(wrk -t1 -c4 -d"${SECONDS_PER_RUN}s" --latency -H "$3" "$BASE$4")
  echo "$out" | grep -q 'Non-2xx' && { echo "$2 answered errors: $(echo "$out" | grep Non-2xx)" >&2; exit 1; }
  p50=$(echo "$out" | awk '$1 == "50%" {v=$2; if (v ~ /us$/) {sub(/us$/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v=v*1000}; print v}')
  p50s["$1 $2"]=$p50
}
suite() { # $1: size label
  drained
  measure "$1" "portal list" "$cookie" "/subscriptions?tab=active"
  measure "$1" "portal list, product filter" "$cookie" "/subscriptions?tab=active&product=jira"
  measure "$1" "portal list, search" "$cookie" "/subscriptions?tab=active&q=readpath-7"
  measure "$1" "portal details" "$cookie" "/subscriptions/$en"
  measure "$1" "portal apps" "$cookie" "/subscriptions/$en/apps"
  measure "$1" "portal contacts" "$cookie" "/subscriptions/$en/contacts"
  measure "$1" "portal history" "$cookie" "/subscriptions/$en/history"
  measure "$1" "portal cancel" "$cookie" "/subscriptions/$en/cancel"
  measure "$1" "portal profile" "$cookie" "/profile"
  measure "$1" "API one" "Authorization: Bearer $key" "/api/v1/subscriptions/$en"
  measure "$1" "API list of 50" "Authorization: Bearer $key" "/api/v1/subscriptions?limit=50"
  measure "$1" "API history" "Authorization: Bearer $key" "/api/v1/subscriptions/$en/history"
}
suite 100
seed 101 10000
suite 10000

echo "java: $(java -version 2>&1 | head -n 1); PostgreSQL; wrk -t1 -c4 -d${SECONDS_PER_RUN}s after 2 s warm-up; cores: $(nproc)"
printf '%-28s %12s %12s %8s\n' request "p50 @100" "p50 @10000" ratio
for name in "portal list" "portal list, product filter" "portal list, search" "portal details" "portal apps" "portal contacts" "portal history" "portal cancel" \
    "portal profile" "API one" "API list of 50" "API history"; do
  a=${p50s["100 $name"]}; b=${p50s["10000 $name"]}
  awk -v n="$name" -v a="$a" -v b="$b" 'BEGIN {printf "%-28s %10.2fms %10.2fms %7.2fx\n", n, a, b, b/a}'
done
