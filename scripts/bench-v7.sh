#!/usr/bin/env bash
# SPEC V7 in one run: start-up to the first 200 of the embedded default (GET /health, the readiness
# check: database open and migrated) against a bare Javalin hello compiled against the portal's jar
# (the same Javalin, Jetty and JVM, started with `java` the same way), on a fresh data directory and
# on the one the previous start left. The three starts alternate (portal fresh, portal existing,
# hello) so drift on the machine touches each alike; prints each run, the medians and the ratios.
# Usage: scripts/bench-v7.sh [runs] [jar...]   (build first: mvn -q -DskipTests package)
# With several jars (an older build's beside this one's, say) each is measured in the same rounds.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-7}"
shift || true
JARS=()
for j in "${@:-app/target/partner-portal.jar}"; do JARS+=("$(realpath "$j")"); done
JAR="${JARS[0]}"
PORT="${PORTAL_BENCH_PORT:-17076}"
HELLO_PORT="${PORTAL_BENCH_HELLO_PORT:-17077}"
for j in "${JARS[@]}"; do [ -f "$j" ] || { echo "build the jar first: mvn -q -DskipTests package" >&2; exit 1; }; done

work=$(mktemp -d)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

javac -cp "$JAR" -d "$work" scripts/bench/Hello.java

until_200() { # $1: url, $2: pid; waits for the first 200
  until curl -sf -o /dev/null "$1"; do
    kill -0 "$2" 2>/dev/null || { echo "the process stopped" >&2; exit 1; }
    sleep 0.005
  done
}
portal() { # $1: jar; prints milliseconds from launch to the first 200 of /health, in $work
  local start end
  start=$(date +%s%N)
  (cd "$work" && exec env PORTAL_PORT="$PORT" java -jar "$1" >"$work/out" 2>"$work/err") &
  pid=$!
  until_200 "http://127.0.0.1:$PORT/health" "$pid"
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
  echo $(( (end - start) / 1000000 ))
}
hello() {
  local start end
  start=$(date +%s%N)
  java -cp "$JAR:$work" Hello "$HELLO_PORT" >/dev/null 2>&1 &
  pid=$!
  until_200 "http://127.0.0.1:$HELLO_PORT/" "$pid"
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
  echo $(( (end - start) / 1000000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

hello >/dev/null # one start to warm the file cache for everyone
declare -A fresh existing
hellos=()
for _ in $(seq 1 "$RUNS"); do
  for j in "${JARS[@]}"; do
    rm -rf "$work/data"
    fresh[$j]+="$(portal "$j") "
    existing[$j]+="$(portal "$j") "
  done
  hellos+=("$(hello)")
done
med() { tr ' ' '\n' | grep . | median; }
h=$(printf '%s\n' "${hellos[@]}" | median)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }
echo "java: $(java -version 2>&1 | head -n 1); cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg); runs: $RUNS"
echo "hello:                   ${hellos[*]} ms, median $h ms"
for j in "${JARS[@]}"; do
  f=$(echo "${fresh[$j]}" | med)
  e=$(echo "${existing[$j]}" | med)
  [ "${#JARS[@]}" -gt 1 ] && echo "$j:"
  echo "portal, fresh data:      ${fresh[$j]}ms, median $f ms, ratio $(ratio "$f" "$h")x"
  echo "portal, existing data:   ${existing[$j]}ms, median $e ms, ratio $(ratio "$e" "$h")x"
done
