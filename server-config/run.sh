#!/usr/bin/env bash
# The README's run command: builds the portal, provisions Payara Server 6 from Maven Central, starts it
# on the embedded H2 database with demo data, deploys, and prints the URL and the demo logins. Stays in
# the foreground; Ctrl-C (or SIGTERM) stops the server. Running it again reuses the server and the data.
#
# PostgreSQL instead of H2:  PORTAL_DB_URL=jdbc:postgresql://127.0.0.1:5432/portal PORTAL_DB_USER=postgres server-config/run.sh
# WildFly 39 instead of Payara:  PORTAL_SERVER=wildfly server-config/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '[portal] %s\n' "$*" >&2; }
command -v mvn >/dev/null || { say "ERROR: Maven (mvn) and a Java 17 JDK are needed: apt-get install -y maven openjdk-17-jdk"; exit 1; }
server=${PORTAL_SERVER:-payara}
case "$server" in
    payara) name="Payara Server" size=200 ;;
    wildfly) name=WildFly size=300 ;;
    *) say "ERROR: PORTAL_SERVER is payara (the default) or wildfly, not \"$server\""; exit 1 ;;
esac
script=server-config/$server.sh

say "Building (the first build downloads the dependencies and $name, about $size MB)"
mvn -B -q -DskipTests package -pl portal-ear,server-config -am -Dportal.server="$server"

export PORTAL_SETTINGS=${PORTAL_SETTINGS:-$PWD/server-config/demo.properties}
$script provision

stopped=
stop_server() {
    [[ -n "$stopped" ]] && return
    stopped=yes
    $script stop
}
trap stop_server EXIT
trap 'exit 130' INT TERM

$script start

$script deploy portal-ear/target/portal.ear

runtime=${PORTAL_SERVER_DIR:-server-config/runtime}
if [[ $server == wildfly ]]; then
    admin="WildFly management console: http://127.0.0.1:9990 (this machine only), user admin, password in
  $runtime/wildfly-admin-password"
else
    admin="Payara admin console: http://127.0.0.1:4848 (this machine only), user admin, password in
  $runtime/admin-password"
fi

cat <<TEXT

Portal ready at http://localhost:8080/portal/

  Customer (primary contact):  pat.primary@example.com   / Portal-demo-1
  Customer (billing contact):  bill.billing@example.com  / Portal-demo-1
  Staff admin:                 admin@example.com         / Portal-demo-1

  Mails (e.g. password reset links) are not sent: the staff admin sees them at
  http://localhost:8080/portal/staff/outbox.xhtml
  Server log: $($script log)
  $admin
  Press Ctrl-C to stop the server.

TEXT

pid_file=$($script pid-file)
while kill -0 "$(cat "$pid_file" 2>/dev/null)" 2>/dev/null; do
    sleep 2
done
say "The server has stopped"
