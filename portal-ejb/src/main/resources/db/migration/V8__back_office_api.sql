-- The back office's REST API: its keys, and the external ids it upserts by.

CREATE TABLE api_key (
    id                  BIGINT PRIMARY KEY,
    name                VARCHAR(100) NOT NULL,
    scope               VARCHAR(10) NOT NULL,
    token_hash          VARCHAR(64) NOT NULL,
    token_prefix        VARCHAR(20) NOT NULL,
    requests_per_minute INTEGER NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(254) NOT NULL,
    revoked_at          TIMESTAMP WITH TIME ZONE,
    last_used_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_api_key_token_hash UNIQUE (token_hash),
    CONSTRAINT ck_api_key_rate CHECK (requests_per_minute > 0)
);

ALTER TABLE staff_user ADD COLUMN external_id VARCHAR(100);
ALTER TABLE staff_user ADD CONSTRAINT uq_staff_user_external_id UNIQUE (external_id);
ALTER TABLE contact ADD COLUMN external_id VARCHAR(100);
ALTER TABLE contact ADD CONSTRAINT uq_contact_external_id UNIQUE (external_id);
ALTER TABLE payment ADD COLUMN external_id VARCHAR(100);
ALTER TABLE payment ADD CONSTRAINT uq_payment_external_id UNIQUE (external_id);
ALTER TABLE credit_application ADD COLUMN external_id VARCHAR(100);
ALTER TABLE credit_application ADD CONSTRAINT uq_credit_application_external_id UNIQUE (external_id);

-- What the back office pulls "changed since": requests (with their comments) and payments. The entities set
-- changed_at; the default is for rows written by SQL (imports, benchmarks).
ALTER TABLE service_request ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;
UPDATE service_request r SET changed_at = COALESCE(
    (SELECT MAX(c.created_at) FROM request_comment c WHERE c.request_id = r.id AND c.created_at > COALESCE(r.completed_at, r.created_at)),
    r.completed_at, r.created_at);
ALTER TABLE service_request ALTER COLUMN changed_at SET NOT NULL;
ALTER TABLE service_request ALTER COLUMN changed_at SET DEFAULT CURRENT_TIMESTAMP;
CREATE INDEX ix_service_request_changed ON service_request (changed_at, id);

ALTER TABLE payment ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;
UPDATE payment SET changed_at = COALESCE(settled_at, created_at);
ALTER TABLE payment ALTER COLUMN changed_at SET NOT NULL;
ALTER TABLE payment ALTER COLUMN changed_at SET DEFAULT CURRENT_TIMESTAMP;
CREATE INDEX ix_payment_changed ON payment (changed_at, id);

CREATE INDEX ix_proposal_signature_signed ON proposal_signature (signed_at, id);

-- Ids 500 at a time (BaseEntity's allocationSize): bulks write thousands of rows a call.
ALTER SEQUENCE portal_id_seq INCREMENT BY 500;
