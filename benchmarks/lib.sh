# Shared by the benchmark scripts (sourced): messages, PostgreSQL, signing in with curl, a portal on a database of its own.

say() { printf '[%s] %s\n' "${BENCH_NAME:-bench}" "$*" >&2; }

psql_pg() { psql "host=127.0.0.1 port=5432 user=postgres dbname=${PSQL_DB:-postgres}" -v ON_ERROR_STOP=1 -q "$@"; }

# Signs in through the sign-in form as a browser would (view state and CSP nonce) and prints the session id.
# $1 the login, $2 a folder for the cookie jar
sign_in() {
    local jar=$2/jar page view_state nonce
    rm -f "$jar"
    page=$(curl -s -c "$jar" -b "$jar" http://localhost:8080/portal/login.xhtml)
    view_state=$(grep -o 'name="jakarta.faces.ViewState" id="[^"]*" value="[^"]*"' <<<"$page" | sed 's/.*value="//;s/"$//')
    nonce=$(grep -o "csp.init('[^']*')" <<<"$page" | sed "s/csp.init('//;s/')//" || true)
    curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "signIn=signIn" --data-urlencode "signIn:email=$1" \
        --data-urlencode "signIn:password=Portal-demo-1" --data-urlencode "signIn:signInButton=" \
        --data-urlencode "jakarta.faces.ViewState=$view_state" --data-urlencode "primefaces.nonce=$nonce" \
        http://localhost:8080/portal/login.xhtml
    awk '$6 == "JSESSIONID" {print $7}' "$jar" | tail -n 1
}

# The app server's script: server-config/payara.sh, or wildfly.sh with PORTAL_SERVER=wildfly
server_script() { echo "server-config/${PORTAL_SERVER:-payara}.sh"; }

# Provisions, starts and deploys the portal with the demo data on PostgreSQL database $2, in server folder $1.
start_portal_on_postgres() {
    export PORTAL_SERVER_DIR=$1 PORTAL_SETTINGS=$PWD/server-config/demo.properties
    psql_pg -c "DROP DATABASE IF EXISTS $2 WITH (FORCE)" -c "CREATE DATABASE $2"
    export PORTAL_DB_URL=jdbc:postgresql://127.0.0.1:5432/$2 PORTAL_DB_USER=postgres
    "$(server_script)" provision
    "$(server_script)" start
    "$(server_script)" deploy portal-ear/target/portal.ear
}
