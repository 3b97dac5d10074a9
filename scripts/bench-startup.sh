#!/usr/bin/env bash
# Start-up to the first served request (GET /health answering 200) of the embedded default,
# measured on the built jar: "fresh" starts on an empty data directory (migrations and demo data
# included), "existing" restarts on the data the previous run left.
# Usage: scripts/bench-startup.sh [runs]   (build first: mvn -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR="$PWD/app/target/partner-portal.jar"
RUNS="${1:-5}"
PORT="${PORTAL_BENCH_PORT:-17070}"
[ -f "$JAR" ] || { echo "build the jar first: mvn -q -DskipTests package" >&2; exit 1; }

measure() { # $1: working directory; prints milliseconds to the first 200 from /health
  local dir="$1" start end pid
  start=$(date +%s%N)
  (cd "$dir" && exec env PORTAL_PORT="$PORT" java -jar "$JAR" >/dev/null 2>&1) &
  pid=$!
  until curl -sf -o /dev/null "http://localhost:$PORT/health"; do
    kill -0 "$pid" 2>/dev/null || { echo "the portal stopped" >&2; exit 1; }
    sleep 0.01
  done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fresh=(); existing=()
for _ in $(seq 1 "$RUNS"); do
  rm -rf "$work/data"
  fresh+=("$(measure "$work")")
  existing+=("$(measure "$work")")
done
echo "java: $(java -version 2>&1 | head -n 1)"
echo "fresh data directory:    ${fresh[*]} ms, median $(printf '%s\n' "${fresh[@]}" | median) ms"
echo "existing data directory: ${existing[*]} ms, median $(printf '%s\n' "${existing[@]}" | median) ms"
