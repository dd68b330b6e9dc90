#!/usr/bin/env bash
# Figures for the foundation: how long the run command takes to a ready portal (fresh provisioning and
# reuse), how much heap the idle server uses with the demo data loaded, how fast Home answers, and
# (with --tests) how long the test command takes. Prints the figures; stops every server it starts.
#   benchmarks/foundation.sh [--tests]
#   PORTAL_SERVER=wildfly benchmarks/foundation.sh      the same on WildFly (the run command's PORTAL_SERVER)
set -euo pipefail
cd "$(dirname "$0")/.."
server=${PORTAL_SERVER:-payara}

log=$(mktemp)
run_pid=
cleanup() {
    if [[ -n "$run_pid" ]] && kill -0 "$run_pid" 2>/dev/null; then
        kill -TERM "$run_pid"; wait "$run_pid" || true
    fi
    rm -f "$log"
}
trap cleanup EXIT

# Starts the run command in the background; sets $elapsed to the seconds until "Portal ready".
start_portal() {
    local started=$SECONDS
    server-config/run.sh >"$log" 2>&1 &
    run_pid=$!
    until grep -q "Portal ready at" "$log"; do
        kill -0 "$run_pid" 2>/dev/null || { cat "$log" >&2; echo "run command failed" >&2; exit 1; }
        sleep 0.5
    done
    elapsed=$((SECONDS - started))
}

stop_portal() {
    kill -TERM "$run_pid"; wait "$run_pid" || true
    run_pid=
}

mvn -B -q -DskipTests package -pl portal-ear,server-config -am -Dportal.server="$server"   # warm Maven cache and build, not counted

rm -rf server-config/runtime
start_portal
fresh=$elapsed
stop_portal
start_portal
again=$elapsed

pid=$(cat "$(server-config/$server.sh pid-file)")
sleep 5
jcmd "$pid" GC.run >/dev/null
sleep 2
heap=$(jcmd "$pid" GC.heap_info | grep -Eo 'used [0-9]+K' | head -n 1 | grep -Eo '[0-9]+')
rss=$(grep VmRSS "/proc/$pid/status" | grep -Eo '[0-9]+')

jar=$(mktemp)
page=$(curl -s -c "$jar" -b "$jar" http://localhost:8080/portal/login.xhtml)
view_state=$(grep -o 'name="jakarta.faces.ViewState" id="[^"]*" value="[^"]*"' <<<"$page" | sed 's/.*value="//;s/"$//')
nonce=$(grep -o "csp.init('[^']*')" <<<"$page" | sed "s/csp.init('//;s/')//")
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "signIn=signIn" --data-urlencode "signIn:email=pat.primary@example.com" \
    --data-urlencode "signIn:password=Portal-demo-1" --data-urlencode "signIn:signInButton=" \
    --data-urlencode "jakarta.faces.ViewState=$view_state" --data-urlencode "primefaces.nonce=$nonce" http://localhost:8080/portal/login.xhtml
for _ in $(seq 1 10); do curl -s -o /dev/null -b "$jar" http://localhost:8080/portal/; done   # warm-up
home_ms=$(for _ in $(seq 1 50); do curl -s -o /dev/null -b "$jar" -w '%{time_total}\n' http://localhost:8080/portal/; done \
    | sort -n | awk '{a[NR]=$1} END {printf "%.1f / %.1f", a[int(NR*0.5)]*1000, a[int(NR*0.95)]*1000}')
rm -f "$jar"
stop_portal

echo "On $server:"
echo "Run command to 'Portal ready', fresh provisioning (warm Maven cache): ${fresh} s"
echo "Run command to 'Portal ready', reusing the server and data:           ${again} s"
echo "Idle server with demo data, heap used after a full GC:                $((heap / 1024)) MiB (resident $((rss / 1024)) MiB)"
echo "Home page for pat.primary, median / 95th percentile of 50 requests:   ${home_ms} ms"
left=$(pgrep -f 'glassfish.jar|jboss-modules.jar' || true)
echo "App server processes left after Ctrl-C:                               ${left:-none}"

if [[ "${1:-}" == "--tests" ]]; then
    started=$SECONDS
    server-config/test.sh >/dev/null 2>&1 && result=passed || result=FAILED
    echo "Test command (warm Maven cache): $((SECONDS - started)) s, $result"
fi
