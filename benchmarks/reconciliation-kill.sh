#!/usr/bin/env bash
# Kill test of the nightly job: on 1,000,000 invoices (benchmarks/reconciliation-data.sql, PostgreSQL), the job is
# started by its timer, Payara is killed (kill -9) while the job settles bank payments, Payara is started again and the
# timer starts the job again. Prints what the run did before and after, and checks that it is the same run, completed,
# with every pending payment settled exactly once and every planted drift fixed. Stops what it starts.
# On WildFly (PORTAL_SERVER=wildfly) the job repository is in memory: the run is taken over from its first step.
#
#   [PORTAL_SERVER=wildfly] benchmarks/reconciliation-kill.sh
set -euo pipefail
cd "$(dirname "$0")/.."
server=server-config/${PORTAL_SERVER:-payara}.sh
for port in 8080 4848 9990; do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && { echo "port $port is in use: stop the running portal first" >&2; exit 1; }
done
say() { printf '[kill] %s\n' "$*"; }
sql() { psql "host=127.0.0.1 port=5432 user=postgres dbname=portal_kill" -X -q -t -A -v ON_ERROR_STOP=1 -c "$1"; }
export PORTAL_SERVER_DIR=$PWD/benchmarks/target/server-kill
export PORTAL_DB_URL=jdbc:postgresql://127.0.0.1:5432/portal_kill PORTAL_DB_USER=postgres
export PORTAL_RECONCILIATION_STALE_MINUTES=1
stop_all() {
    $server stop >/dev/null 2>&1 || true
    kill_server 2>/dev/null || true
    psql "host=127.0.0.1 port=5432 user=postgres dbname=postgres" -X -q -c "DROP DATABASE IF EXISTS portal_kill" 2>/dev/null || true
}
kill_server() { pkill -9 -f "$PORTAL_SERVER_DIR/(payara6/glassfish|wildfly/jboss-modules)"; }
trap stop_all EXIT
# a minute for the timer, far enough ahead for Payara to start and deploy first (server time is this machine's)
in_a_while() { date -d "+${1} seconds" +%H:%M; }
wait_for() { # sql expected timeout-seconds
    for _ in $(seq 1 $((${3} * 5))); do [[ "$(sql "$1")" == "$2" ]] && return 0; sleep 0.2; done
    say "gave up waiting for: $1 = $2 (is $(sql "$1"))"; exit 1
}

mvn -B -q install -DskipTests -pl portal-ear,server-config -am -Dportal.server="${PORTAL_SERVER:-payara}" >/dev/null
psql "host=127.0.0.1 port=5432 user=postgres dbname=postgres" -X -q -c "DROP DATABASE IF EXISTS portal_kill" -c "CREATE DATABASE portal_kill"
rm -rf "$PORTAL_SERVER_DIR"
$server provision >/dev/null
PORTAL_RECONCILIATION_TIME=off $server start >/dev/null
$server deploy portal-ear/target/portal.ear >/dev/null
say "loading 1,000,000 invoices"
psql "host=127.0.0.1 port=5432 user=postgres dbname=portal_kill" -X -q -v ON_ERROR_STOP=1 -v invoices=1000000 -v drifts=1000 \
    -v overapplied=100 -f benchmarks/reconciliation-data.sql
sql "INSERT INTO sandbox_token (token, method_type, brand, last_four, account_type, behaviour, created_at)
     VALUES ('bench-ach', 'ACH', 'First Community Bank', '6789', 'checking', 'ACH_SETTLES', now())"
sql "INSERT INTO sandbox_charge (reference, token, idempotency_key, amount, refunded, status, created_at)
     SELECT gateway_reference, 'bench-ach', idempotency_key, principal, 0, 'PENDING', created_at FROM payment WHERE status = 'PENDING'"
pending=$(sql "SELECT COUNT(*) FROM payment WHERE status = 'PENDING'")
say "$pending bank payments pending"

kill_server || true; sleep 2
at=$(in_a_while 150)
say "starting the server with the nightly job at $at"
PORTAL_RECONCILIATION_TIME=$at $server start >/dev/null
wait_for "SELECT COUNT(*) > 0 FROM audit_event WHERE action = 'PAYMENT_SETTLED'" t 300
run=$(sql "SELECT id FROM reconciliation_run ORDER BY id DESC LIMIT 1")
kill_server
settled_before=$(sql "SELECT COUNT(*) FROM audit_event WHERE action = 'PAYMENT_SETTLED'")
say "killed the server (kill -9) in step $(sql "SELECT current_step FROM reconciliation_run WHERE id = $run") of run $run: $settled_before of $pending payments settled"

sleep 61   # older than portal.reconciliation.stale-minutes: the dead run may be taken over
at=$(in_a_while 150)
say "starting the server again with the nightly job at $at"
PORTAL_RECONCILIATION_TIME=$at $server start >/dev/null
wait_for "SELECT status FROM reconciliation_run WHERE id = $run" COMPLETED 300
say "run $run: $(sql "SELECT status || ', ' || payments_settled || ' settled, ' || invoices_fixed || ' invoices fixed, ' || credits_reported || ' credits reported; steps: ' || step_times FROM reconciliation_run WHERE id = $run")"
say "runs in all: $(sql "SELECT COUNT(*) FROM reconciliation_run")"
settled=$(sql "SELECT COUNT(*) FROM audit_event WHERE action = 'PAYMENT_SETTLED'")
distinct=$(sql "SELECT COUNT(DISTINCT target_id) FROM audit_event WHERE action = 'PAYMENT_SETTLED'")
still=$(sql "SELECT COUNT(*) FROM payment WHERE status = 'PENDING'")
drifting=$(sql "SELECT COUNT(*) FROM reconciliation_finding WHERE kind = 'INVOICE_BALANCE'")
distinct_drifts=$(sql "SELECT COUNT(DISTINCT record_id) FROM reconciliation_finding WHERE kind = 'INVOICE_BALANCE'")
say "settlements recorded: $settled for $distinct payments (of $pending pending); still pending: $still"
say "invoice drifts reported: $drifting for $distinct_drifts invoices (planted 1000)"
[[ "$settled" == "$pending" && "$distinct" == "$pending" && "$still" == 0 && "$distinct_drifts" == 1000 && "$drifting" == 1000 ]] \
    && say "OK: the killed run was resumed and finished, nothing done twice, nothing lost" || { say "FAILED"; exit 1; }
