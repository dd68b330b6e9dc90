#!/usr/bin/env bash
# Provisions, configures, starts and stops the WildFly server that runs the portal: the same commands as payara.sh.
#
#   wildfly.sh provision   unpack WildFly from server-config/target/wildfly.zip (fetched from Maven Central by
#                          `mvn package -Dportal.server=wildfly`) and configure it offline with jboss-cli: EclipseLink,
#                          the datasource, portal settings, MicroProfile Health and OpenAPI, cookies, the admin user.
#                          Done again, from a fresh unpack, whenever the zip, this script or the settings change.
#   wildfly.sh start       start the server (refuses when the ports are taken)
#   wildfly.sh deploy EAR  deploy (or redeploy) the portal and wait until it answers
#   wildfly.sh undeploy    undeploy it
#   wildfly.sh stop        undeploy the portal and stop the server
#   wildfly.sh cli …       run jboss-cli connected to the server (e.g. wildfly.sh cli --command=deployment-info)
#
# Hardened as payara.sh is: everything it writes is readable by its own user only (umask 077); the management
# interface (console, CLI, health: 9990) listens on 127.0.0.1 only, its user "admin" has a generated password kept in
# $PORTAL_SERVER_DIR/wildfly-admin-password; only HTTP (8080) and HTTPS (8443) face the network.
#
# Environment: as payara.sh (PORTAL_SERVER_DIR, PORTAL_SETTINGS, PORTAL_DB_URL, PORTAL_DB_USER, PORTAL_DB_PASSWORD,
# PORTAL_HEAP). The embedded H2 database is data/portal-wildfly (WildFly's H2 is not Payara's).
set -euo pipefail
umask 077

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
server_dir=$(realpath -m "${PORTAL_SERVER_DIR:-$here/runtime}")   # absolute: the H2 URL needs it
wildfly=$server_dir/wildfly
cli=$wildfly/bin/jboss-cli.sh
password_file=$server_dir/wildfly-admin-password
pid_file=$server_dir/wildfly.pid
http_port=8080
management_port=9990

source "$here/common.sh"

# jboss-cli on the running server; as the same OS user on the same machine it signs in without a password
connected() { "$cli" --connect --controller="remote+http://127.0.0.1:$management_port" "$@"; }

ensure_admin_password() {
    if [[ ! -s "$password_file" ]]; then
        head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32 > "$password_file"
    fi
    chmod 600 "$password_file"
}

# A DMR string: quoted, with backslashes and quotes escaped
quoted() {
    local s=$1
    s=${s//\\/\\\\}; s=${s//\"/\\\"}
    printf '"%s"' "$s"
}

# The settings file as DMR properties: {"portal.demo-data"="true", …}
settings_as_properties() {
    local entries=()
    each_setting add_entry
    local IFS=,
    printf '{%s}' "${entries[*]}"
}

# one setting into settings_as_properties' entries
add_entry() { entries+=("$(quoted "$1")=$(quoted "$2")"); }

# The jboss-cli script that turns a fresh standalone.xml into the portal's server
write_commands() {
    local file=$1
    {
        echo 'embed-server --server-config=standalone.xml --std-out=discard'
        # the portal's readiness check and API description; standalone.xml has neither
        echo '/extension=org.wildfly.extension.microprofile.health-smallrye:add'
        echo '/subsystem=microprofile-health-smallrye:add(security-enabled=false, empty-liveness-checks-status=UP, empty-readiness-checks-status=DOWN, empty-startup-checks-status=UP)'
        echo '/extension=org.wildfly.extension.microprofile.openapi-smallrye:add'
        echo '/subsystem=microprofile-openapi-smallrye:add'
        # the portal signs in with its own Jakarta Security mechanism and identity store: their groups are its roles
        echo '/subsystem=undertow/application-security-domain=other:write-attribute(name=integrated-jaspi, value=false)'
        # HttpOnly comes from web.xml; SameSite=Lax on every cookie, Secure whenever the request came over HTTPS
        echo '/subsystem=undertow/configuration=filter/expression-filter=portal-same-site:add(expression="samesite-cookie(mode=Lax)")'
        echo '/subsystem=undertow/configuration=filter/expression-filter=portal-secure-cookies:add(expression="secure-cookie")'
        echo '/subsystem=undertow/server=default-server/host=default-host/filter-ref=portal-same-site:add'
        echo '/subsystem=undertow/server=default-server/host=default-host/filter-ref=portal-secure-cookies:add'
        # Undertow refuses bodies over 10 MB by default, before the portal sees them; the portal has its own limits
        # (5 files of 10 MB to a request, portal.api.max-request-bytes), answered with their reasons
        for listener in http-listener=default https-listener=https; do
            echo "/subsystem=undertow/server=default-server/$listener:write-attribute(name=max-post-size, value=104857600)"
        done
        # the portal faces the network; management stays on 127.0.0.1 (WildFly's default)
        echo '/interface=public:write-attribute(name=inet-address, value="${jboss.bind.address:0.0.0.0}")'
        if [[ -n "${PORTAL_DB_URL:-}" ]]; then
            echo '/subsystem=datasources/jdbc-driver=postgresql:add(driver-name=postgresql, driver-module-name=org.postgresql, driver-xa-datasource-class-name=org.postgresql.xa.PGXADataSource)'
            echo "/subsystem=datasources/data-source=portal:add(jndi-name=java:/jdbc/portal, driver-name=postgresql, connection-url=$(quoted "$PORTAL_DB_URL"), user-name=$(quoted "${PORTAL_DB_USER:-postgres}")${PORTAL_DB_PASSWORD:+, password=$(quoted "$PORTAL_DB_PASSWORD")}, min-pool-size=4, max-pool-size=32, prepared-statements-cache-size=200, share-prepared-statements=false, background-validation=true, background-validation-millis=30000, valid-connection-checker-class-name=org.jboss.jca.adapters.jdbc.extensions.postgres.PostgreSQLValidConnectionChecker, exception-sorter-class-name=org.jboss.jca.adapters.jdbc.extensions.postgres.PostgreSQLExceptionSorter)"
            # JDBC batches as multi-row INSERTs: the API's bulks write thousands of rows a call
            echo '/subsystem=datasources/data-source=portal/connection-properties=reWriteBatchedInserts:add(value=true)'
        else
            mkdir -p "$server_dir/data"
            echo "/subsystem=datasources/data-source=portal:add(jndi-name=java:/jdbc/portal, driver-name=h2, connection-url=$(quoted "jdbc:h2:$server_dir/data/portal-wildfly;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"), user-name=portal, password=portal, min-pool-size=2, max-pool-size=16)"
        fi
        # WildFly's own example database and its use as the default: the portal has its own
        echo '/subsystem=ee/service=default-bindings:write-attribute(name=datasource, value=java:/jdbc/portal)'
        echo '/subsystem=datasources/data-source=ExampleDS:remove'
        if [[ -n "${PORTAL_SETTINGS:-}" ]]; then
            local settings
            settings=$(settings_as_properties)
            echo "/subsystem=microprofile-config-smallrye/config-source=portal-settings:add(properties=$settings)"
        fi
        echo 'stop-embedded-server'
    } > "$file"
}

# EclipseLink stays the JPA provider: WildFly ships only its adaptor (jipijapa) in the module, not the jar itself;
# java.se is needed by EclipseLink 4 (eclipse-ee4j/eclipselink#1722).
add_eclipselink() {
    local module=$wildfly/modules/system/layers/base/org/eclipse/persistence/main
    cp "$here/target/eclipselink.jar" "$module/"
    sed -i -e 's|<resource-root path="jipijapa-eclipselink|<resource-root path="eclipselink.jar"/>\n        &|' \
        -e 's|<module name="java.logging"/>|<module name="java.se"/>\n        &|' "$module/module.xml"
    grep -q 'path="eclipselink.jar"' "$module/module.xml" && grep -q 'name="java.se"' "$module/module.xml" \
        || die "$module/module.xml is not as expected: add eclipselink.jar and java.se to it by hand"
}

add_postgresql_driver() {
    local module=$wildfly/modules/org/postgresql/main
    mkdir -p "$module"
    cp "$here/target/postgresql.jar" "$module/"
    cat > "$module/module.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<module name="org.postgresql" xmlns="urn:jboss:module:1.9">
    <resources>
        <resource-root path="postgresql.jar"/>
    </resources>
    <dependencies>
        <module name="java.se"/>
        <module name="jakarta.transaction.api"/>
    </dependencies>
</module>
XML
}

# By the pid file, and the process must still be this WildFly: a crash or a reboot leaves the file behind.
is_running() { [[ -f "$pid_file" ]] && grep -qs "$wildfly/jboss-modules.jar" "/proc/$(cat "$pid_file")/cmdline"; }

provision() {
    local zip=$here/target/wildfly.zip
    ensure_fontconfig
    for file in "$zip" "$here/target/eclipselink.jar" "$here/target/postgresql.jar"; do
        [[ -f "$file" ]] || die "$file is missing: run 'mvn package -Dportal.server=wildfly' in the project folder first"
    done
    mkdir -p "$server_dir"
    chmod 700 "$server_dir"
    ensure_admin_password
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    write_commands "$work/commands.cli"
    local stamp
    stamp=$( { sha256sum "$zip" "$here"/target/*.jar "$password_file" | cut -c1-64; echo "${PORTAL_HEAP:-1g}"
               cat "${BASH_SOURCE[0]}" "$work/commands.cli"; } | sha256sum | cut -c1-64)
    if [[ -f "$wildfly/.portal-provisioned" && "$(cat "$wildfly/.portal-provisioned")" == "$stamp" ]]; then
        return
    fi
    if is_running; then
        say "Stopping the server to provision it again"
        stop_server
    fi
    say "Provisioning WildFly into $wildfly"
    rm -rf "$wildfly" "$server_dir"/wildfly-[0-9]*
    unzip -q "$zip" -d "$server_dir"
    mv "$server_dir"/wildfly-[0-9]* "$wildfly"
    chmod -R go-rwx "$server_dir"
    add_eclipselink
    add_postgresql_driver
    # the settings may hold secrets (SMTP password): the file is the user's own and is removed at once
    JAVA_OPTS= "$cli" --file="$work/commands.cli" >"$server_dir/configure.log" 2>&1 \
        || { cat "$server_dir/configure.log" >&2; die "configuring WildFly failed"; }
    rm -rf "$work"
    # the management user, as add-user.sh writes it (the hex MD5 of user:realm:password), without putting the
    # password on a command line that other users could read
    printf 'admin=%s\n' "$(printf 'admin:ManagementRealm:%s' "$(cat "$password_file")" | md5sum | cut -c1-32)" \
        >> "$wildfly/standalone/configuration/mgmt-users.properties"
    # WildFly's defaults (512 MB heap) are a developer's
    printf '\nJAVA_OPTS="$JAVA_OPTS -Xmx%s"\n' "${PORTAL_HEAP:-1g}" >> "$wildfly/bin/standalone.conf"
    echo "$stamp" > "$wildfly/.portal-provisioned"
}

start() {
    if is_running; then
        return
    fi
    for port in $http_port $management_port; do
        if port_in_use "$port"; then
            die "port $port is already in use. Is another portal or app server running? Stop it first (e.g. server-config/wildfly.sh stop, or PORTAL_SERVER_DIR=portal-it/target/server server-config/wildfly.sh stop)."
        fi
    done
    say "Starting WildFly"
    rm -f "$pid_file"
    mkdir -p "$wildfly/standalone/log"
    # a session of its own: Ctrl-C in the terminal reaches run.sh, which stops the server in order
    LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE=$pid_file setsid "$wildfly/bin/standalone.sh" \
        >"$wildfly/standalone/log/console.log" 2>&1 < /dev/null &
    for _ in $(seq 1 180); do
        if [[ "$(connected --command=':read-attribute(name=server-state)' 2>/dev/null)" == *'"result" => "running"'* ]]; then
            return
        fi
        [[ ! -f "$pid_file" ]] || is_running || die "WildFly stopped while starting (log: $(log))"
        sleep 1
    done
    stop_server
    die "WildFly did not start in 180 s (log: $(log))"
}

is_deployed() { connected --command='deployment-info --name=portal.ear' >/dev/null 2>&1; }

deploy() {
    local ear=$1
    [[ -f "$ear" ]] || die "$ear not found: run 'mvn package' first"
    undeploy
    say "Deploying $(basename "$ear")"
    connected --command="deploy $(printf '%q' "$ear") --name=portal.ear" >/dev/null \
        || { tail -n 40 "$(log)" >&2; die "deployment failed (log: $(log))"; }
    # WildFly answers readiness on its management port
    wait_until_ready "http://127.0.0.1:$management_port/health/ready" "$(log)"
}

undeploy() {
    if is_deployed; then
        connected --command='undeploy portal.ear' >/dev/null
    fi
}

stop_server() {
    connected --command=':shutdown' >/dev/null 2>&1 || { is_running && kill "$(cat "$pid_file")"; } || true
    for _ in $(seq 1 60); do
        is_running || { rm -f "$pid_file"; return; }
        sleep 1
    done
    kill -9 "$(cat "$pid_file")" 2>/dev/null || true
    rm -f "$pid_file"
}

# Undeploys first, so that the next start does not load an old portal.
stop() {
    if is_running; then
        undeploy || true
        say "Stopping WildFly"
        stop_server
    fi
}

log() { echo "$wildfly/standalone/log/server.log"; }

case "${1:-}" in
    provision) provision ;;
    start) start ;;
    deploy) deploy "${2:?EAR file}" ;;
    undeploy) undeploy ;;
    stop) stop ;;
    log) log ;;
    pid-file) echo "$pid_file" ;;
    cli) shift; connected "$@" ;;
    *) echo "usage: $0 provision|start|deploy EAR|undeploy|stop|log|pid-file|cli ARGUMENTS…" >&2; exit 2 ;;
esac
