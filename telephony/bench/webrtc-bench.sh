#!/bin/bash
# webrtc-bench.sh - CALLS concurrent calls, each a SIPp citizen bridged to a browser phone over
# ICE-lite + DTLS-SRTP (simulated browsers in the engine's JVM), for SECONDS; prints CPU per call.
#
#   telephony/bench/webrtc-bench.sh CALLS SECONDS        e.g. 20 60
#
# Run on a quiet machine; it compiles the module first. Needs sipp (Debian sip-tester) and root
# or CAP_NET_RAW for its pcap replay. Engine stats go to bench-webrtc-engine.log, SIPp's to
# bench-webrtc-sipp.log; recordings to /tmp/infolinia-webrtc-bench.
set -euo pipefail
N="${1:?CALLS}" SECONDS_="${2:?SECONDS}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
KIT="$HERE/src/test/resources/sip-testkit"
PORT=25992
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
(cd "$HERE/.." && mvn -q -B -pl telephony test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/infolinia-webrtc-bench.cp)
CP="$HERE/target/classes:$HERE/target/test-classes:$(cat /tmp/infolinia-webrtc-bench.cp)"
REC=/tmp/infolinia-webrtc-bench; rm -rf "$REC"
"$JAVA_HOME/bin/java" -Xmx1g -cp "$CP" pl.infolinia.telephony.webrtc.WebRtcBench "$PORT" "$N" "$REC" > bench-webrtc-engine.log 2>&1 &
ENGINE=$!
trap 'kill $ENGINE 2>/dev/null || true' EXIT
for _ in $(seq 50); do grep -q "bench engine" bench-webrtc-engine.log 2>/dev/null && break; sleep 0.2; done
START=$(date +%s)
sipp "127.0.0.1:$PORT" -sf "$KIT/scenarios/caller-load.xml" -inf "$KIT/scenarios/callers.csv" \
     -i 127.0.0.1 -mi 127.0.0.1 -p 25993 -mp 24100 -rtp_echo -s 800 -r 10 -l "$N" -m "$N" -d $((SECONDS_ * 1000)) \
     -nostdin -timeout $((SECONDS_ * 3 + 60)) -trace_err > bench-webrtc-sipp.log 2>&1 || echo "sipp exit $?"
echo "elapsed $(( $(date +%s) - START )) s"
grep -E "Successful call|Failed call" bench-webrtc-sipp.log | tail -2 || true
# the steady state: samples with all legs up
grep -E "^browser_legs=$N " bench-webrtc-engine.log | awk '{print}' | tail -5
ls "$REC" | wc -l | sed 's/^/recordings: /'
