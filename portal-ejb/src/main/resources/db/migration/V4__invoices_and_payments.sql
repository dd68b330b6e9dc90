-- Invoices and payments: why a payment failed and how much of it was refunded, each saved card's funding type
-- (credit, debit, prepaid) for the fee exemption, credit numbers, and the sandbox gateway's own records.
ALTER TABLE payment ADD COLUMN failure_reason VARCHAR(300);
ALTER TABLE payment ADD COLUMN refunded NUMERIC(12, 2) DEFAULT 0 NOT NULL;
ALTER TABLE payment ADD CONSTRAINT ck_payment_refunded CHECK (refunded >= 0 AND refunded <= principal);
CREATE INDEX ix_payment_created ON payment (created_at);
CREATE INDEX ix_payment_status ON payment (status, created_at);
CREATE INDEX ix_payment_contact ON payment (contact_id);

ALTER TABLE payment_method ADD COLUMN funding VARCHAR(10);

ALTER TABLE portal_configuration ADD COLUMN fee_exempt_debit BOOLEAN DEFAULT FALSE NOT NULL;

ALTER TABLE credit ADD CONSTRAINT ck_credit_remaining CHECK (remaining >= 0 AND remaining <= amount);
CREATE SEQUENCE credit_number_seq START WITH 5001 INCREMENT BY 1;

-- The sandbox gateway stands for a payment processor outside the portal. Like a real one it keeps a token per
-- card or bank account, never the number; it knows only what its test numbers are meant to do.
CREATE TABLE sandbox_token (
    token        VARCHAR(64) PRIMARY KEY,
    method_type  VARCHAR(10) NOT NULL,
    brand        VARCHAR(100) NOT NULL,
    last_four    VARCHAR(4) NOT NULL,
    expiry_month INTEGER,
    expiry_year  INTEGER,
    funding      VARCHAR(10),
    account_type VARCHAR(20),
    behaviour    VARCHAR(30) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE sandbox_charge (
    reference       VARCHAR(64) PRIMARY KEY,
    token           VARCHAR(64) NOT NULL REFERENCES sandbox_token (token),
    idempotency_key VARCHAR(100) NOT NULL,
    amount          NUMERIC(12, 2) NOT NULL,
    refunded        NUMERIC(12, 2) DEFAULT 0 NOT NULL,
    status          VARCHAR(20) NOT NULL,
    message         VARCHAR(300),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_sandbox_charge_key UNIQUE (idempotency_key)
);
