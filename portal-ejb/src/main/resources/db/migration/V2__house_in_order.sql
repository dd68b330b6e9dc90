-- Sign-in: failures are counted per client in their own table (sign_in_failure), browsers that signed in
-- before are remembered (known_device), and a session generation ends old sessions when a password changes.
ALTER TABLE contact DROP COLUMN failed_sign_ins;
ALTER TABLE contact DROP COLUMN locked_until;
ALTER TABLE contact ADD COLUMN session_epoch INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE staff_user DROP COLUMN failed_sign_ins;
ALTER TABLE staff_user DROP COLUMN locked_until;
ALTER TABLE staff_user ADD COLUMN session_epoch INTEGER DEFAULT 0 NOT NULL;

CREATE TABLE sign_in_failure (
    id         BIGINT PRIMARY KEY,
    login       VARCHAR(254) NOT NULL,
    client_kind VARCHAR(10) NOT NULL,
    client      VARCHAR(100) NOT NULL,
    ip_address  VARCHAR(64) NOT NULL,
    failed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_sign_in_failure_login ON sign_in_failure (login, failed_at);
CREATE INDEX ix_sign_in_failure_ip ON sign_in_failure (ip_address, failed_at);

CREATE TABLE known_device (
    id           BIGINT PRIMARY KEY,
    login        VARCHAR(254) NOT NULL,
    token_hash   VARCHAR(64) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_known_device_token UNIQUE (token_hash)
);
CREATE INDEX ix_known_device_login ON known_device (login);

-- Reset links belong to a login (contact or staff user); links live an hour, so none is kept.
DROP TABLE password_reset_token;
CREATE TABLE password_reset_token (
    id           BIGINT PRIMARY KEY,
    login        VARCHAR(254) NOT NULL,
    token_hash   VARCHAR(64) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at      TIMESTAMP WITH TIME ZONE,
    requested_ip VARCHAR(64),
    CONSTRAINT uq_password_reset_token_hash UNIQUE (token_hash)
);
CREATE INDEX ix_password_reset_token_login ON password_reset_token (login, created_at);

-- A one-time code in a mail is kept apart from its text, and dropped once the mail has been sent.
ALTER TABLE outbox_mail ADD COLUMN secret VARCHAR(200);

-- The support contact has a name; a logo is its bytes and its type, never one without the other.
ALTER TABLE portal_configuration ADD COLUMN support_name VARCHAR(200);
UPDATE portal_configuration SET logo = NULL, logo_content_type = NULL WHERE logo IS NULL OR logo_content_type IS NULL;
ALTER TABLE portal_configuration ADD CONSTRAINT ck_portal_configuration_logo
    CHECK ((logo IS NULL AND logo_content_type IS NULL) OR (logo IS NOT NULL AND logo_content_type IS NOT NULL));

-- Slide links to portal pages are relative to the portal ("/proposals.xhtml"), whatever its context root.
UPDATE carousel_slide SET link_url = SUBSTRING(link_url FROM 8) WHERE link_url LIKE '/portal/%';
