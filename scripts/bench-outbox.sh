#!/usr/bin/env bash
# Background work at volume (SPEC §7.2 V1-V4) against the running jar on PostgreSQL: see
# scripts/bench-outbox.py for what is measured. Usage: scripts/bench-outbox.sh
# (build first: mvn -q -DskipTests package; PostgreSQL at 127.0.0.1:5432)
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 scripts/bench-outbox.py "$@"
