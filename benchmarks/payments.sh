#!/usr/bin/env bash
# Payments benchmark: how many payments the pay service takes on PostgreSQL with the sandbox gateway, over HTTP with
# signed-in sessions: 12 threads each paying its own customer's invoices, 10 threads paying one invoice (each attempt
# its own), and 10 threads sending the same attempt at once. Prints payments/s, p50/p99 and the gateway charges per
# attempt (must be one each). Uses the test server and database (PostgreSQL on 127.0.0.1:5432, as the tests do).
#
#   benchmarks/payments.sh
set -euo pipefail
cd "$(dirname "$0")/.."
for port in 8080 4848; do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && { echo "port $port is in use: stop the running portal first" >&2; exit 1; }
done
trap 'PORTAL_SERVER_DIR=$PWD/portal-it/target/server server-config/payara.sh stop >/dev/null 2>&1 || true' EXIT
mvn -B -q install -DskipTests -pl portal-ear -am >/dev/null
mvn -B verify -pl portal-it -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=PaymentsBenchmark -Dfailsafe.failIfNoSpecifiedTests=false \
    | grep '\[payments\]'
