-- The nightly reconciliation: what each run did, step by step, and the one row that lets a single run go at a time
-- across every server sharing this database.
ALTER TABLE reconciliation_run ADD COLUMN execution_id BIGINT;
ALTER TABLE reconciliation_run ADD COLUMN started_by VARCHAR(200) DEFAULT 'schedule' NOT NULL;
ALTER TABLE reconciliation_run ADD COLUMN current_step VARCHAR(30);
ALTER TABLE reconciliation_run ADD COLUMN steps_done INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE reconciliation_run ADD COLUMN step_started_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE reconciliation_run ADD COLUMN step_times VARCHAR(500);
ALTER TABLE reconciliation_run ADD COLUMN payments_returned INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE reconciliation_run ADD COLUMN credits_fixed INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE reconciliation_run ADD COLUMN reminders_sent INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE reconciliation_run ADD COLUMN failure_message VARCHAR(1000);
CREATE INDEX ix_reconciliation_run_started ON reconciliation_run (started_at);
CREATE INDEX ix_reconciliation_finding_kind ON reconciliation_finding (run_id, kind);

-- Held by the running run (run_id) and kept alive by its heartbeat; a run whose heartbeat stopped (its server
-- died) may be taken over.
CREATE TABLE reconciliation_lock (
    id           INTEGER PRIMARY KEY,
    run_id       BIGINT,
    heartbeat_at TIMESTAMP WITH TIME ZONE
);
INSERT INTO reconciliation_lock (id) VALUES (1);

-- A default card is reminded once before it expires.
ALTER TABLE payment_method ADD COLUMN expiry_reminded_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_payment_method_expiry ON payment_method (expiry_year, expiry_month);
