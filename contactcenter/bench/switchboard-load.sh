#!/bin/bash
# switchboard-load.sh - many SIPp citizens at once through the demo hotline's IVR into its queue,
# answered by consultants' phones on a second engine; prints SIPp's result and the waits seen.
#
#   contactcenter/bench/switchboard-load.sh [CONCURRENT CALLS RATE_CPS CONSULTANTS HOLD_SECONDS]
#
#   defaults: 200 at once, 600 calls, 5 calls/s, 100 consultants, citizens stay 30 s after pressing 1
#   (they talk to a consultant for the rest of those 30 s, or abandon the queue when they run out).
# Needs sipp (Debian sip-tester) run as root or with CAP_NET_RAW (it replays RTP from pcaps).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
CP_FILE=/tmp/infolinia-switchboard-load.cp
(cd "$HERE/.." && mvn -o -q -B -pl contactcenter test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE")
echo "== machine"
echo "nproc: $(nproc); cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA_HOME/bin/java" -version 2>&1 | head -1
sipp -v 2>&1 | grep -m1 SIPp || true
cd "$HERE"
"$JAVA_HOME/bin/java" -Xmx2g -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" \
    pl.infolinia.contactcenter.switchboard.SwitchboardLoad "${1:-200}" "${2:-600}" "${3:-5}" "${4:-100}" "${5:-30}"
