-- Data for the nightly reconciliation benchmark: invoices with their ledger (payments and credit applications),
-- loaded into a migrated database (V1..V4 or later) that holds no benchmark data yet. Deterministic: the same
-- variables give the same rows, byte for byte (hash and modulo arithmetic only, no random()).
--
--   psql "host=127.0.0.1 user=postgres dbname=DB" -X -q -v ON_ERROR_STOP=1 \
--        -v invoices=1000000 -v drifts=1000 -v overapplied=100 -f benchmarks/reconciliation-data.sql
--
-- Variables (all optional):
--   invoices     invoices to load (default 1000000, at most 100000000)
--   drifts       invoices whose stored balance is planted wrong (default 1000, at most invoices)
--   overapplied  credits planted over-applied (default 100, at most the number of credits, about invoices / 10)
--   accounts     customer accounts, 10 properties and 1 contact each (default 1000)
--   verify       set to 1 to check after loading that exactly :drifts invoices and :overapplied credits are off
--                (costs about as much as one reconciliation pass)
--
-- What gets loaded, per invoice i = 1..invoices (property p = (i-1) % properties + 1, so every property gets
-- invoices all along the three years of invoice dates):
--   * two ledger rows: two payments, or (on half the invoices) one payment and one credit application, so
--     1.5 x invoices payments and 0.5 x invoices credit applications (2 x invoices ledger rows);
--   * totals 50.00..5000.00; the first payment is 60 % of the total; the second row pays the rest (65 % of the
--     invoices), half of the rest (30 %) or the rest plus 5.00 (5 %, overpaid: the balance stops at 0);
--   * payment statuses by a hash of the payment: 92 % SUCCEEDED (of all payments 2 % partly refunded, a quarter
--     of the principal), 0.1 % PENDING (ACH with a gateway reference, not settled: the last days' debits), 5.9 % FAILED, 1 % RETURNED (ACH),
--     1 % REFUNDED (refunded = principal);
--     method CARD / ACH / OFFLINE (OFFLINE = BACK_OFFICE source, no contact, no gateway reference), card
--     payments taken in the portal carry a 3 % convenience fee unless the invoice waives it.
--   * credits: one per property and block of ten invoice rounds (about invoices / 10 credits, five applications
--     each), of the property's own account; remaining = amount - applied (0 on a third of them).
-- Stored invoice balance and status follow the rule (balance = max(0, total - sum(principal - refunded) of
-- SUCCEEDED/REFUNDED payments - sum(credit applications)); DUE if balance > 0 else PAID), except on exactly
-- :drifts invoices spread evenly over the ids, whose stored balance is wrong:
--   * the n-th planted invoice, n = 1..:drifts (at i = ceil(n x invoices / drifts)): if n is even and its true
--     balance is > 0, stored 0.00 / PAID (a payment counted that should not be);
--   * otherwise stored true balance + (n % 50 + 1).00 / DUE (a payment or credit missed): from PAID to DUE when
--     the true balance is 0, from DUE to DUE (balance only) when it is not.
--   The planted status is always consistent with the planted balance, so a reconciliation must recompute from
--   the ledger; the balance is always off (never the status alone).
-- Credit remaining is amount - sum(applications) except on exactly :overapplied credits spread evenly over
-- the credits: amount = round(0.9 x applied, 2) and remaining = 0 (the CHECK 0 <= remaining <= amount keeps
-- remaining from going negative; credit_application has no check against its credit, so nothing is worked
-- around). Over-applied credits do not change invoice balances: those follow the applications.
--
-- Ids: all far above what the app allocates (portal_id_seq starts at 1000), one block per table:
--   customer_account 100000000+a, contact 100100000+a, property 101000000+p, invoice 200000000+i,
--   payment 300000000+k (k = 2i-1 and 2i), credit 510000000+key, credit_application 600000000+i.
-- At the end portal_id_seq is advanced to the largest of them (EclipseLink, allocationSize 500, takes the ids
-- nextval - 499 .. nextval, all above it) and credit_number_seq past the credit numbers loaded (CR-100000001
-- and on), so the app can go on inserting. Everything loads in one transaction; ends with VACUUM (ANALYZE) so
-- that the timed runs neither set hint bits nor lack statistics.

\set ON_ERROR_STOP on
\if :{?invoices}
\else
\set invoices 1000000
\endif
\if :{?drifts}
\else
\set drifts 1000
\endif
\if :{?overapplied}
\else
\set overapplied 100
\endif
\if :{?accounts}
\else
\set accounts 1000
\endif
\if :{?verify}
\else
\set verify 0
\endif
\set properties_per_account 10

SELECT (:invoices)::bigint BETWEEN 1 AND 100000000
       AND (:drifts)::bigint BETWEEN 0 AND (:invoices)::bigint
       AND (:overapplied)::bigint >= 0
       AND (:accounts)::bigint BETWEEN 1 AND 100000 AS bench_args_ok,
       (:accounts)::bigint * :properties_per_account AS properties,
       NOT EXISTS (SELECT 1 FROM customer_account WHERE id >= 100000000)
       AND NOT EXISTS (SELECT 1 FROM invoice WHERE id >= 100000000)
       AND NOT EXISTS (SELECT 1 FROM credit WHERE id >= 100000000) AS bench_db_fresh \gset
\if :bench_args_ok
\else
DO $$ BEGIN RAISE EXCEPTION 'reconciliation-data.sql: need 1 <= invoices <= 100000000, 0 <= drifts <= invoices, overapplied >= 0, 1 <= accounts <= 100000'; END $$;
\endif
\if :bench_db_fresh
\else
DO $$ BEGIN RAISE EXCEPTION 'reconciliation-data.sql: this database already holds benchmark data (ids >= 100000000); load into a freshly migrated one'; END $$;
\endif

SET synchronous_commit = off;
SET work_mem = '64MB';
SET temp_buffers = '512MB';
BEGIN;

-- Knuth's multiplicative hash of k onto 0..999 (inlined: one SQL expression).
CREATE FUNCTION pg_temp.bench_h(k bigint) RETURNS integer LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS
$$ SELECT (((k * 2654435761) % 4294967296) * 1000 / 4294967296)::integer $$;

-- The plan: one row per invoice with both of its ledger rows described, computed once into a temporary table
-- (in memory: temp_buffers) and read by every INSERT below. Each level is fenced (OFFSET 0) so that its columns are
-- computed once per row, not copied into every expression that uses them. A temporary table is never scanned
-- from the middle (no synchronized scans on local buffers), so the INSERTs keep the generation order.
CREATE TEMP TABLE bench_plan AS
SELECT s.*,
       CASE WHEN NOT s.drifted THEN s.true_balance
            WHEN s.drift_no % 2 = 0 AND s.true_balance > 0 THEN 0.00
            ELSE s.true_balance + (s.drift_no % 50 + 1) END::numeric(12, 2) AS stored_balance
FROM (
    SELECT c.*,
           GREATEST(0, c.total
                       - CASE WHEN c.status1 IN ('SUCCEEDED', 'REFUNDED') THEN c.a1 - c.refunded1 ELSE 0 END
                       - CASE WHEN c.has_credit THEN c.a2
                              WHEN c.status2 IN ('SUCCEEDED', 'REFUNDED') THEN c.a2 - c.refunded2 ELSE 0 END
           )::numeric(12, 2) AS true_balance,
           CASE WHEN c.status1 IN ('PENDING', 'RETURNED') OR c.h1 % 10 = 7 THEN 'ACH'
                WHEN c.h1 % 10 >= 8 THEN 'OFFLINE' ELSE 'CARD' END AS method1,
           CASE WHEN c.status2 IN ('PENDING', 'RETURNED') OR c.h2 % 10 = 7 THEN 'ACH'
                WHEN c.h2 % 10 >= 8 THEN 'OFFLINE' ELSE 'CARD' END AS method2
    FROM (
        SELECT b.*,
               CASE WHEN b.h1 < 1 THEN 'PENDING' WHEN b.h1 < 60 THEN 'FAILED' WHEN b.h1 < 70 THEN 'RETURNED'
                    WHEN b.h1 < 80 THEN 'REFUNDED' ELSE 'SUCCEEDED' END AS status1,
               CASE WHEN b.h1 BETWEEN 70 AND 79 THEN b.a1 WHEN b.h1 BETWEEN 80 AND 99 THEN round(b.a1 / 4, 2)
                    ELSE 0.00 END::numeric(12, 2) AS refunded1,
               CASE WHEN b.h2 < 1 THEN 'PENDING' WHEN b.h2 < 60 THEN 'FAILED' WHEN b.h2 < 70 THEN 'RETURNED'
                    WHEN b.h2 < 80 THEN 'REFUNDED' ELSE 'SUCCEEDED' END AS status2,
               CASE WHEN b.h2 BETWEEN 70 AND 79 THEN b.a2 WHEN b.h2 BETWEEN 80 AND 99 THEN round(b.a2 / 4, 2)
                    ELSE 0.00 END::numeric(12, 2) AS refunded2
        FROM (
            SELECT a.*,
                   a.a1_ AS a1,
                   CASE WHEN a.kind < 13 THEN a.total - a.a1_
                        WHEN a.kind < 19 THEN round((a.total - a.a1_) / 2, 2)
                        ELSE a.total - a.a1_ + 5.00 END::numeric(12, 2) AS a2
            FROM (
                SELECT g.i,
                       (g.i - 1) % :properties + 1 AS p,
                       (g.i - 1) / :properties AS r,
                       ((g.i - 1) % :properties) / :properties_per_account + 1 AS acct,
                       ((g.i - 1) % :properties + 1 + (g.i - 1) / :properties) % 2 = 0 AS has_credit,
                       t.total,
                       round(t.total * 0.6, 2)::numeric(12, 2) AS a1_,
                       (g.i * 31 + 7) % 20 AS kind,
                       date '2023-01-01' + ((g.i - 1) * 1095 / :invoices)::integer AS invoice_date,
                       (g.i * :drifts) / :invoices > ((g.i - 1) * :drifts) / :invoices AS drifted,
                       (g.i * :drifts) / :invoices AS drift_no,
                       pg_temp.bench_h(2 * g.i - 1) AS h1,
                       pg_temp.bench_h(2 * g.i) AS h2
                FROM generate_series(1::bigint, :invoices) AS g(i)
                CROSS JOIN LATERAL (SELECT (50 + ((g.i * 7919) % 495001) / 100.0)::numeric(12, 2) AS total) t
                OFFSET 0
            ) a
            OFFSET 0
        ) b
        OFFSET 0
    ) c
    OFFSET 0
) s;

INSERT INTO customer_account (id, external_id, account_number, name, billing_street, billing_city, billing_region,
                              billing_postal_code, active)
SELECT 100000000 + a, 'bench-acct-' || a, 'B-' || lpad(a::text, 6, '0'), 'Bench Account ' || a,
       a || ' Commerce Way', 'Springfield', 'IL', lpad((60000 + a % 1000)::text, 5, '0'), TRUE
FROM generate_series(1::bigint, :accounts) AS a;

INSERT INTO contact (id, customer_account_id, name, email, phone, active, version)
SELECT 100100000 + a, 100000000 + a, 'Bench Contact ' || a, 'recon-bench-' || a || '@example.test',
       '555-' || lpad((a % 10000)::text, 4, '0'), TRUE, 0
FROM generate_series(1::bigint, :accounts) AS a;

INSERT INTO property (id, external_id, customer_account_id, name, street, city, region, postal_code, active)
SELECT 101000000 + p, 'bench-prop-' || p, 100000000 + (p - 1) / :properties_per_account + 1,
       'Bench Property ' || p, p || ' Main Street', 'Springfield', 'IL', lpad((60000 + p % 1000)::text, 5, '0'), TRUE
FROM generate_series(1::bigint, :properties) AS p;

INSERT INTO invoice (id, invoice_number, external_id, invoice_date, due_date, property_id, service_contact_id,
                     total, balance, status, fee_waived, version)
SELECT 200000000 + i, 'INV-B' || lpad(i::text, 9, '0'), 'bench-inv-' || i, invoice_date, invoice_date + 30,
       101000000 + p, NULL, total, stored_balance, CASE WHEN stored_balance > 0 THEN 'DUE' ELSE 'PAID' END,
       i % 50 = 0, 0
FROM bench_plan;

-- Credits come before their applications (foreign key): one per property and block of ten rounds.
INSERT INTO credit (id, customer_account_id, credit_number, external_id, amount, remaining, reason, created_at, version)
SELECT 510000000 + x.credit_key, 100000000 + x.acct, 'CR-' || (100000000 + x.rn), NULL,
       CASE WHEN y.planted THEN round(x.applied * 0.9, 2) ELSE x.applied + y.leftover END,
       CASE WHEN y.planted THEN 0.00 ELSE y.leftover END,
       'Missed visit (bench)', x.first_applied - interval '5 days', 0
FROM (
    SELECT (r / 10) * :properties + p AS credit_key, acct, sum(a2) AS applied,
           (min(invoice_date) + 20)::timestamp AT TIME ZONE 'UTC' + interval '9 hours' AS first_applied,
           row_number() OVER (ORDER BY (r / 10) * :properties + p) AS rn, count(*) OVER () AS cnt
    FROM bench_plan
    WHERE has_credit
    GROUP BY 1, 2
) x
CROSS JOIN LATERAL (
    SELECT (x.rn * :overapplied) / x.cnt > ((x.rn - 1) * :overapplied) / x.cnt AS planted,
           CASE WHEN x.credit_key % 3 = 0 THEN 0.00 ELSE (x.credit_key % 40 + 1) * 5.00 END AS leftover
) y
ORDER BY x.credit_key;

SELECT count(*) >= :overapplied AS bench_overapplied_ok FROM credit WHERE id >= 510000000 \gset
\if :bench_overapplied_ok
\else
DO $$ BEGIN RAISE EXCEPTION 'reconciliation-data.sql: overapplied is more than the number of credits loaded'; END $$;
\endif

INSERT INTO payment (id, invoice_id, contact_id, method_type, method_brand, method_last_four, principal,
                     convenience_fee, status, gateway_reference, idempotency_key, created_at, settled_at, source,
                     version, failure_reason, refunded)
SELECT 300000000 + v.k, 200000000 + b.i,
       CASE WHEN v.method = 'OFFLINE' THEN NULL ELSE 100100000 + b.acct END,
       v.method,
       CASE v.method WHEN 'CARD' THEN CASE WHEN v.k % 2 = 0 THEN 'Visa' ELSE 'Mastercard' END
                     WHEN 'ACH' THEN 'First Community Bank' ELSE 'Check' END,
       CASE WHEN v.method = 'OFFLINE' THEN NULL ELSE lpad((v.k * 7 % 10000)::text, 4, '0') END,
       v.principal,
       CASE WHEN v.method = 'CARD' AND v.h % 3 <> 0 AND b.i % 50 <> 0 THEN round(v.principal * 0.03, 2)
            ELSE 0.00 END,
       v.status,
       CASE WHEN v.method = 'OFFLINE' THEN NULL ELSE 'bench-ch-' || (300000000 + v.k) END,
       'bench-pay-' || (300000000 + v.k),
       l.created_at,
       CASE WHEN v.status = 'PENDING' THEN NULL
            ELSE l.created_at + CASE WHEN v.method = 'ACH' THEN interval '2 days' ELSE interval '1 minute' END END,
       CASE WHEN v.method = 'OFFLINE' THEN 'BACK_OFFICE' WHEN v.h % 3 = 0 THEN 'STAFF' ELSE 'PORTAL' END,
       0,
       CASE v.status WHEN 'FAILED' THEN 'Declined by the issuer (bench)'
                     WHEN 'RETURNED' THEN 'R01 insufficient funds (bench)' END,
       v.refunded
FROM bench_plan b
CROSS JOIN LATERAL (VALUES
    (1, 2 * b.i - 1, b.a1, b.status1, b.refunded1, b.h1, b.method1),
    (2, 2 * b.i, b.a2, b.status2, b.refunded2, b.h2, b.method2)
) AS v(slot, k, principal, status, refunded, h, method)
CROSS JOIN LATERAL (
    SELECT (b.invoice_date + 7 * v.slot + (b.i % 5)::integer)::timestamp AT TIME ZONE 'UTC'
           + interval '1 second' * (28800 + (b.i * 37) % 36000) AS created_at
) AS l
WHERE v.slot = 1 OR NOT b.has_credit;

INSERT INTO credit_application (id, credit_id, invoice_id, amount, applied_at)
SELECT 600000000 + i, 510000000 + (r / 10) * :properties + p, 200000000 + i, a2,
       (invoice_date + 20)::timestamp AT TIME ZONE 'UTC' + interval '9 hours'
FROM bench_plan
WHERE has_credit;

DROP TABLE bench_plan;

-- Let the app go on allocating ids and credit numbers above everything loaded here.
SELECT setval('portal_id_seq', GREATEST(
           (SELECT last_value FROM portal_id_seq),
           (SELECT max(id) FROM customer_account), (SELECT max(id) FROM contact), (SELECT max(id) FROM property),
           (SELECT max(id) FROM invoice), (SELECT max(id) FROM payment), (SELECT max(id) FROM credit),
           (SELECT max(id) FROM credit_application))) AS portal_id_seq,
       setval('credit_number_seq', GREATEST(
           (SELECT last_value FROM credit_number_seq),
           100000000 + (SELECT count(*) FROM credit WHERE id >= 510000000))) AS credit_number_seq;

COMMIT;

VACUUM (ANALYZE) customer_account, contact, property, invoice, payment, credit, credit_application;

\if :verify
SELECT count(*) AS drifted_invoices, count(*) = :drifts AS drifted_ok FROM (
    SELECT i.id
    FROM invoice i
    LEFT JOIN (SELECT invoice_id, sum(principal - refunded) AS paid FROM payment
               WHERE status IN ('SUCCEEDED', 'REFUNDED') GROUP BY invoice_id) p ON p.invoice_id = i.id
    LEFT JOIN (SELECT invoice_id, sum(amount) AS credited FROM credit_application GROUP BY invoice_id) c
           ON c.invoice_id = i.id
    CROSS JOIN LATERAL (SELECT GREATEST(0, i.total - COALESCE(p.paid, 0) - COALESCE(c.credited, 0)) AS balance) x
    WHERE (i.balance, i.status) IS DISTINCT FROM (x.balance, CASE WHEN x.balance > 0 THEN 'DUE' ELSE 'PAID' END)
) d \gset
SELECT count(*) FILTER (WHERE cr.remaining <> cr.amount - COALESCE(a.applied, 0)) AS off_credits,
       count(*) FILTER (WHERE COALESCE(a.applied, 0) > cr.amount AND cr.remaining = 0) AS overapplied_credits
FROM credit cr
LEFT JOIN (SELECT credit_id, sum(amount) AS applied FROM credit_application GROUP BY credit_id) a ON a.credit_id = cr.id
\gset
SELECT :off_credits = :overapplied AND :overapplied_credits = :overapplied AS credits_ok \gset
\echo verify: :drifted_invoices drifted invoices (want :drifts), :overapplied_credits over-applied credits, :off_credits credits off (want :overapplied)
\if :drifted_ok
\else
DO $$ BEGIN RAISE EXCEPTION 'reconciliation-data.sql: drifted invoices do not match :drifts'; END $$;
\endif
\if :credits_ok
\else
DO $$ BEGIN RAISE EXCEPTION 'reconciliation-data.sql: over-applied credits do not match :overapplied'; END $$;
\endif
\endif
