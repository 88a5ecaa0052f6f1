#!/usr/bin/env bash
# Prototype launcher: runs target/site-gen.jar with an application class-data-sharing (AppCDS)
# archive, so the ~3,000 classes a build loads (Freemarker, flexmark, jsoup, Jackson, ours) are
# mapped from one file instead of being read, verified and parsed from the jar on every start.
#
#   bench/site-gen-cds.sh build [--content DIR] [--out DIR]     same arguments as the jar
#
# The first `build` records target/site-gen.jsa (Java 17 dynamic archive, -XX:ArchiveClassesAtExit;
# that run is ~1 s slower). Later runs use it while it is newer than the jar; a rebuilt jar or
# another JDK makes the JVM ignore the archive, so the next `build` records a fresh one. Only
# `build` records: a --help run loads too few classes to be worth archiving.
# The archive is machine- and JDK-specific: never commit it (*.jsa is git-ignored).
# SITEGEN_JAVA_OPTS (default "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC") is added to every run:
# C1 only and the serial collector cut start-up CPU time for a short single-threaded process.
set -euo pipefail

JAR=${SITEGEN_JAR:-$(cd "$(dirname "$0")/.." && pwd)/target/site-gen.jar}
ARCHIVE=${JAR%.jar}.jsa
read -r -a OPTS <<<"${SITEGEN_JAVA_OPTS--XX:TieredStopAtLevel=1 -XX:+UseSerialGC}"
# The JVM reports an unusable archive as a warning on stdout; falling back is the intended behaviour.
QUIET_CDS=-Xlog:cds=off,cds+dynamic=off

if [ -f "$ARCHIVE" ] && [ "$ARCHIVE" -nt "$JAR" ]; then
  exec java "${OPTS[@]}" "$QUIET_CDS" -XX:SharedArchiveFile="$ARCHIVE" -jar "$JAR" "$@"
fi
if [ "${1:-}" != build ]; then
  exec java "${OPTS[@]}" -jar "$JAR" "$@"
fi
# Record under a private name and rename, so concurrent first runs never read a half-written file.
tmp=$ARCHIVE.$$.tmp
status=0
java "${OPTS[@]}" "$QUIET_CDS" -XX:ArchiveClassesAtExit="$tmp" -jar "$JAR" "$@" || status=$?
if [ "$status" -eq 0 ] && [ -f "$tmp" ]; then mv -f "$tmp" "$ARCHIVE"; else rm -f "$tmp"; fi
exit "$status"
