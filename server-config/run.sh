#!/usr/bin/env bash
# The README's run command: builds the portal, provisions Payara Server 6 from Maven Central, starts it
# on the embedded H2 database with demo data, deploys, and prints the URL and the demo logins. Stays in
# the foreground; Ctrl-C (or SIGTERM) stops the server. Running it again reuses the server and the data.
#
# PostgreSQL instead of H2:  PORTAL_DB_URL=jdbc:postgresql://127.0.0.1:5432/portal PORTAL_DB_USER=postgres server-config/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '[portal] %s\n' "$*" >&2; }
command -v mvn >/dev/null || { say "ERROR: Maven (mvn) and a Java 17 JDK are needed: apt-get install -y maven openjdk-17-jdk"; exit 1; }

say "Building (the first build downloads the dependencies and Payara Server, about 200 MB)"
mvn -B -q -DskipTests package -pl portal-ear,server-config -am

export PORTAL_SETTINGS=${PORTAL_SETTINGS:-$PWD/server-config/demo.properties}
server-config/payara.sh provision
server-config/payara.sh start

stopped=
stop_server() {
    [[ -n "$stopped" ]] && return
    stopped=yes
    server-config/payara.sh stop
}
trap stop_server EXIT
trap 'exit 130' INT TERM

server-config/payara.sh deploy portal-ear/target/portal.ear

cat <<TEXT

Portal ready at http://localhost:8080/portal/

  Customer (primary contact):  pat.primary@example.com   / Portal-demo-1
  Customer (billing contact):  bill.billing@example.com  / Portal-demo-1
  Staff admin:                 admin@example.com         / Portal-demo-1

  Mails (e.g. password reset links) are not sent: the staff admin sees them at
  http://localhost:8080/portal/staff/outbox.xhtml
  Server log: $(server-config/payara.sh log)
  Payara admin console: http://127.0.0.1:4848 (this machine only), user admin, password in
  ${PORTAL_SERVER_DIR:-server-config/runtime}/admin-password
  Press Ctrl-C to stop the server.

TEXT

pid_file=$(dirname "$(server-config/payara.sh log)")/../config/pid
while kill -0 "$(cat "$pid_file" 2>/dev/null)" 2>/dev/null; do
    sleep 2
done
say "The server has stopped"
