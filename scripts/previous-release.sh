#!/usr/bin/env bash
# Builds the executable jar of the release before this checkout (the newest v* tag among the commits
# before HEAD) from that tag's sources, for the rolling-upgrade test (SPEC §7.4 O2). Prints the tag,
# then the jar's path. The jar is kept in OUT_DIR/<tag>/, so later runs reuse it.
# usage: scripts/previous-release.sh OUT_DIR   (exit 3: no release before this checkout)
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 OUT_DIR" >&2; exit 2; }
top=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
# the releases and their commits, newest last, for a clone that carries no tags
releases="v0.2.0 54ee3bc7747f62a3d1d9e31fd56e8c87cc5021ac"
if tag=$(git -C "$top" describe --tags --abbrev=0 --match 'v[0-9]*' HEAD~1 2>/dev/null); then
  ref="$tag"
else
  tag=""
  while read -r name commit; do
    if git -C "$top" merge-base --is-ancestor "$commit" HEAD~1 2>/dev/null; then
      tag="$name"; ref="$commit"
    fi
  done <<<"$releases"
  [ -n "$tag" ] || { echo "no release before HEAD: neither a v* tag nor one of: $releases" >&2; exit 3; }
fi
out="$1/$tag"
jar="$out/partner-portal.jar"
if [ ! -f "$jar" ]; then
  rm -rf "$out/src"
  mkdir -p "$out/src"
  git -C "$top" archive "$ref" | tar -x -C "$out/src"
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
