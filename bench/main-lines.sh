#!/usr/bin/env bash
# Lines of main code (src/main/java) at each given revision, counted after formatting that revision with
# this checkout's Spotless configuration, so that revisions from before and after the one-time
# reformatting compare fairly.
#
#   bench/main-lines.sh REV [REV ...]      e.g. bench/main-lines.sh 21d2da2 00b4f82 HEAD
#
# Prints "REV raw-lines formatted-lines" per revision. Each revision is checked out into a temporary
# git worktree, which is removed afterwards; needs mvn and the Spotless plugin (offline is fine once the
# build has run).
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
count() { find "$1/src/main/java" -name '*.java' -print0 | xargs -0 cat | wc -l; }
for rev in "$@"; do
  tree=$(mktemp -d /tmp/main-lines.XXXXXX)
  git -C "$REPO" worktree add --detach --quiet "$tree" "$rev"
  raw=$(count "$tree")
  cp "$REPO/pom.xml" "$tree/pom.xml"
  (cd "$tree" && mvn -B -q -o spotless:apply >/dev/null)
  echo "$rev $raw $(count "$tree")"
  git -C "$REPO" worktree remove --force "$tree"
done
