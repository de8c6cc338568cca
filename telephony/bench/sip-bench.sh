#!/bin/bash
# sip-bench.sh - drive the telephony engine with SIPp on loopback and print what it sustains.
#
#   telephony/bench/sip-bench.sh rate RATE SECONDS        call set-up: RATE calls/s of 1 s each
#   telephony/bench/sip-bench.sh concurrent CALLS SECONDS  CALLS recorded calls of SECONDS each
#   BENCH_JAVA_OPTS="-XX:+UseG1GC" telephony/bench/sip-bench.sh ...  the same with other JVM options
#                                   (unset: -XX:+UseShenandoahGC, as the infolinia launcher runs it)
#
# Run from anywhere; it compiles the module first. Needs sipp (Debian
# sip-tester) and root or CAP_NET_RAW for its pcap replay. Engine stats (media clock p99,
# heap, CPU) go to bench-engine.log, SIPp's to the console; recordings to /tmp/infolinia-bench.
set -euo pipefail
MODE="${1:?rate|concurrent}" N="${2:?}" SECONDS_="${3:?}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
KIT="$HERE/src/test/resources/sip-testkit"
PORT=25990
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
(cd "$HERE/.." && mvn -q -B -pl telephony test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/infolinia-bench.cp)
CP="$HERE/target/classes:$HERE/target/test-classes:$(cat /tmp/infolinia-bench.cp)"
REC=/tmp/infolinia-bench; rm -rf "$REC"
# BENCH_JAVA_OPTS: JVM options for the engine, e.g. "-XX:+UseG1GC" to compare collectors
# shellcheck disable=SC2086
"$JAVA_HOME/bin/java" -Xmx1g ${BENCH_JAVA_OPTS-"-XX:+UseShenandoahGC"} -cp "$CP" pl.infolinia.telephony.sip.SipBench "$PORT" "$REC" "$KIT/audio" > bench-engine.log 2>&1 &
ENGINE=$!
trap 'kill $ENGINE 2>/dev/null || true' EXIT
for _ in $(seq 50); do grep -q "bench engine" bench-engine.log 2>/dev/null && break; sleep 0.2; done
if [ "$MODE" = rate ]; then
  ARGS=(-r "$N" -l $((N * 3)) -m $((N * SECONDS_)) -d 1000)
else
  ARGS=(-r 50 -l "$N" -m "$N" -d $((SECONDS_ * 1000)))
fi
START=$(date +%s)
sipp "127.0.0.1:$PORT" -sf "$KIT/scenarios/caller-load.xml" -inf "$KIT/scenarios/callers.csv" \
     -i 127.0.0.1 -mi 127.0.0.1 -p 25991 -mp 24000 -rtp_echo -s 800 "${ARGS[@]}" \
     -nostdin -timeout $((SECONDS_ * 3 + 60)) -trace_err -trace_stat -fd 5 -stf bench-sipp.csv > bench-sipp.log 2>&1 || echo "sipp exit $?"
echo "elapsed $(( $(date +%s) - START )) s"
grep -E "Successful call|Failed call|Total Call created" bench-sipp.log | tail -3 || true
grep -E "^up=" bench-engine.log | sort -t= -k4 -n | tail -1 | sed 's/^/worst tick p99 sample: /'
tail -1 bench-engine.log
ls "$REC" | wc -l | sed 's/^/recordings: /'
