#!/usr/bin/env bash
# Times whole cold builds of site-gen (JVM start included) next to the Hugo twin, in one session.
#
#   bench/run.sh                      scale 1: the real digest (content/)
#   SCALES="1 10 50" bench/run.sh     also 10x and 50x synthetic digests (distinct papers, see
#                                     src/jmh/java/dev/sitegen/bench/SyntheticDigest.java)
# Environment (all optional):
#   RUNS=5        timed runs per destination (hyperfine also does 1 warmup run)
#   SEED=42       seed of the synthetic digests
#   JAVA_OPTS=    JVM flags for site-gen; unset: bin/site-gen's flags, as a user runs it; set but
#                 empty (JAVA_OPTS=): the JVM's defaults, as plain `java -jar` runs it
#   JAR=target/site-gen.jar   SKIP_BUILD=1 uses an existing jar instead of `mvn package`
#   SKIP_HUGO=1   time site-gen only
#   CDS=1         record an AppCDS archive with one scale-1 build first, then time every build
#                 with -XX:SharedArchiveFile (what bench/site-gen-cds.sh does); compare with CDS unset
#   LIVE=0        skip the warm in-process rebuild (serve after editing one paper, 40 edits; needs
#                 target/test-classes, where `mvn package` compiles src/jmh/java, for dev.sitegen.bench.LiveRebuildBench)
#   WARM=0        skip the warm in-process full build (the whole build command run 30 times in one JVM,
#                 median of the last 15: the floor a cold build could reach with no JIT warm-up at all;
#                 dev.sitegen.bench.WarmBuildBench, also from target/test-classes)
#   PROFILE=1     also: JVM start alone (java -version, site-gen --help) and one JFR-recorded build per scale,
#                 printed as top frames and samples per pipeline stage (bench/jfr_summary.py)
# For each scale: one `/usr/bin/time -v` build (smoke test + peak RSS), then hyperfine of
# `java -jar site-gen.jar build --content DIR --out OUT` to the local disk and to /dev/shm, then
# ../shared/bench/hugo-twin/run.sh on the SAME digest. Ends with a table (medians, seconds).
# Raw results (hyperfine JSON, logs, JFR files): target/bench/<UTC time>/.
# Needs: java 17, mvn, python3, and `apt-get install -y hyperfine hugo time`.
# Numbers from a shared or busy machine are noisy: compare ratios from the same session only.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
HUGO_TWIN=$REPO/../shared/bench/hugo-twin/run.sh
SCALES=${SCALES:-1}
RUNS=${RUNS:-5}
SEED=${SEED:-42}
JAVA_OPTS=${JAVA_OPTS-$(sed -n 's/^FLAGS="\(.*\)"$/\1/p' "$REPO/bin/site-gen")}
JAR=${JAR:-$REPO/target/site-gen.jar}
DIGEST_NAME=iclr2026-llm.txt

missing=()
for tool in java python3 hyperfine; do command -v "$tool" >/dev/null || missing+=("$tool"); done
[ -x /usr/bin/time ] || missing+=("/usr/bin/time (package: time)")
[ -n "${SKIP_BUILD:-}" ] || command -v mvn >/dev/null || missing+=(mvn)
if [ -z "${SKIP_HUGO:-}" ]; then
  command -v hugo >/dev/null || missing+=(hugo)
  [ -x "$HUGO_TWIN" ] || missing+=("$HUGO_TWIN (clone shared/ beside the repo, or SKIP_HUGO=1)")
fi
if [ -n "${PROFILE:-}" ]; then command -v jfr >/dev/null || missing+=("jfr (a full JDK)"); fi
if [ ${#missing[@]} -gt 0 ]; then
  printf 'bench/run.sh needs: %s\n  e.g. apt-get install -y hyperfine hugo time\n' "${missing[*]}" >&2
  exit 2
fi

RESULTS=$REPO/target/bench/$(date -u +%Y%m%dT%H%M%SZ)
WORK=$(mktemp -d /tmp/sitegen-bench.XXXXXX)
SHM_OUT=/dev/shm/sitegen-bench-out.$$
trap 'rm -rf "$WORK" "$SHM_OUT"' EXIT
mkdir -p "$RESULTS"

cd "$REPO"
if [ -z "${SKIP_BUILD:-}" ]; then
  echo "== mvn -q -DskipTests package"
  mvn -q -DskipTests package
fi
[ -f "$JAR" ] || { echo "no jar at $JAR" >&2; exit 1; }

# The generator is test code (JDK only): compiled classes after `mvn package`, else source launch.
generate() {
  if [ -f target/test-classes/dev/sitegen/bench/SyntheticDigest.class ]; then
    java -cp target/test-classes dev.sitegen.bench.SyntheticDigest "$@"
  else
    java src/jmh/java/dev/sitegen/bench/SyntheticDigest.java "$@"
  fi
}

# A content dir for scale N: the digest under its usual name plus the site's config files.
content_dir() {
  local scale=$1 dir=$WORK/content-x$1
  if [ "$scale" = 1 ]; then echo "$REPO/content"; return; fi
  mkdir -p "$dir"
  generate "content/$DIGEST_NAME" "$scale" "$dir/$DIGEST_NAME" "$SEED" >&2
  for f in site.yml tag-aliases.yml; do [ -f "content/$f" ] && cp "content/$f" "$dir/"; done
  echo "$dir"
}

# Passes --export-json to the hyperfine that the Hugo twin's run.sh calls, so its median is known.
SHIM=$WORK/shim
mkdir -p "$SHIM"
printf '#!/bin/sh\nexec %s --export-json "$HUGO_JSON" "$@"\n' "$(command -v hyperfine)" >"$SHIM/hyperfine"
chmod +x "$SHIM/hyperfine"

if [ -n "${CDS:-}" ]; then
  echo "== recording the AppCDS archive (one scale-1 build)"
  java $JAVA_OPTS -Xlog:cds=off,cds+dynamic=off -XX:ArchiveClassesAtExit="$WORK/site-gen.jsa" \
    -jar "$JAR" build --content "$REPO/content" --out "$WORK/out" >/dev/null
  JAVA_OPTS="$JAVA_OPTS -Xlog:cds=off,cds+dynamic=off -XX:SharedArchiveFile=$WORK/site-gen.jsa"
fi
SITEGEN="java $JAVA_OPTS -jar $JAR build"
echo "java: $(java -version 2>&1 | head -1); JAVA_OPTS='$JAVA_OPTS'; runs: $RUNS; results: $RESULTS"

if [ -n "${PROFILE:-}" ]; then
  echo "== JVM start alone"
  # -i: a jar whose Main rejects --help still starts the JVM and loads the Main class.
  hyperfine --style basic --runs 10 --warmup 1 -i --export-json "$RESULTS/jvm-start.json" \
    -n 'java -Xshare:auto -version' 'java -Xshare:auto -version' \
    -n 'site-gen --help' "java $JAVA_OPTS -jar $JAR --help"
fi

for scale in $SCALES; do
  content=$(content_dir "$scale")
  digest=$content/$DIGEST_NAME
  grep -c '^查看完整摘要 (Abstract)$' "$digest" >"$RESULTS/papers-x$scale.txt"
  echo "== scale $scale: $(cat "$RESULTS/papers-x$scale.txt") papers ($digest)"

  # One extra run: fails fast if the build is broken, and measures peak RSS.
  rm -rf "$WORK/out"
  if ! /usr/bin/time -v $SITEGEN --content "$content" --out "$WORK/out" \
      >"$RESULTS/build-x$scale.log" 2>"$RESULTS/time-x$scale.txt"; then
    echo "site-gen build failed at scale $scale; output:" >&2
    tail -n 20 "$RESULTS/build-x$scale.log" >&2
    sed '/Command being timed/,$d' "$RESULTS/time-x$scale.txt" | tail -n 20 >&2
    exit 1
  fi
  grep 'Maximum resident set size' "$RESULTS/time-x$scale.txt"
  echo "files written: $(find "$WORK/out" -type f | wc -l)"

  hyperfine --style basic --runs "$RUNS" --warmup 1 --export-json "$RESULTS/sitegen-x$scale.json" \
    --prepare "rm -rf $WORK/out" -n "site-gen (disk)" "$SITEGEN --content $content --out $WORK/out" \
    --prepare "rm -rf $SHM_OUT" -n "site-gen (memory)" "$SITEGEN --content $content --out $SHM_OUT"

  if [ -z "${SKIP_HUGO:-}" ]; then
    HUGO_JSON=$RESULTS/hugo-x$scale.json PATH=$SHIM:$PATH "$HUGO_TWIN" "$digest" "$RUNS"
  fi

  if [ -n "${PROFILE:-}" ]; then
    jfr_file=$RESULTS/build-x$scale.jfr
    echo "== JFR profile of one build at scale $scale ($jfr_file)"
    rm -rf "$WORK/out"
    java $JAVA_OPTS -XX:FlightRecorderOptions:stackdepth=256 \
      -XX:StartFlightRecording=filename="$jfr_file",settings=profile \
      -jar "$JAR" build --content "$content" --out "$WORK/out" >"$RESULTS/jfr-x$scale.log" 2>&1
    jfr print --events jdk.ExecutionSample --stack-depth 256 "$jfr_file" \
      | python3 "$REPO/bench/jfr_summary.py"
  fi
done

if [ "${LIVE:-1}" != 0 ] && [ -f target/test-classes/dev/sitegen/bench/LiveRebuildBench.class ]; then
  echo "== warm in-process rebuild: serve after editing one paper of content/ (40 edits)"
  java $JAVA_OPTS -cp "$JAR:target/test-classes" dev.sitegen.bench.LiveRebuildBench "$REPO/content" 40 \
    | tee "$RESULTS/live-rebuild.txt" | tail -n 1
fi

if [ "${WARM:-1}" != 0 ] && [ -f target/test-classes/dev/sitegen/bench/WarmBuildBench.class ]; then
  echo "== warm in-process full build of content/ (30 runs in one JVM; median of the last 15)"
  java $JAVA_OPTS -cp "$JAR:target/test-classes" dev.sitegen.bench.WarmBuildBench "$REPO/content" 30 "$SHM_OUT-warm" \
    | tee "$RESULTS/warm-build.txt" | tail -n 1
  rm -rf "$SHM_OUT-warm"
fi

echo "== summary (seconds; ratio = site-gen / hugo, same destination)"
python3 "$REPO/bench/table.py" "$RESULTS" $SCALES
