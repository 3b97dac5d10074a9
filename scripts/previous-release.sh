#!/usr/bin/env bash
# Builds the executable jar of the release before this checkout (the newest v* tag among the commits
# before HEAD) from that tag's sources, for the rolling-upgrade test (SPEC §7.4 O2). Prints the tag,
# then the jar's path. The jar is kept in OUT_DIR/<tag>/, so later runs reuse it.
# usage: scripts/previous-release.sh OUT_DIR
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 OUT_DIR" >&2; exit 2; }
top=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
tag=$(git -C "$top" describe --tags --abbrev=0 --match 'v[0-9]*' HEAD~1)
out="$1/$tag"
jar="$out/partner-portal.jar"
if [ ! -f "$jar" ]; then
  rm -rf "$out/src"
  mkdir -p "$out/src"
  git -C "$top" archive "$tag" | tar -x -C "$out/src"
  if ! mvn -B -q -f "$out/src/pom.xml" -DskipTests package >"$out/build.log" 2>&1; then
    tail -n 40 "$out/build.log" >&2
    exit 1
  fi
  cp "$out/src/app/target/partner-portal.jar" "$jar.part"
  mv "$jar.part" "$jar"
  rm -rf "$out/src"
fi
echo "$tag"
echo "$jar"
