#!/usr/bin/env bash
# Partner API throughput and latency with wrk against the running jar, on the embedded H2
# default and on PostgreSQL (a database created for the run and dropped after), each route warmed up
# for 3 s first, rate limits
# raised so that they do not cut in. Prints one line per (database, route) and the ratios.
# Usage: scripts/bench-api.sh [seconds]   (build first: mvn -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR="$PWD/app/target/partner-portal.jar"
SECONDS_PER_RUN="${1:-10}"
PORT=17071
[ -f "$JAR" ] || { echo "build the jar first: mvn -q -DskipTests package" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

work=$(mktemp -d)
db="portal_bench_$$"
cleanup() {
  [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

start() { # $@: extra environment
  (cd "$work" && exec env PORTAL_PORT=$PORT PORTAL_API_RATE_LIMIT=1000000 PORTAL_ADDRESS_RATE_LIMIT=1000000 "$@" \
      java -jar "$JAR" >"$work/out" 2>"$work/err") &
  pid=$!
  until curl -sf -o /dev/null "http://localhost:$PORT/health"; do sleep 0.05; done
}

stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }

bench() { # $1: label, $2: path, $3: key; a 3 s warm-up first, not counted
  local out rps p50 p99
  wrk -t1 -c8 -d3s -H "Authorization: Bearer $3" "http://localhost:$PORT$2" >/dev/null
  out=$(wrk -t1 -c8 -d"${SECONDS_PER_RUN}s" --latency -H "Authorization: Bearer $3" "http://localhost:$PORT$2")
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  printf '%-10s %-28s %10s req/s  p50 %-8s p99 %-8s non-2xx %s\n' "$DB" "$1" "$rps" "$p50" "$p99" "${non2xx:-0}" >&2
  echo "$rps"
}

run_suite() {
  local key en list single health
  key="$1"
  en=$(curl -sf -H "Authorization: Bearer $key" "http://localhost:$PORT/api/v1/subscriptions?limit=1" \
      | sed -E 's/.*"entitlementNumber":"([^"]+)".*/\1/')
  health=$(bench "GET /health" "/health" "$key")
  single=$(bench "GET /subscriptions/{en}" "/api/v1/subscriptions/$en" "$key")
  list=$(bench "GET /subscriptions?limit=50" "/api/v1/subscriptions?limit=50" "$key")
  awk -v h="$health" -v s="$single" -v l="$list" -v d="$DB" \
      'BEGIN {printf "%-10s ratios: one subscription / health = %.2f, page of 50 / one subscription = %.2f\n", d, s/h, l/s}'
}

echo "java: $(java -version 2>&1 | head -n 1); wrk -t1 -c8 -d${SECONDS_PER_RUN}s; cores: $(nproc)"
DB=h2
start
key=$(sed -n 's/^Demo partner API key: //p' "$work/out")
run_suite "$key"
stop

if psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE $db" >/dev/null 2>&1; then
  DB=postgres
  env_pg=(PORTAL_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" PORTAL_DB_USER=postgres)
  pg_key=$(cd "$work" && env "${env_pg[@]}" java -jar "$JAR" partner create --name Bench --email bench@example.com 2>/dev/null | tail -n 1)
  start "${env_pg[@]}"
  acct=$(curl -sf -H "Authorization: Bearer $pg_key" -H 'Content-Type: application/json' \
      -d '{"name":"Bench"}' "http://localhost:$PORT/api/v1/billing-accounts" | sed -E 's/.*"id":"([^"]+)".*/\1/')
  for i in $(seq 1 60); do
    curl -sf -o /dev/null -H "Authorization: Bearer $pg_key" -H 'Content-Type: application/json' \
      -d "{\"billingAccountId\":\"$acct\",\"product\":\"jira\",\"plan\":\"STANDARD\",\"billingCycle\":\"ANNUAL\",\"userTier\":10,\"siteUrl\":\"bench-$i.atlassian.net\",\"contacts\":[{\"email\":\"c$i@example.com\",\"name\":\"C\",\"locale\":\"en\"}]}" \
      "http://localhost:$PORT/api/v1/orders"
  done
  run_suite "$pg_key"
  stop
else
  echo "postgres: not reachable at 127.0.0.1:5432, skipped"
fi
