#!/usr/bin/env bash
# The app server the integration tests (portal-it) run against: Payara Server (or WildFly with PORTAL_SERVER=wildfly)
# on PostgreSQL, on a database of its own that starts empty each run. Called by Maven around the integration-test phase.
#   test-server.sh start | stop
set -euo pipefail
umask 077
here=$(cd "$(dirname "$0")" && pwd)
db=${PORTAL_TEST_DB:-portal_test}
export PORTAL_SERVER_DIR=${PORTAL_SERVER_DIR:?set PORTAL_SERVER_DIR}
export PORTAL_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db
export PORTAL_DB_USER=postgres
export PORTAL_SETTINGS=$here/test.properties
server=$here/${PORTAL_SERVER:-payara}.sh

case "${1:-}" in
    start)
        psql "host=127.0.0.1 port=5432 user=postgres dbname=postgres" -v ON_ERROR_STOP=1 -q \
            -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db" \
            || { echo "[portal] ERROR: cannot reach PostgreSQL at 127.0.0.1:5432 as user postgres (see server-config/test.sh)" >&2; exit 1; }
        "$server" provision
        "$server" start
        "$server" undeploy
        # Arquillian deploys as the admin: its settings, on the tests' class path (see portal-it/pom.xml)
        mkdir -p "$PORTAL_SERVER_DIR/arquillian"
        if [[ "${PORTAL_SERVER:-payara}" == wildfly ]]; then
            printf 'arq.container.wildfly.configuration.password=%s\n' "$(cat "$PORTAL_SERVER_DIR/wildfly-admin-password")"
        else
            printf 'arq.container.payara.configuration.adminUser=admin\narq.container.payara.configuration.adminPassword=%s\n' \
                "$(sed -n 's/^AS_ADMIN_PASSWORD=//p' "$PORTAL_SERVER_DIR/admin-password")"
        fi > "$PORTAL_SERVER_DIR/arquillian/arquillian.properties"
        ;;
    stop)
        "$server" stop
        ;;
    *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
