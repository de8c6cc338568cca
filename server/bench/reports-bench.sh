#!/bin/bash
# reports-bench.sh - time the month's daily report and the consultant report on 1,000,000 events.
#
#   server/bench/reports-bench.sh [h2|postgres|both] [RUNS]
#   H2_URL_OPTIONS=';CACHE_SIZE=262144' server/bench/reports-bench.sh h2   (H2 with a 256 MB page cache)
#
# Loads a month of generated traffic (about 100,000 calls) into an H2 file database under
# /tmp (kept for the next run) and/or a throwaway PostgreSQL (tools/throwaway-postgres), with the server's migrations,
# then prints the time of each report run. Loading takes a minute or two per database.
set -euo pipefail
WHICH="${1:-both}"
RUNS="${2:-5}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
CP_FILE=/tmp/infolinia-reports-bench.cp
(cd "$ROOT" && mvn -o -q -B -pl server test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" ${MAVEN_REPO:+-Dmaven.repo.local=$MAVEN_REPO})
SNAPSHOT=/tmp/infolinia-reports-bench
rm -rf "$SNAPSHOT" && mkdir -p "$SNAPSHOT"
cp -r "$HERE/target/classes" "$SNAPSHOT/classes" && cp -r "$HERE/target/test-classes" "$SNAPSHOT/test-classes"
CP="$SNAPSHOT/test-classes:$SNAPSHOT/classes:$(cat "$CP_FILE")"

echo "== machine"
echo "nproc: $(nproc); cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); java: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"

run() {
  echo "== $1"
  "$JAVA_HOME/bin/java" -Xmx2g -cp "$CP" pl.infolinia.server.reporting.ReportBenchmark "$2" "$RUNS"
}

if [ "$WHICH" = h2 ] || [ "$WHICH" = both ]; then
  # an H2 file loaded by an earlier run is reused; remove /tmp/infolinia-reports-bench-h2 to load afresh
  run "H2${H2_URL_OPTIONS:+ ($H2_URL_OPTIONS)} $(ls "$(sed 's/:/\n/g' "$CP_FILE" | grep -m1 '/h2-')" 2>/dev/null | sed 's#.*/##')" \
      "jdbc:h2:file:/tmp/infolinia-reports-bench-h2/db;USER=sa;PASSWORD=${H2_URL_OPTIONS:-}"
fi
if [ "$WHICH" = postgres ] || [ "$WHICH" = both ]; then
  PG_DIR="$(mktemp -d /tmp/infolinia-reports-bench-pg.XXXXXX)"
  trap "\"$ROOT/tools/throwaway-postgres\" stop \"$PG_DIR\"" EXIT
  URL="$("$ROOT/tools/throwaway-postgres" start "$PG_DIR")"
  run "PostgreSQL $(ls /usr/lib/postgresql | sort -V | tail -1)" "$URL&reWriteBatchedInserts=true"
fi
