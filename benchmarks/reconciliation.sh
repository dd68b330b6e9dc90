#!/usr/bin/env bash
# Reconciliation benchmark: loads 1,000,000 invoices with 2,000,000 payments and credit applications (and planted
# drifts) into the test database on PostgreSQL, times the hand-written set-based UPDATE of reconciliation-baseline.sql
# on them, then runs the nightly job on the test server and prints: its time, rows per second, each step's time, the
# recompute step against the UPDATE, the drifts found (must equal the planted ones) and the server's peak heap.
#
#   benchmarks/reconciliation.sh [invoices]
set -euo pipefail
cd "$(dirname "$0")/.."
for port in 8080 4848; do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && { echo "port $port is in use: stop the running portal first" >&2; exit 1; }
done
trap 'PORTAL_SERVER_DIR=$PWD/portal-it/target/server server-config/payara.sh stop >/dev/null 2>&1 || true' EXIT
mvn -B -q install -DskipTests -pl portal-ear -am >/dev/null
mvn -B verify -pl portal-it -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ReconciliationBenchmark \
    -Dfailsafe.failIfNoSpecifiedTests=false -Dbench.invoices="${1:-1000000}" | grep '\[reconciliation\]'
