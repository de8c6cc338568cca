#!/bin/bash
# routing-bench.sh - time the ACD's routing decisions on a floor of 2,000 agents and 200 queues (JMH).
#
#   contactcenter/bench/routing-bench.sh [quick|full] [BENCHMARK_REGEX]
#
#   full   (default) 1 fork, 3 warm-up iterations of 3 s, 5 measured of 3 s: about 3.5 minutes
#   quick  1 fork, 2 warm-up iterations of 1 s, 3 measured of 2 s: about a minute
#   BENCHMARK_REGEX  only the matching benchmarks, e.g. 'tick|Answers'
#
# Run from anywhere; it compiles the module's tests offline first and runs a copy of the classes. Prints the machine, JMH's
# report, then p50/p99/p99.9 per decision in microseconds; the full JMH result is kept in
# /tmp/infolinia-routing-bench.csv.
set -euo pipefail
MODE="${1:-full}"
FILTER="${2:-}"
case "$MODE" in
  full)  TIMES=(-f 1 -wi 3 -w 3s -i 5 -r 3s) ;;
  quick) TIMES=(-f 1 -wi 2 -w 1s -i 3 -r 2s) ;;
  *) echo "usage: $0 [quick|full] [BENCHMARK_REGEX]" >&2; exit 2 ;;
esac
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
CP_FILE=/tmp/infolinia-routing-bench.cp
CSV=/tmp/infolinia-routing-bench.csv
(cd "$HERE/.." && mvn -o -q -B -pl contactcenter test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE")
# a private copy of the classes: another build in the same checkout must not change them under a running fork
SNAPSHOT=/tmp/infolinia-routing-bench
rm -rf "$SNAPSHOT" && mkdir -p "$SNAPSHOT"
cp -r "$HERE/target/classes" "$SNAPSHOT/classes" && cp -r "$HERE/target/test-classes" "$SNAPSHOT/test-classes"
if [ ! -s "$SNAPSHOT/test-classes/META-INF/BenchmarkList" ]; then
  echo "no META-INF/BenchmarkList in target/test-classes: JMH's annotation processor did not run; rebuild the module" >&2
  exit 1
fi
CP="$SNAPSHOT/test-classes:$SNAPSHOT/classes:$(cat "$CP_FILE")"

echo "== machine"
echo "nproc: $(nproc)"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA_HOME/bin/java" -version 2>&1
echo "== jmh $MODE: ${TIMES[*]} -bm sample -tu us"

"$JAVA_HOME/bin/java" -cp "$CP" org.openjdk.jmh.Main "RoutingBenchmark\\..*${FILTER:+(${FILTER})}" \
    "${TIMES[@]}" -bm sample -tu us -rf csv -rff "$CSV"

echo "== per decision, microseconds"
# JMH's CSV names percentiles "Class.method:method·p0.50"; quoted fields hold no commas here
awk -F, '
  NR == 1 { next }
  { gsub(/"/, ""); split($1, parts, ":"); name = parts[1]; sub(/.*\./, "", name) }
  parts[2] == ""                 { order[++n] = name; samples[name] = $4 }
  parts[2] ~ /p0\.50$/           { p50[name] = $5 }
  parts[2] ~ /p0\.99$/           { p99[name] = $5 }
  parts[2] ~ /p0\.999$/          { p999[name] = $5 }
  END {
    printf "%-42s %10s %10s %10s %10s\n", "benchmark", "samples", "p50", "p99", "p99.9"
    for (i = 1; i <= n; i++) { b = order[i]; printf "%-42s %10s %10.1f %10.1f %10.1f\n", b, samples[b], p50[b], p99[b], p999[b] }
  }' "$CSV"
