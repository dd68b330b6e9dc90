#!/usr/bin/env bash
# Provisions, configures, starts and stops the Payara Server that runs the portal.
#
#   payara.sh provision   unpack Payara from server-config/target/payara.zip (fetched from Maven Central by
#                         `mvn package`) and configure it: JDBC pool, portal settings, batch, listeners.
#                         Done again, from a fresh unpack, whenever the zip, this script or the settings change.
#   payara.sh start       start the domain (refuses when the ports are taken)
#   payara.sh deploy EAR  deploy (or redeploy) the portal and wait until it answers
#   payara.sh undeploy    undeploy it (and restart the server, ready for a clean deployment)
#   payara.sh stop        undeploy the portal and stop the domain
#   payara.sh asadmin …   run an asadmin command as the domain's admin (e.g. payara.sh asadmin list-applications)
#
# Hardened for an IT department's machine: everything it writes is readable by its own user only (umask 077);
# the admin user gets a generated password, kept in $PORTAL_SERVER_DIR/admin-password (asadmin's --passwordfile
# format); the admin console and REST API (4848), JMX (8686), IIOP, the JMS broker and Hazelcast listen on
# 127.0.0.1 only; Payara's own H2 databases open no TCP server.
#
# Environment:
#   PORTAL_SERVER_DIR        where Payara and the embedded database live (default: server-config/runtime)
#   PORTAL_SETTINGS          a .properties file of MicroProfile Config settings for the domain
#   PORTAL_DB_URL            jdbc:postgresql://host:port/database to use PostgreSQL; unset: embedded H2
#   PORTAL_DB_USER, PORTAL_DB_PASSWORD
#   PORTAL_HEAP              the server's largest heap (-Xmx), default 1g
set -euo pipefail
umask 077

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
server_dir=${PORTAL_SERVER_DIR:-$here/runtime}
payara=$server_dir/payara6
asadmin=$payara/bin/asadmin
domain_dir=$payara/glassfish/domains/domain1
password_file=$server_dir/admin-password
http_port=8080
admin_port=4848

source "$here/common.sh"

# asadmin as the domain's admin user (start-domain and stop-domain need no password on the same machine)
admin() { "$asadmin" --user admin --passwordfile "$password_file" "$@"; }

# The admin password: generated once and kept, so that re-provisioning does not change it under the operator.
ensure_admin_password() {
    if [[ ! -s "$password_file" ]]; then
        printf 'AS_ADMIN_PASSWORD=%s\n' "$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)" > "$password_file"
    fi
    chmod 600 "$password_file"
}

# A fresh domain1 has an admin without a password; give it ours (the domain must be running).
set_admin_password() {
    local change; change=$(mktemp)
    printf 'AS_ADMIN_PASSWORD=\nAS_ADMIN_NEWPASSWORD=%s\n' "$(sed -n 's/^AS_ADMIN_PASSWORD=//p' "$password_file")" > "$change"
    "$asadmin" --user admin --passwordfile "$change" change-admin-password >/dev/null \
        || { rm -f "$change"; die "setting the admin password failed"; }
    rm -f "$change"
}

xml_escape() {
    local s=$1
    s=${s//&/&amp;}; s=${s//</&lt;}; s=${s//>/&gt;}; s=${s//\"/&quot;}; s=${s//\'/&apos;}
    printf '%s' "$s"
}

# The JDBC pool behind jdbc/portal: PostgreSQL when PORTAL_DB_URL is set, else H2 in a file next to Payara,
# so that re-provisioning Payara keeps the data.
write_resources() {
    local file=$1
    if [[ -n "${PORTAL_DB_URL:-}" ]]; then
        [[ "$PORTAL_DB_URL" == jdbc:postgresql://* ]] || die "PORTAL_DB_URL must look like jdbc:postgresql://host:5432/database"
        cat > "$file" <<XML
<!DOCTYPE resources PUBLIC "-//GlassFish.org//DTD GlassFish Application Server 3.1 Resource Definitions//EN"
    "http://glassfish.org/dtds/glassfish-resources_1_5.dtd">
<resources>
    <jdbc-connection-pool name="PortalPool" res-type="javax.sql.DataSource"
                          datasource-classname="org.postgresql.ds.PGSimpleDataSource"
                          steady-pool-size="4" max-pool-size="32" statement-cache-size="200"
                          is-connection-validation-required="true" connection-validation-method="meta-data"
                          fail-all-connections="true">
        <property name="url" value="$(xml_escape "$PORTAL_DB_URL")"/>
        <property name="user" value="$(xml_escape "${PORTAL_DB_USER:-postgres}")"/>
        <property name="password" value="$(xml_escape "${PORTAL_DB_PASSWORD:-}")"/>
        <!-- JDBC batches as multi-row INSERTs: the API's bulks write thousands of rows a call -->
        <property name="reWriteBatchedInserts" value="true"/>
    </jdbc-connection-pool>
    <jdbc-resource pool-name="PortalPool" jndi-name="jdbc/portal"/>
</resources>
XML
    else
        mkdir -p "$server_dir/data"
        cat > "$file" <<XML
<!DOCTYPE resources PUBLIC "-//GlassFish.org//DTD GlassFish Application Server 3.1 Resource Definitions//EN"
    "http://glassfish.org/dtds/glassfish-resources_1_5.dtd">
<resources>
    <jdbc-connection-pool name="PortalPool" res-type="javax.sql.DataSource"
                          datasource-classname="org.h2.jdbcx.JdbcDataSource" steady-pool-size="2" max-pool-size="16" statement-cache-size="200">
        <property name="URL" value="jdbc:h2:$(xml_escape "$server_dir/data/portal");MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"/>
        <property name="user" value="portal"/>
        <property name="password" value="portal"/>
    </jdbc-connection-pool>
    <jdbc-resource pool-name="PortalPool" jndi-name="jdbc/portal"/>
    <!-- The batch job repository: its tables do not load on H2 in PostgreSQL mode (BLOB), so on H2 it has a database
         of its own, XA so that it joins the job's transactions next to jdbc/portal. -->
    <jdbc-connection-pool name="BatchPool" res-type="javax.sql.XADataSource"
                          datasource-classname="org.h2.jdbcx.JdbcDataSource" steady-pool-size="1" max-pool-size="8">
        <property name="URL" value="jdbc:h2:$(xml_escape "$server_dir/data/batch")"/>
        <property name="user" value="portal"/>
        <property name="password" value="portal"/>
    </jdbc-connection-pool>
    <jdbc-resource pool-name="BatchPool" jndi-name="jdbc/batch"/>
</resources>
XML
    fi
}

write_commands() {
    local file=$1 resources=$2
    {
        echo "add-resources \"$resources\""
        echo "set-batch-runtime-configuration --datasourcelookupname=$([[ -n "${PORTAL_DB_URL:-}" ]] && echo jdbc/portal || echo jdbc/batch)"
        local network=configs.config.server-config.network-config
        # administration reaches the server from the same machine only (or through an SSH tunnel)
        echo "set $network.network-listeners.network-listener.admin-listener.address=127.0.0.1"
        echo "set configs.config.server-config.admin-service.jmx-connector.system.address=127.0.0.1"
        for iiop in orb-listener-1 SSL SSL_MUTUALAUTH; do
            echo "set configs.config.server-config.iiop-service.iiop-listener.$iiop.address=127.0.0.1"
        done
        echo "set configs.config.server-config.jms-service.jms-host.default_JMS_host.host=127.0.0.1"
        echo "set-hazelcast-configuration --dasBindAddress=127.0.0.1"
        # Payara's own H2 databases (EJB timers, jdbc/__default) without AUTO_SERVER, which opens a TCP port to all
        echo 'set resources.jdbc-connection-pool.__TimerPool.property.URL=jdbc:h2:${com.sun.aas.instanceRoot}/lib/databases/ejbtimer'
        echo 'set resources.jdbc-connection-pool.H2Pool.property.URL=jdbc:h2:${com.sun.aas.instanceRoot}/lib/databases/embedded_default'
        # Payara's defaults (512 MB heap, 5 request threads) are a developer's; a portal serves many sessions
        echo "delete-jvm-options -- -Xmx512m"
        echo "create-jvm-options -- -Xmx${PORTAL_HEAP:-1g}"
        echo "set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.min-thread-pool-size=4"
        echo "set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=16"
        for listener in http-listener-1 http-listener-2; do
            local http=configs.config.server-config.network-config.protocols.protocol.$listener.http
            # no "X-Powered-By: Servlet/6.0 JSP/… (Payara Server …)" telling attackers what to try
            echo "set $http.xpowered-by=false"
            # SameSite=Lax on the session cookie: Payara 6 ignores it in web.xml's cookie-config
            echo "set $http.cookie-same-site-value=Lax"
            echo "set $http.cookie-same-site-enabled=true"
        done
        if [[ -n "${PORTAL_SETTINGS:-}" ]]; then
            each_setting set_config_property
        fi
    } > "$file"
}

set_config_property() {
    local value=${2//\\/\\\\}
    value=${value//\"/\\\"}
    echo "set-config-property --source=domain --propertyName=$1 --propertyValue=\"$value\""
}

# Our own domain's process, by its pid file: "asadmin list-domains" would also call another server on port 4848 ours.
is_running() { [[ -f "$domain_dir/config/pid" ]] && kill -0 "$(cat "$domain_dir/config/pid")" 2>/dev/null; }

provision() {
    local zip=$here/target/payara.zip driver=$here/target/postgresql.jar
    ensure_fontconfig
    [[ -f "$zip" && -f "$driver" ]] || die "$zip is missing: run 'mvn package' in the project folder first"
    mkdir -p "$server_dir"
    chmod 700 "$server_dir"
    ensure_admin_password
    local work; work=$(mktemp -d)
    write_resources "$work/resources.xml"
    write_commands "$work/commands.txt" "$server_dir/portal-resources.xml"
    local stamp
    stamp=$( { sha256sum "$zip" | cut -c1-64; cat "${BASH_SOURCE[0]}" "$work/resources.xml" "$work/commands.txt"; } | sha256sum | cut -c1-64)
    if [[ -f "$payara/.portal-provisioned" && "$(cat "$payara/.portal-provisioned")" == "$stamp" ]]; then
        rm -rf "$work"
        return
    fi
    if is_running; then
        say "Stopping the server to provision it again"
        "$asadmin" stop-domain domain1 >/dev/null
    fi
    say "Provisioning Payara Server into $payara"
    rm -rf "$payara"
    unzip -q "$zip" -d "$server_dir"
    chmod -R go-rwx "$server_dir"   # unzip keeps the archive's modes; nothing of the server is for other users
    cp "$driver" "$domain_dir/lib/"
    cp "$work/resources.xml" "$server_dir/portal-resources.xml"
    start
    set_admin_password
    say "Configuring the domain"
    # the settings may hold secrets (SMTP password): the file is the user's own and is removed at once
    admin multimode --file "$work/commands.txt" >"$server_dir/configure.log" 2>&1 \
        || { rm -rf "$work"; cat "$server_dir/configure.log" >&2; die "configuring Payara failed"; }
    rm -rf "$work"
    admin restart-domain domain1 >/dev/null
    echo "$stamp" > "$payara/.portal-provisioned"
}

start() {
    if is_running; then
        return
    fi
    for port in $http_port $admin_port; do
        if port_in_use "$port"; then
            die "port $port is already in use. Is another portal or app server running? Stop it first (e.g. server-config/payara.sh stop, or PORTAL_SERVER_DIR=portal-it/target/server server-config/payara.sh stop)."
        fi
    done
    say "Starting Payara Server"
    # a session of its own: Ctrl-C in the terminal reaches run.sh, which stops the server in order (the server,
    # given the terminal's SIGINT itself, took a minute to shut down and left the portal deployed)
    setsid -w "$asadmin" start-domain --timeout 180 domain1 >/dev/null
}

deploy() {
    local ear=$1
    [[ -f "$ear" ]] || die "$ear not found: run 'mvn package' first"
    undeploy
    say "Deploying $(basename "$ear")"
    admin deploy --name portal "$ear" >/dev/null \
        || { tail -n 40 "$domain_dir/logs/server.log" >&2; die "deployment failed (log: $domain_dir/logs/server.log)"; }
    wait_until_ready "http://localhost:$http_port/health/ready" "$domain_dir/logs/server.log"
}

is_deployed() { admin list-applications 2>/dev/null | grep -q '^portal '; }

# Leaves a server without the portal, ready for a deployment: deploying into the same JVM that had the portal
# before has failed here (EclipseLink: "NamedQuery ... not found" in DemoData), so the server is restarted.
undeploy() {
    if is_deployed; then
        admin undeploy portal >/dev/null
        say "Restarting the server for a clean deployment"
        admin restart-domain domain1 >/dev/null
    fi
}

# Undeploys first, so that the next start does not load an old portal (see undeploy).
stop() {
    if is_running; then
        if is_deployed; then
            admin undeploy portal >/dev/null || true
        fi
        say "Stopping Payara Server"
        "$asadmin" stop-domain domain1 >/dev/null
    fi
}

case "${1:-}" in
    provision) provision ;;
    start) start ;;
    deploy) deploy "${2:?EAR file}" ;;
    undeploy) undeploy ;;
    stop) stop ;;
    log) echo "$domain_dir/logs/server.log" ;;
    pid-file) echo "$domain_dir/config/pid" ;;
    asadmin) shift; admin "$@" ;;
    *) echo "usage: $0 provision|start|deploy EAR|undeploy|stop|log|pid-file|asadmin COMMAND…" >&2; exit 2 ;;
esac
