#!/usr/bin/env bash
# Load benchmark: signs in 50 customer sessions (the two demo contacts) and drives Home, the invoice list, the proposal
# list, one proposal's details and its PDF (made per request) over 50 concurrent connections with wrk, and in the same
# run a static resource of the same server, on the embedded
# H2 database and on PostgreSQL. Prints requests/s, p50/p90/p99, answers other than 200, the ratio to the static
# resource, and the SQL statements one page costs (counted in PostgreSQL's statement log). Each figure is the
# median of three rounds, after a warm-up. Stops every server it starts.
#
#   benchmarks/load.sh [h2|postgres|both] [--sessions N] [--seconds S]
#   PORTAL_SERVER=wildfly benchmarks/load.sh …     the same on WildFly
#
# Needs wrk (apt-get install -y wrk; installed here when run as root) and, for PostgreSQL, the server on
# 127.0.0.1:5432 with trust authentication for user postgres (it makes a database portal_bench of its own).
set -euo pipefail
cd "$(dirname "$0")/.."
which_db=${1:-both}; shift || true
sessions=50; seconds=15
while [[ $# -gt 0 ]]; do
    case $1 in
        --sessions) sessions=$2; shift 2 ;;
        --seconds) seconds=$2; shift 2 ;;
        *) echo "usage: $0 [h2|postgres|both] [--sessions N] [--seconds S]" >&2; exit 2 ;;
    esac
done
BENCH_NAME=load
source benchmarks/lib.sh
if ! command -v wrk >/dev/null; then
    [[ $(id -u) -eq 0 ]] || { say "wrk is needed: apt-get install -y wrk"; exit 1; }
    apt-get install -y -q wrk >/dev/null
fi

work=$(mktemp -d)
current_server=
cleanup() {
    [[ -n "$current_server" ]] && PORTAL_SERVER_DIR=$current_server "$(server_script)" stop >/dev/null 2>&1 || true
    psql_pg -c "ALTER SYSTEM RESET log_statement" -c "SELECT pg_reload_conf()" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

say "Building"
mvn -B -q -DskipTests package -pl portal-ear,server-config -am -Dportal.server="${PORTAL_SERVER:-payara}"

# wrk over all sessions for $seconds on one path; prints "rps p50 p90 p99 not-200 requests"
drive() {
    SESSIONS=$work/sessions TARGET=$1 wrk -t2 -c"$sessions" -d"${2:-$seconds}s" --latency -s benchmarks/sessions.lua http://localhost:8080 \
        | sed -n 's/^RESULT //p'
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# Statements PostgreSQL runs for one request of one session (its statement log, for the benchmark database only)
sql_per_page() {
    local log; log=$(ls -t /var/log/postgresql/postgresql-*-main.log 2>/dev/null | head -n 1)
    [[ -r "$log" ]] || { echo "n/a"; return; }
    psql_pg -c "ALTER SYSTEM SET log_statement = 'all'" -c "SELECT pg_reload_conf()" >/dev/null
    sleep 1
    local before; before=$(wc -l < "$log")
    curl -s -o /dev/null -b "JSESSIONID=$(head -n 1 "$work/sessions")" "http://localhost:8080$1"
    sleep 1
    psql_pg -c "ALTER SYSTEM RESET log_statement" -c "SELECT pg_reload_conf()" >/dev/null
    tail -n +"$((before + 1))" "$log" | grep -c "@portal_bench LOG:  \(execute\|statement\)" || true
}

run_on() {
    local db=$1 server_dir=$PWD/benchmarks/target/server-$1
    say "Starting the portal on $db (demo data)"
    current_server=$server_dir
    if [[ $db == postgres ]]; then
        start_portal_on_postgres "$server_dir" portal_bench
    else
        export PORTAL_SERVER_DIR=$server_dir PORTAL_SETTINGS=$PWD/server-config/demo.properties
        unset PORTAL_DB_URL PORTAL_DB_USER
        rm -rf "$server_dir/data"
        "$(server_script)" provision
        "$(server_script)" start
        "$(server_script)" deploy portal-ear/target/portal.ear
    fi

    : > "$work/sessions"
    for ((i = 0; i < sessions; i++)); do
        if ((i % 2 == 0)); then sign_in pat.primary@example.com "$work"; else sign_in bill.billing@example.com "$work"; fi >> "$work/sessions"
    done
    say "$(sort -u "$work/sessions" | grep -c .) sessions signed in; warming up (the JIT needs a minute)"
    local proposal
    proposal=$(curl -s -b "JSESSIONID=$(head -n 1 "$work/sessions")" http://localhost:8080/portal/proposals.xhtml \
        | grep -o 'proposal.xhtml?id=[0-9]*">P-3001 ' | grep -o '[0-9][0-9]*' | head -n 1)
    local pages="home:/portal/ invoices:/portal/invoices.xhtml proposals:/portal/proposals.xhtml"
    pages+=" proposal:/portal/proposal.xhtml?id=$proposal pdf:/portal/proposal.pdf?id=$proposal static:/portal/jakarta.faces.resource/portal.css.xhtml"
    drive /portal/ 40 >/dev/null
    for page in $pages; do
        drive "${page#*:}" 10 >/dev/null
    done

    : > "$work/rounds"
    for round in 1 2 3; do
        say "Round $round of 3"
        for page in $pages; do
            echo "${page%%:*} $(drive "${page#*:}")" >> "$work/rounds"
        done
    done
    declare -A sql
    for page in $pages; do
        sql[${page%%:*}]=$([[ ${page%%:*} == static ]] && echo - || echo n/a)
        if [[ $db == postgres && ${page%%:*} != static ]]; then
            sql[${page%%:*}]=$(sql_per_page "${page#*:}")
        fi
    done
    "$(server_script)" stop
    current_server=

    local static_rps; static_rps=$(awk '$1 == "static" {print $2}' "$work/rounds" | median)
    printf '\n%s on %s, %d sessions, %d connections, 3 rounds of %d s (medians):\n' "$db" "${PORTAL_SERVER:-payara}" "$sessions" "$sessions" "$seconds"
    printf '  %-9s %9s %8s %8s %8s %8s %10s %9s\n' page "req/s" "p50 ms" "p90 ms" "p99 ms" "not 200" "of static" "SQL/page"
    for page in $pages; do
        page=${page%%:*}
        local rps p50 p90 p99 bad
        rps=$(awk -v p=$page '$1 == p {print $2}' "$work/rounds" | median)
        p50=$(awk -v p=$page '$1 == p {print $3}' "$work/rounds" | median)
        p90=$(awk -v p=$page '$1 == p {print $4}' "$work/rounds" | median)
        p99=$(awk -v p=$page '$1 == p {print $5}' "$work/rounds" | median)
        bad=$(awk -v p=$page '$1 == p {s += $6; n += $7} END {printf "%d/%d", s, n}' "$work/rounds")
        printf '  %-9s %9s %8s %8s %8s %8s %9.1f%% %9s\n' "$page" "$rps" "$p50" "$p90" "$p99" "$bad" "$(awk -v a="$rps" -v b="$static_rps" 'BEGIN {print 100 * a / b}')" "${sql[$page]:--}"
    done
}

case $which_db in
    h2) run_on h2 ;;
    postgres) run_on postgres ;;
    both) run_on h2; run_on postgres ;;
    *) echo "usage: $0 [h2|postgres|both]" >&2; exit 2 ;;
esac
