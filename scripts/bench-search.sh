#!/usr/bin/env bash
# V6: the searched list (/subscriptions?tab=active&q=…) with 100 subscriptions visible to one
# contact, then with 10,000, on PostgreSQL (a database created for the run and dropped after), p50
# by wrk against the running jar. The first 100 are ordered through the partner API; the other 9,900
# are added with SQL (subscriptions, contacts, the list's viewer rows and counts, as the store writes
# them) and the database is analysed, as a production database's autovacuum does. Sites are named by
# an md5, as varied as real ones; the search is eight characters of one site's name (one match at
# both sizes). Prints p50 at each size and the ratio, and whether the trigram index is there.
# Usage: scripts/bench-search.sh [seconds per measurement]   (build first: mvn -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/portal-session.sh
JAR="$PWD/app/target/partner-portal.jar"
SECONDS_PER_RUN="${1:-5}"
PORT=17075
BASE="http://localhost:$PORT"
[ -f "$JAR" ] || { echo "build the jar first: mvn -q -DskipTests package" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

work=$(mktemp -d)
db="portal_search_$$"
cleanup() {
  [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE $db" >/dev/null
q() { psql -h 127.0.0.1 -U postgres -d "$db" -qtA "$@"; }
env_pg=(PORTAL_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" PORTAL_DB_USER=postgres PORTAL_PORT=$PORT
    PORTAL_API_RATE_LIMIT=1000000 PORTAL_ADDRESS_RATE_LIMIT=1000000)
key=$(cd "$work" && env "${env_pg[@]}" java -jar "$JAR" partner create --name Search --email search@example.com 2>/dev/null | tail -n 1)
(cd "$work" && exec env "${env_pg[@]}" java -jar "$JAR" >"$work/out" 2>"$work/err") &
pid=$!
until curl -sf -o /dev/null "$BASE/health"; do sleep 0.05; done

api() { curl -sf -H "Authorization: Bearer $key" -H 'Content-Type: application/json' "$@"; }
acct=$(api -d '{"name":"Search"}' "$BASE/api/v1/billing-accounts" | sed -E 's/.*"id":"([^"]+)".*/\1/')
site() { echo "s$(echo -n "$1" | md5sum | cut -c1-20)"; }
order() { # $1: sequence number; a Jira for the viewer, on a site of its own
  api -o /dev/null -d "{\"billingAccountId\":\"$acct\",\"product\":\"jira\",\"plan\":\"STANDARD\",\"billingCycle\":\"ANNUAL\",\"userTier\":10,\"siteUrl\":\"$(site "$1").atlassian.net\",\"contacts\":[{\"email\":\"viewer@search.example\",\"name\":\"Viewer\",\"locale\":\"en\"}]}" \
      "$BASE/api/v1/orders"
}
export -f order api site; export key acct BASE
seq 1 100 | xargs -P 4 -I{} bash -c 'order {}'
term=$(site 7 | cut -c5-12)
jar="$work/cookies"
portal_sign_in "$BASE" viewer@search.example "$work/data/mail" "$jar"
cookie=$(portal_cookie "$jar")

drained() { # the seeding's emails are not what is measured
  q -c "UPDATE notification_outbox SET status = 'SENT', finished_at = now() WHERE status = 'PENDING'" >/dev/null
  sleep 3
}
declare -A p50s
measure() { # $1: size label
  local out
  wrk -t1 -c4 -d2s -H "$cookie" "$BASE/subscriptions?tab=active&q=$term" >/dev/null
  out=$(wrk -t1 -c4 -d"${SECONDS_PER_RUN}s" --latency -H "$cookie" "$BASE/subscriptions?tab=active&q=$term")
  echo "$out" | grep -q 'Non-2xx' && { echo "the search answered errors: $(echo "$out" | grep Non-2xx)" >&2; exit 1; }
  p50s[$1]=$(echo "$out" | awk '$1 == "50%" {v=$2; if (v ~ /us$/) {sub(/us$/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v=v*1000}; print v}')
}
curl -sf -H "$cookie" "$BASE/subscriptions?tab=active&q=$term" | grep -qi "$term" || echo "warning: the searched page does not show $term" >&2
drained
measure 100

# 9,900 more, as the store writes them, copied from one the API made
person=$(q -c "SELECT id FROM person WHERE email = 'viewer@search.example'")
tmpl=$(q -c "SELECT entitlement_number FROM subscription ORDER BY entitlement_number LIMIT 1")
q >/dev/null <<SQL
CREATE TEMP TABLE more AS SELECT x, 'E-SRC-' || SUBSTR(LPAD(CAST(x AS VARCHAR(9)), 9, '0'), 1, 3) || '-'
    || SUBSTR(LPAD(CAST(x AS VARCHAR(9)), 9, '0'), 4, 3) || '-' || SUBSTR(LPAD(CAST(x AS VARCHAR(9)), 9, '0'), 7, 3) AS n,
    's' || SUBSTR(md5(CAST(x AS VARCHAR(9))), 1, 20) AS label
  FROM generate_series(101, 10000) AS g(x);
CREATE TEMP TABLE tmpl AS SELECT SUBSTRING(site FROM 's[0-9a-f]{20}') AS label FROM subscription
  WHERE entitlement_number = '$tmpl';
INSERT INTO subscription (entitlement_number, kind, product, partner_id, billing_account_id, plan, billing_cycle,
    user_tier, start_date, term_start, site, created_at, version, next_reminder_on)
  SELECT m.n, s.kind, s.product, s.partner_id, s.billing_account_id, s.plan, s.billing_cycle, s.user_tier,
         s.start_date, s.term_start, REPLACE(s.site, t.label, m.label), s.created_at, 0, s.next_reminder_on
  FROM more m, tmpl t, subscription s WHERE s.entitlement_number = '$tmpl';
INSERT INTO subscription_contact (entitlement_number, ordinal, person_id) SELECT n, 0, '$person' FROM more;
INSERT INTO subscription_viewer (person_id, entitlement_number, product_name, start_date, cancellation_on, partner_id,
    product, search_text)
  SELECT v.person_id, m.n, v.product_name, v.start_date, v.cancellation_on, v.partner_id, v.product,
         REPLACE(REPLACE(v.search_text, LOWER('$tmpl'), LOWER(m.n)), t.label, m.label)
  FROM more m, tmpl t, subscription_viewer v WHERE v.entitlement_number = '$tmpl' AND v.person_id = '$person';
UPDATE subscription_viewer_count SET viewers = viewers + 9900 WHERE person_id = '$person';
ANALYZE;
SQL
seen=$(q -c "SELECT COUNT(*) FROM subscription_viewer WHERE person_id = '$person'")
[ "$seen" = 10000 ] || { echo "the contact sees $seen subscriptions, not 10000" >&2; exit 1; }
index=$(q -c "SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'subscription_viewer_search'")
drained
measure 10000

echo "java: $(java -version 2>&1 | head -n 1); PostgreSQL $(q -c 'SHOW server_version'); wrk -t1 -c4 -d${SECONDS_PER_RUN}s after 2 s warm-up; cores: $(nproc); trigram index: $([ "$index" = 1 ] && echo yes || echo no)"
awk -v a="${p50s[100]}" -v b="${p50s[10000]}" -v t="$term" \
    'BEGIN {printf "searched list (q=%s): p50 %.2f ms at 100, %.2f ms at 10,000: %.2fx\n", t, a, b, b/a}'
