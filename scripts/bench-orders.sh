#!/usr/bin/env bash
# Collection orders per second with 8 clients (issue 25, writes) against the built jar on PostgreSQL:
# see scripts/bench-orders.py. Usage: scripts/bench-orders.sh [orders per round]
# (build first: mvn -q -DskipTests package; PostgreSQL at 127.0.0.1:5432)
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 scripts/bench-orders.py "$@"
