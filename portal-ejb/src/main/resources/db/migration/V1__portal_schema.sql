-- The portal's schema, written for PostgreSQL and for H2 in PostgreSQL mode (the embedded default).
-- Money is NUMERIC(12,2); instants are TIMESTAMP WITH TIME ZONE in UTC; ids come from portal_id_seq.

CREATE SEQUENCE portal_id_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE request_number_seq START WITH 1001 INCREMENT BY 1;

CREATE TABLE staff_user (
    id              BIGINT PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    email           VARCHAR(254) NOT NULL,
    phone           VARCHAR(50),
    password_hash   VARCHAR(400),
    failed_sign_ins INTEGER NOT NULL DEFAULT 0,
    locked_until    TIMESTAMP WITH TIME ZONE,
    last_sign_in    TIMESTAMP WITH TIME ZONE,
    active          BOOLEAN NOT NULL DEFAULT TRUE,
    CONSTRAINT uq_staff_user_email UNIQUE (email)
);

CREATE TABLE staff_user_role (
    staff_user_id BIGINT NOT NULL REFERENCES staff_user (id),
    role          VARCHAR(20) NOT NULL,
    PRIMARY KEY (staff_user_id, role)
);

CREATE TABLE customer_account (
    id                  BIGINT PRIMARY KEY,
    external_id         VARCHAR(100),
    account_number      VARCHAR(50) NOT NULL,
    name                VARCHAR(200) NOT NULL,
    billing_street      VARCHAR(200),
    billing_city        VARCHAR(100),
    billing_region      VARCHAR(100),
    billing_postal_code VARCHAR(20),
    active              BOOLEAN NOT NULL DEFAULT TRUE,
    CONSTRAINT uq_customer_account_external_id UNIQUE (external_id),
    CONSTRAINT uq_customer_account_number UNIQUE (account_number)
);

CREATE TABLE property (
    id                    BIGINT PRIMARY KEY,
    external_id           VARCHAR(100),
    customer_account_id   BIGINT NOT NULL REFERENCES customer_account (id),
    name                  VARCHAR(200) NOT NULL,
    street                VARCHAR(200),
    city                  VARCHAR(100),
    region                VARCHAR(100),
    postal_code           VARCHAR(20),
    account_owner_id      BIGINT REFERENCES staff_user (id),
    operations_manager_id BIGINT REFERENCES staff_user (id),
    sales_rep_id          BIGINT REFERENCES staff_user (id),
    active                BOOLEAN NOT NULL DEFAULT TRUE,
    CONSTRAINT uq_property_external_id UNIQUE (external_id)
);
CREATE INDEX ix_property_account ON property (customer_account_id);

CREATE TABLE contact (
    id                  BIGINT PRIMARY KEY,
    customer_account_id BIGINT NOT NULL REFERENCES customer_account (id),
    name                VARCHAR(200) NOT NULL,
    email               VARCHAR(254) NOT NULL,
    phone               VARCHAR(50),
    password_hash       VARCHAR(400),
    failed_sign_ins     INTEGER NOT NULL DEFAULT 0,
    locked_until        TIMESTAMP WITH TIME ZONE,
    last_sign_in        TIMESTAMP WITH TIME ZONE,
    active              BOOLEAN NOT NULL DEFAULT TRUE,
    invited_at          TIMESTAMP WITH TIME ZONE,
    version             BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_contact_email UNIQUE (email)
);
CREATE INDEX ix_contact_account ON contact (customer_account_id);

CREATE TABLE contact_role (
    contact_id BIGINT NOT NULL REFERENCES contact (id),
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (contact_id, role)
);

CREATE TABLE contact_property (
    contact_id  BIGINT NOT NULL REFERENCES contact (id),
    property_id BIGINT NOT NULL REFERENCES property (id),
    PRIMARY KEY (contact_id, property_id)
);
CREATE INDEX ix_contact_property_property ON contact_property (property_id);

CREATE TABLE portal_configuration (
    id                      BIGINT PRIMARY KEY,
    title                   VARCHAR(200) NOT NULL,
    logo                    BYTEA,
    logo_content_type       VARCHAR(100),
    primary_color           VARCHAR(20),
    accent_color            VARCHAR(20),
    show_requests           BOOLEAN NOT NULL,
    show_proposals          BOOLEAN NOT NULL,
    show_invoices           BOOLEAN NOT NULL,
    electronic_payments     BOOLEAN NOT NULL,
    convenience_fee_percent NUMERIC(5, 2) NOT NULL,
    support_email           VARCHAR(254),
    support_phone           VARCHAR(50),
    version                 BIGINT NOT NULL DEFAULT 0
);

INSERT INTO portal_configuration (id, title, show_requests, show_proposals, show_invoices,
                                  electronic_payments, convenience_fee_percent)
VALUES (1, 'Customer Portal', TRUE, TRUE, TRUE, FALSE, 0);

CREATE TABLE carousel_slide (
    id                 BIGINT PRIMARY KEY,
    configuration_id   BIGINT NOT NULL REFERENCES portal_configuration (id),
    headline           VARCHAR(200) NOT NULL,
    body_text          VARCHAR(1000),
    link_url           VARCHAR(1000),
    image              BYTEA,
    image_content_type VARCHAR(100),
    sort_order         INTEGER NOT NULL,
    active             BOOLEAN NOT NULL DEFAULT TRUE
);

CREATE TABLE proposal (
    id                   BIGINT PRIMARY KEY,
    proposal_number      VARCHAR(50) NOT NULL,
    external_id          VARCHAR(100),
    opportunity_name     VARCHAR(300) NOT NULL,
    property_id          BIGINT NOT NULL REFERENCES property (id),
    sales_rep_id         BIGINT REFERENCES staff_user (id),
    service_contact_id   BIGINT REFERENCES staff_user (id),
    sent_date            DATE,
    estimated_start_date DATE,
    customer_status      VARCHAR(20) NOT NULL,
    contractor_status    VARCHAR(20) NOT NULL,
    price                NUMERIC(12, 2) NOT NULL,
    terms                TEXT,
    version              BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_proposal_number UNIQUE (proposal_number),
    CONSTRAINT uq_proposal_external_id UNIQUE (external_id)
);
CREATE INDEX ix_proposal_property ON proposal (property_id, customer_status);

CREATE TABLE proposal_line (
    id            BIGINT PRIMARY KEY,
    proposal_id   BIGINT NOT NULL REFERENCES proposal (id),
    description   VARCHAR(500) NOT NULL,
    quantity      NUMERIC(12, 3) NOT NULL,
    unit_price    NUMERIC(12, 2) NOT NULL,
    amount        NUMERIC(12, 2) NOT NULL,
    optional_line BOOLEAN NOT NULL,
    chosen        BOOLEAN NOT NULL,
    sort_order    INTEGER NOT NULL
);
CREATE INDEX ix_proposal_line_proposal ON proposal_line (proposal_id);

CREATE TABLE proposal_signature (
    id                    BIGINT PRIMARY KEY,
    proposal_id           BIGINT NOT NULL REFERENCES proposal (id),
    signer_contact_id     BIGINT NOT NULL REFERENCES contact (id),
    signer_name           VARCHAR(200) NOT NULL,
    image                 BYTEA NOT NULL,
    signed_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    ip_address            VARCHAR(64),
    user_agent            VARCHAR(500),
    chosen_optional_lines TEXT,
    document_sha256       VARCHAR(64) NOT NULL,
    CONSTRAINT uq_proposal_signature_proposal UNIQUE (proposal_id)
);

CREATE TABLE service_request (
    id                    BIGINT PRIMARY KEY,
    request_number        BIGINT NOT NULL,
    property_id           BIGINT NOT NULL REFERENCES property (id),
    created_by_contact_id BIGINT REFERENCES contact (id),
    subject               VARCHAR(200) NOT NULL,
    description           TEXT NOT NULL,
    priority              VARCHAR(20) NOT NULL,
    status                VARCHAR(20) NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at          TIMESTAMP WITH TIME ZONE,
    version               BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_service_request_number UNIQUE (request_number)
);
CREATE INDEX ix_service_request_property ON service_request (property_id, status);

CREATE TABLE request_proposal (
    request_id  BIGINT NOT NULL REFERENCES service_request (id),
    proposal_id BIGINT NOT NULL REFERENCES proposal (id),
    PRIMARY KEY (request_id, proposal_id)
);

CREATE TABLE request_comment (
    id                BIGINT PRIMARY KEY,
    request_id        BIGINT NOT NULL REFERENCES service_request (id),
    author_contact_id BIGINT REFERENCES contact (id),
    author_staff_id   BIGINT REFERENCES staff_user (id),
    body              TEXT NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_request_comment_request ON request_comment (request_id);

CREATE TABLE attachment (
    id           BIGINT PRIMARY KEY,
    request_id   BIGINT REFERENCES service_request (id),
    comment_id   BIGINT REFERENCES request_comment (id),
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT NOT NULL,
    content      BYTEA NOT NULL,
    thumbnail    BYTEA,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_attachment_owner CHECK (request_id IS NOT NULL OR comment_id IS NOT NULL)
);

CREATE TABLE invoice (
    id                 BIGINT PRIMARY KEY,
    invoice_number     VARCHAR(50) NOT NULL,
    external_id        VARCHAR(100),
    invoice_date       DATE NOT NULL,
    due_date           DATE,
    property_id        BIGINT NOT NULL REFERENCES property (id),
    service_contact_id BIGINT REFERENCES staff_user (id),
    total              NUMERIC(12, 2) NOT NULL,
    balance            NUMERIC(12, 2) NOT NULL,
    status             VARCHAR(20) NOT NULL,
    fee_waived         BOOLEAN NOT NULL DEFAULT FALSE,
    version            BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_invoice_number UNIQUE (invoice_number),
    CONSTRAINT uq_invoice_external_id UNIQUE (external_id),
    CONSTRAINT ck_invoice_balance CHECK (balance >= 0)
);
CREATE INDEX ix_invoice_property ON invoice (property_id, status);

CREATE TABLE invoice_line (
    id          BIGINT PRIMARY KEY,
    invoice_id  BIGINT NOT NULL REFERENCES invoice (id),
    description VARCHAR(500) NOT NULL,
    quantity    NUMERIC(12, 3) NOT NULL,
    unit_price  NUMERIC(12, 2) NOT NULL,
    amount      NUMERIC(12, 2) NOT NULL,
    sort_order  INTEGER NOT NULL
);
CREATE INDEX ix_invoice_line_invoice ON invoice_line (invoice_id);

CREATE TABLE invoice_opportunity (
    id               BIGINT PRIMARY KEY,
    invoice_id       BIGINT NOT NULL REFERENCES invoice (id),
    proposal_id      BIGINT REFERENCES proposal (id),
    opportunity_name VARCHAR(300) NOT NULL,
    sort_order       INTEGER NOT NULL
);
CREATE INDEX ix_invoice_opportunity_invoice ON invoice_opportunity (invoice_id);
CREATE INDEX ix_invoice_opportunity_proposal ON invoice_opportunity (proposal_id);

CREATE TABLE payment (
    id                BIGINT PRIMARY KEY,
    invoice_id        BIGINT NOT NULL REFERENCES invoice (id),
    contact_id        BIGINT REFERENCES contact (id),
    method_type       VARCHAR(10),
    method_brand      VARCHAR(50),
    method_last_four  VARCHAR(4),
    principal         NUMERIC(12, 2) NOT NULL,
    convenience_fee   NUMERIC(12, 2) NOT NULL,
    status            VARCHAR(20) NOT NULL,
    gateway_reference VARCHAR(100),
    idempotency_key   VARCHAR(100) NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    settled_at        TIMESTAMP WITH TIME ZONE,
    source            VARCHAR(20) NOT NULL,
    version           BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_payment_gateway_reference UNIQUE (gateway_reference),
    CONSTRAINT uq_payment_idempotency_key UNIQUE (idempotency_key),
    CONSTRAINT ck_payment_principal CHECK (principal > 0)
);
CREATE INDEX ix_payment_invoice ON payment (invoice_id);

CREATE TABLE credit (
    id                  BIGINT PRIMARY KEY,
    customer_account_id BIGINT NOT NULL REFERENCES customer_account (id),
    credit_number       VARCHAR(50) NOT NULL,
    external_id         VARCHAR(100),
    amount              NUMERIC(12, 2) NOT NULL,
    remaining           NUMERIC(12, 2) NOT NULL,
    reason              VARCHAR(500),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_credit_number UNIQUE (credit_number),
    CONSTRAINT uq_credit_external_id UNIQUE (external_id)
);
CREATE INDEX ix_credit_account ON credit (customer_account_id);

CREATE TABLE credit_application (
    id         BIGINT PRIMARY KEY,
    credit_id  BIGINT NOT NULL REFERENCES credit (id),
    invoice_id BIGINT NOT NULL REFERENCES invoice (id),
    amount     NUMERIC(12, 2) NOT NULL,
    applied_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_credit_application_amount CHECK (amount > 0)
);
CREATE INDEX ix_credit_application_credit ON credit_application (credit_id);
CREATE INDEX ix_credit_application_invoice ON credit_application (invoice_id);

CREATE TABLE payment_method (
    id            BIGINT PRIMARY KEY,
    contact_id    BIGINT NOT NULL REFERENCES contact (id),
    method_type   VARCHAR(10) NOT NULL,
    gateway_token VARCHAR(200) NOT NULL,
    brand         VARCHAR(100),
    last_four     VARCHAR(4) NOT NULL,
    expiry_month  INTEGER,
    expiry_year   INTEGER,
    account_type  VARCHAR(20),
    is_default    BOOLEAN NOT NULL DEFAULT FALSE,
    active        BOOLEAN NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_payment_method_contact ON payment_method (contact_id);

CREATE TABLE outbox_mail (
    id              BIGINT PRIMARY KEY,
    recipient       VARCHAR(1000) NOT NULL,
    cc              VARCHAR(1000),
    subject         VARCHAR(500) NOT NULL,
    text_body       TEXT NOT NULL,
    html_body       TEXT,
    status          VARCHAR(20) NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(1000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    correlation     VARCHAR(200)
);
CREATE INDEX ix_outbox_mail_due ON outbox_mail (status, next_attempt_at);

CREATE TABLE audit_event (
    id          BIGINT PRIMARY KEY,
    actor_type  VARCHAR(20) NOT NULL,
    actor_id    BIGINT,
    actor_name  VARCHAR(254),
    action      VARCHAR(100) NOT NULL,
    target_type VARCHAR(100),
    target_id   BIGINT,
    details     TEXT,
    ip_address  VARCHAR(64),
    user_agent  VARCHAR(500),
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_audit_event_target ON audit_event (target_type, target_id);
CREATE INDEX ix_audit_event_occurred ON audit_event (occurred_at);

CREATE TABLE password_reset_token (
    id           BIGINT PRIMARY KEY,
    contact_id   BIGINT NOT NULL REFERENCES contact (id),
    token_hash   VARCHAR(64) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at      TIMESTAMP WITH TIME ZONE,
    requested_ip VARCHAR(64),
    CONSTRAINT uq_password_reset_token_hash UNIQUE (token_hash)
);
CREATE INDEX ix_password_reset_token_contact ON password_reset_token (contact_id);

CREATE TABLE reconciliation_run (
    id         BIGINT PRIMARY KEY,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at   TIMESTAMP WITH TIME ZONE,
    status     VARCHAR(20) NOT NULL,
    payments_settled INTEGER NOT NULL DEFAULT 0,
    invoices_checked INTEGER NOT NULL DEFAULT 0,
    invoices_fixed   INTEGER NOT NULL DEFAULT 0,
    credits_checked  INTEGER NOT NULL DEFAULT 0,
    credits_reported INTEGER NOT NULL DEFAULT 0,
    failures         INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE reconciliation_finding (
    id             BIGINT PRIMARY KEY,
    run_id         BIGINT NOT NULL REFERENCES reconciliation_run (id),
    kind           VARCHAR(50) NOT NULL,
    record_type    VARCHAR(50) NOT NULL,
    record_id      BIGINT NOT NULL,
    stored_value   VARCHAR(100),
    computed_value VARCHAR(100),
    resolution     VARCHAR(20) NOT NULL
);
CREATE INDEX ix_reconciliation_finding_run ON reconciliation_finding (run_id);
