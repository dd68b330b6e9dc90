#!/usr/bin/env bash
# Back-office API benchmark on PostgreSQL: invoices per second through POST /api/v1/invoices/bulk (1,000 invoices of
# 10 lines a call, new ones each time; one client, then two at once), 16 clients pulling and upserting at once, and the
# time to pull 100,000 portal payments with cursor paging (GET /api/v1/payments, 1,000 a page). Prints figures; asserts only that everything sent was stored and
# everything loaded was pulled. Stops the server it starts.
#
#   benchmarks/api.sh
#
# Needs PostgreSQL on 127.0.0.1:5432 with trust authentication for user postgres (it makes a database portal_api_bench),
# and python3 (for the JSON).
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_NAME=api
source benchmarks/lib.sh
command -v python3 >/dev/null || { say "python3 is needed: apt-get install -y python3"; exit 1; }
server_dir=$PWD/benchmarks/target/server-api
cleanup() { PORTAL_SERVER_DIR=$server_dir server-config/payara.sh stop >/dev/null 2>&1 || true; }
trap cleanup EXIT

say "Building"
mvn -B -q -DskipTests package -pl portal-ear,server-config -am
say "Starting the portal on PostgreSQL (demo data)"
start_portal_on_postgres "$server_dir" portal_api_bench

# A key as the staff console makes one (only its SHA-256 is stored), put in directly: the console is not what is measured.
key="fpk_bench$(head -c 24 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')"
PSQL_DB=portal_api_bench psql_pg -c "INSERT INTO api_key (id, name, scope, token_hash, token_prefix, requests_per_minute, created_at,
    created_by) VALUES (nextval('portal_id_seq'), 'benchmark', 'WRITE', encode(sha256('$key'::bytea), 'hex'), 'fpk_be', 100000, now(),
    'benchmarks/api.sh')"

API_KEY=$key python3 - <<'PY'
import json, os, statistics, threading, time, urllib.error, urllib.request

BASE = "http://localhost:8080/portal/api/v1"
HEADERS = {"Authorization": "Bearer " + os.environ["API_KEY"], "Content-Type": "application/json"}

def call(method, path, body=None):
    request = urllib.request.Request(BASE + path, data=None if body is None else json.dumps(body).encode(), headers=HEADERS, method=method)
    with urllib.request.urlopen(request, timeout=300) as answer:
        return json.load(answer)

call("PUT", "/accounts/BENCH-ACC", {"accountNumber": "BENCH-1", "name": "Benchmark HOA"})
call("PUT", "/properties/BENCH-PROP", {"account": "BENCH-ACC", "name": "Benchmark site"})

def bulk(run):
    invoices = [{"externalId": "%s-%d" % (run, i), "number": "%s-%05d" % (run, i), "property": "BENCH-PROP",
                 "invoiceDate": "2026-11-01", "dueDate": "2026-12-01",
                 "lines": [{"description": "Service line %d" % j, "quantity": 1 + j, "unitPrice": "12.50"} for j in range(10)]}
                for i in range(1000)]
    started = time.perf_counter()
    answer = call("POST", "/invoices/bulk", invoices)
    took = time.perf_counter() - started
    assert answer["stored"] == 1000, answer["refused"]
    return took

for warm in range(3):
    bulk("warm%d" % warm)
one = [bulk("one%d" % k) for k in range(10)]
print("\nPOST /api/v1/invoices/bulk, 1,000 invoices of 10 lines a call, PostgreSQL:")
print("  one client, 10 calls:   median %.0f invoices/s (%.0f ms a call), slowest call %.0f invoices/s, overall %.0f invoices/s"
      % (1000 / statistics.median(one), 1000 * statistics.median(one), 1000 / max(one), 10000 / sum(one)))

def client(name, runs, times):
    for k in range(runs):
        times.append(bulk("%s-%d" % (name, k)))
times_a, times_b = [], []
started = time.perf_counter()
threads = [threading.Thread(target=client, args=("two-a", 5, times_a)), threading.Thread(target=client, args=("two-b", 5, times_b))]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
wall = time.perf_counter() - started
print("  two clients at once:    %.0f invoices/s together (10,000 invoices in %.1f s)" % (10000 / wall, wall))

# Many callers at once: 16 clients, each 100 calls alternating a pull and an upsert of the same invoice (UNCHANGED).
results, lock = [], threading.Lock()
def mixed(n):
    document = {"number": "MIX-%d" % n, "property": "BENCH-PROP", "invoiceDate": "2026-11-01",
                "lines": [{"description": "Mixed", "quantity": 1, "unitPrice": "10.00"}]}
    for k in range(100):
        started = time.perf_counter()
        try:
            if k % 2:
                call("PUT", "/invoices/MIX-%d" % n, document)
            else:
                call("GET", "/payments?limit=20")
            status = 200
        except urllib.error.HTTPError as e:
            status = e.code
        with lock:
            results.append((status, time.perf_counter() - started))
started = time.perf_counter()
threads = [threading.Thread(target=mixed, args=(n,)) for n in range(16)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
wall = time.perf_counter() - started
latencies = sorted(took for _, took in results)
print("  16 clients, 1,600 calls (pulls and upserts): %.0f calls/s, p50 %.0f ms, p99 %.0f ms, answers other than 2xx: %d"
      % (len(results) / wall, latencies[len(latencies) // 2] * 1000, latencies[int(len(latencies) * 0.99)] * 1000,
         sum(1 for status, _ in results if status >= 300)))
PY

say "Loading 100,000 portal payments"
PSQL_DB=portal_api_bench psql_pg <<'SQL'
INSERT INTO payment (id, invoice_id, contact_id, method_type, method_brand, method_last_four, principal, convenience_fee, status,
                     gateway_reference, idempotency_key, created_at, settled_at, source, changed_at)
SELECT nextval('portal_id_seq'), i.id, c.id, 'CARD', 'Visa', '4242', 1.00, 0.03, 'SUCCEEDED', 'bench-' || g, 'bench-' || g,
       now() - g * interval '1 second', now() - g * interval '1 second', 'PORTAL', now() - g * interval '1 second'
FROM generate_series(1, 100000) g
JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM invoice WHERE external_id LIKE 'one%' LIMIT 1000) i ON i.k = g % 1000
CROSS JOIN (SELECT id FROM contact WHERE email = 'pat.primary@example.com') c;
ANALYZE payment;
SQL
total=$(PSQL_DB=portal_api_bench psql_pg -t -A -c "SELECT COUNT(*) FROM payment WHERE source <> 'BACK_OFFICE'")

API_KEY=$key TOTAL=$total python3 - <<'PY'
import json, os, time, urllib.request
BASE = "http://localhost:8080/portal/api/v1"
HEADERS = {"Authorization": "Bearer " + os.environ["API_KEY"]}

def pull():
    path, pages, rows, times, ids = "/payments?limit=1000", 0, 0, [], set()
    started = time.perf_counter()
    while path:
        page_started = time.perf_counter()
        with urllib.request.urlopen(urllib.request.Request(BASE + path, headers=HEADERS), timeout=300) as answer:
            page = json.load(answer)
        times.append(time.perf_counter() - page_started)
        pages += 1
        rows += len(page["items"])
        ids.update(item["id"] for item in page["items"])
        path = "/payments?limit=1000&cursor=" + page["next"] if page.get("next") else None
    return time.perf_counter() - started, pages, rows, len(ids), times

pull()  # warm-up
took, pages, rows, distinct, times = pull()
assert rows == distinct == int(os.environ["TOTAL"]), (rows, distinct, os.environ["TOTAL"])
print("\nGET /api/v1/payments, all %d portal payments, 1,000 a page with the cursor, PostgreSQL:" % rows)
print("  %.1f s for %d pages (%.0f payments/s); first page %.0f ms, last page %.0f ms, slowest page %.0f ms"
      % (took, pages, rows / took, times[0] * 1000, times[-1] * 1000, max(times) * 1000))
PY
