#!/usr/bin/env bash
# The README's test command: every test. Unit tests, the architecture test, then integration tests that
# deploy the EAR to a real Payara Server on the real PostgreSQL (127.0.0.1:5432, user postgres), catch
# mail with GreenMail and drive pages in headless Chromium. Installs what is missing (as root, with apt).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '[portal] %s\n' "$*" >&2; }
die() { say "ERROR: $*"; exit 1; }
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
can_apt() { [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; }

ensure_postgresql() {
    pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null && return
    if ! command -v pg_ctlcluster >/dev/null; then
        can_apt || die "PostgreSQL is not running on 127.0.0.1:5432. Install and start it (apt-get install -y postgresql), with trust authentication for user postgres on 127.0.0.1."
        say "Installing PostgreSQL"
        apt-get install -y -q postgresql >/dev/null
        local version; version=$(ls /etc/postgresql | sort -V | tail -n 1)
        # the tests connect as postgres without a password, like on the build machines
        sed -i '1i host all postgres 127.0.0.1/32 trust' "/etc/postgresql/$version/main/pg_hba.conf"
    fi
    local version; version=$(ls /etc/postgresql | sort -V | tail -n 1)
    say "Starting PostgreSQL $version"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && return; sleep 1; done
    die "PostgreSQL did not start on 127.0.0.1:5432"
}

ensure_chromium() {
    command -v chromium >/dev/null && command -v chromedriver >/dev/null && return
    can_apt || die "The browser tests need Chromium and its driver: apt-get install -y chromium chromium-driver"
    say "Installing Chromium and ChromeDriver for the browser tests"
    apt-get update -q >/dev/null || true
    apt-get install -y -q chromium chromium-driver >/dev/null
}

command -v mvn >/dev/null || die "Maven (mvn) and a Java 17 JDK are needed: apt-get install -y maven openjdk-17-jdk"
ensure_postgresql
ensure_chromium
for port in 8080 4848 9990 3025; do
    port_in_use $port && die "port $port is in use: stop the running portal (Ctrl-C in its terminal) or other server first"
done

# If Maven is interrupted between starting and stopping the test server, stop it here.
stop_test_servers() {
    for server in payara wildfly; do
        PORTAL_SERVER_DIR=$PWD/portal-it/target/server server-config/$server.sh stop >/dev/null 2>&1 || true
    done
}
trap stop_test_servers EXIT

mvn -B verify "$@"

# sign-in and roles, readiness, access, the hardened server, the first admin from the settings file, payments, PDFs,
# the batch job and its mail, the API (with mail, and pages in Chromium), many sessions at once
wildfly_tests=SignInIT,AccessIT,ServerHardeningIT,FirstAdminIT,PaymentsIT,InvoiceDocumentsIT,ReconciliationIT,ApiIT,SessionLoadIT
say "Again on WildFly: $wildfly_tests"
mvn -B verify -Dportal.server=wildfly -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test="$wildfly_tests" "$@"
