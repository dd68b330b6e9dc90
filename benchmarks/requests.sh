#!/usr/bin/env bash
# Request list benchmark: one account with 10,000 requests (the demo's Maple Ridge HOA: half open, half closed, over the
# three properties Pat sees) on PostgreSQL. Times, over Pat's signed-in session, the request list's first page (Show =
# Open, the lazy table's first 20 rows), a filter change (Show = Closed, which loads the page again with ?show=CLOSED),
# and the staff inbox's first page across customers: median and p90 of 30 requests each, after a warm-up. Prints
# figures; asserts nothing. Stops the server it starts.
#
#   benchmarks/requests.sh
#
# Needs PostgreSQL on 127.0.0.1:5432 with trust authentication for user postgres (it makes a database portal_requests).
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_NAME=requests
source benchmarks/lib.sh
work=$(mktemp -d)
server_dir=$PWD/benchmarks/target/server-requests
cleanup() {
    PORTAL_SERVER_DIR=$server_dir server-config/payara.sh stop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

say "Building"
mvn -B -q -DskipTests package -pl portal-ear,server-config -am
say "Starting the portal on PostgreSQL (demo data)"
start_portal_on_postgres "$server_dir" portal_requests

say "Adding 10,000 requests to Maple Ridge HOA"
PSQL_DB=portal_requests psql_pg <<'SQL'
INSERT INTO service_request (id, request_number, property_id, created_by_contact_id, subject, description, priority, status,
                             created_at, completed_at, version)
SELECT nextval('portal_id_seq'), nextval('request_number_seq'), p.id, c.id, 'Bench request ' || g, 'Generated for the benchmark.',
       (ARRAY['HIGH', 'NORMAL', 'LOW'])[1 + g % 3], CASE WHEN g % 2 = 0 THEN 'OPEN' ELSE 'CLOSED' END,
       now() - g * interval '1 hour', CASE WHEN g % 2 = 0 THEN NULL ELSE now() - g * interval '1 hour' + interval '1 day' END, 0
FROM generate_series(1, 10000) g
JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM property WHERE name IN ('Maple Ridge Clubhouse', 'Maple Ridge North Common',
      'Maple Ridge Pool')) p ON p.k = g % 3
CROSS JOIN (SELECT id FROM contact WHERE email = 'pat.primary@example.com') c;
ANALYZE service_request;
SQL
rows=$(PSQL_DB=portal_requests psql_pg -t -A -c "SELECT COUNT(*) FROM service_request r JOIN property p ON p.id = r.property_id
    JOIN customer_account a ON a.id = p.customer_account_id WHERE a.external_id = 'DEMO-MAPLE-RIDGE'")
say "$rows requests on the account"

pat=$(sign_in pat.primary@example.com "$work")
staff=$(sign_in admin@example.com "$work")

# prints "median p90" in ms of 30 GETs of $2 with session $1, after 10 unmeasured ones; fails unless every answer is a 200
time_page() {
    local times=() i answer
    for ((i = 0; i < 40; i++)); do
        answer=$(curl -s -o "$work/page" -w '%{http_code} %{time_total}' -b "JSESSIONID=$1" "http://localhost:8080$2")
        [[ ${answer%% *} == 200 ]] || { say "$2 answered ${answer%% *}"; exit 1; }
        ((i < 10)) || times+=("$(awk -v t="${answer#* }" 'BEGIN {printf "%.1f", t * 1000}')")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR] = $1} END {printf "%s %s\n", a[int((NR + 1) / 2)], a[int(NR * 0.9)]}'
}

rows_shown() { grep -o 'request.xhtml?id=[0-9]*' "$work/page" | sort -u | wc -l; }

printf '\n10,000 requests on one account, PostgreSQL, one signed-in session (median and p90 of 30, ms):\n'
printf '  %-44s %8s %8s %6s\n' page median p90 rows
for page in "first page (Show = Open):/portal/requests.xhtml" "filter change (Show = Closed):/portal/requests.xhtml?show=CLOSED"; do
    read -r median p90 < <(time_page "$pat" "${page#*:}")
    printf '  %-44s %8s %8s %6s\n' "${page%%:*}" "$median" "$p90" "$(rows_shown)"
done
read -r median p90 < <(time_page "$staff" /portal/staff/requests.xhtml)
printf '  %-44s %8s %8s %6s\n' "staff inbox, first page (all customers)" "$median" "$p90" "$(grep -o 'staff/request.xhtml?id=[0-9]*' "$work/page" | sort -u | wc -l)"
