-- Attachments are kept in parts of 256 KB, written and read one part at a time, so that a large file is never held
-- whole in memory. The old single-column content stays for files written before.
ALTER TABLE attachment ALTER COLUMN content DROP NOT NULL;
CREATE TABLE attachment_part (
    id            BIGINT PRIMARY KEY,
    attachment_id BIGINT NOT NULL REFERENCES attachment (id),
    part_no       INTEGER NOT NULL,
    content       BYTEA NOT NULL,
    CONSTRAINT uq_attachment_part UNIQUE (attachment_id, part_no)
);
CREATE INDEX ix_attachment_request ON attachment (request_id);
CREATE INDEX ix_attachment_comment ON attachment (comment_id);
-- The request list: a status's requests at the contact's properties, newest first.
CREATE INDEX ix_service_request_list ON service_request (property_id, status, created_at);
