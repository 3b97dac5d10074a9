#!/usr/bin/env bash
# The portal against the floor of its own stack: a Javalin "hello" compiled against the portal's
# jar (the same Javalin, Jetty and JVM), both run side by side on this machine in one run.
#   1. start-up: launch to the first 200 (the portal on a fresh data directory, migrations and demo
#      data included), median of N runs each, and the ratio;
#   2. throughput: wrk -t1 -c32 after a warm-up, on the embedded default with the demo data, for
#      /health, the portal's list and details pages, one API subscription and an API page of 50,
#      each as a share of hello's; the portal once with the default heap and once with -Xmx128m
#      (the share kept), and the resident memory of each after its load beside hello's.
# Usage: scripts/bench-hello.sh [seconds per measurement] [start-up runs]   (build first: mvn -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/portal-session.sh
JAR="$PWD/app/target/partner-portal.jar"
SECONDS_PER_RUN="${1:-10}"
RUNS="${2:-5}"
PORT=17074
HELLO_PORT=17075
BASE="http://localhost:$PORT"
[ -f "$JAR" ] || { echo "build the jar first: mvn -q -DskipTests package" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

work=$(mktemp -d)
cleanup() {
  for p in ${pid:-} ${hello:-}; do kill "$p" 2>/dev/null && wait "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

javac -cp "$JAR" -d "$work" scripts/bench/Hello.java

millis() { date +%s%N | awk '{print int($1 / 1000000)}'; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

start_portal() { # $@: JVM options; a fresh data directory
  rm -rf "$work/data"
  (cd "$work" && exec env PORTAL_PORT=$PORT PORTAL_API_RATE_LIMIT=1000000 PORTAL_ADDRESS_RATE_LIMIT=1000000 \
      java "$@" -jar "$JAR" >"$work/out" 2>"$work/err") &
  pid=$!
  until curl -sf -o /dev/null "$BASE/health"; do sleep 0.01; done
}
start_hello() { # $@: JVM options
  java "$@" -cp "$JAR:$work" Hello $HELLO_PORT >/dev/null 2>&1 &
  hello=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$HELLO_PORT/"; do sleep 0.01; done
}
stop() { kill "$1"; wait "$1" 2>/dev/null || true; }

# 1. start-up
portal_starts=(); hello_starts=()
for _ in $(seq 1 "$RUNS"); do
  t0=$(millis); start_portal; portal_starts+=($(( $(millis) - t0 ))); stop "$pid"; pid=""
  t0=$(millis); start_hello; hello_starts+=($(( $(millis) - t0 ))); stop "$hello"; hello=""
done
portal_start=$(printf '%s\n' "${portal_starts[@]}" | median)
hello_start=$(printf '%s\n' "${hello_starts[@]}" | median)

# 2. throughput
rate() { # $1: url, $2: header; requests a second after a 3 s warm-up
  local out
  wrk -t1 -c32 -d3s -H "$2" "$1" >/dev/null
  out=$(wrk -t1 -c32 -d"${SECONDS_PER_RUN}s" -H "$2" "$1")
  echo "$out" | grep -q 'Non-2xx' && { echo "$1 answered errors: $(echo "$out" | grep Non-2xx)" >&2; exit 1; }
  echo "$out" | awk '/Requests\/sec/ {print $2}'
}
rss() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$1/status"; }

start_hello
hello_rate=$(rate "http://127.0.0.1:$HELLO_PORT/" "X-Bench: hello")
hello_rss=$(rss "$hello")
stop "$hello"; hello=""

declare -A rates rsss
suite() { # $1: label, $2...: JVM options
  local label="$1" key en cookie
  shift
  start_portal "$@"
  key=$(sed -n 's/^Demo partner API key: //p' "$work/out")
  portal_sign_in "$BASE" demo@example.com "$work/data/mail" "$work/cookies-$label"
  cookie=$(portal_cookie "$work/cookies-$label")
  en=$(curl -sf -H "$cookie" "$BASE/subscriptions?tab=active" | grep -o '/subscriptions/E-[0-9A-Z-]\{15\}' | head -n 1 \
      | cut -d/ -f3)
  rates["$label /health"]=$(rate "$BASE/health" "X-Bench: portal")
  rates["$label portal list"]=$(rate "$BASE/subscriptions?tab=active" "$cookie")
  rates["$label portal details"]=$(rate "$BASE/subscriptions/$en" "$cookie")
  rates["$label API one"]=$(rate "$BASE/api/v1/subscriptions/$en" "Authorization: Bearer $key")
  rates["$label API list of 50"]=$(rate "$BASE/api/v1/subscriptions?limit=50" "Authorization: Bearer $key")
  rsss["$label"]=$(rss "$pid")
  stop "$pid"; pid=""
}
suite default
suite xmx128m -Xmx128m

echo "java: $(java -version 2>&1 | head -n 1); cores: $(nproc); wrk -t1 -c32 -d${SECONDS_PER_RUN}s after 3 s warm-up"
echo "start-up to the first 200, median of $RUNS: portal ${portal_start} ms (${portal_starts[*]}), hello ${hello_start} ms (${hello_starts[*]}); ratio $(awk -v a="$portal_start" -v b="$hello_start" 'BEGIN {printf "%.2f", a/b}')x"
echo "hello: $hello_rate req/s, RSS after load $hello_rss MB"
printf '%-16s %12s %9s %14s %9s %10s\n' request "req/s" "of hello" "-Xmx128m req/s" "of hello" "kept"
for name in "/health" "portal list" "portal details" "API one" "API list of 50"; do
  a=${rates["default $name"]}; b=${rates["xmx128m $name"]}
  awk -v n="$name" -v a="$a" -v b="$b" -v h="$hello_rate" \
      'BEGIN {printf "%-16s %12.0f %8.1f%% %14.0f %8.1f%% %9.1f%%\n", n, a, 100*a/h, b, 100*b/h, 100*b/a}'
done
echo "RSS after load: portal ${rsss[default]} MB (default heap), ${rsss[xmx128m]} MB (-Xmx128m), hello $hello_rss MB"
