-- Proposals: why a customer declined, and the evidence a signature keeps besides the image: the signer's e-mail as it
-- was when signing, the exact document shown (its SHA-256 is already kept) so that the hash can be checked later, and
-- the signed PDF as printed when signed.
ALTER TABLE proposal ADD COLUMN decline_reason VARCHAR(1000);
ALTER TABLE proposal_signature ADD COLUMN signer_email VARCHAR(320);
ALTER TABLE proposal_signature ADD COLUMN document BYTEA;
ALTER TABLE proposal_signature ADD COLUMN signed_pdf BYTEA;
UPDATE proposal_signature SET signer_email = (SELECT c.email FROM contact c WHERE c.id = proposal_signature.signer_contact_id)
    WHERE signer_email IS NULL;
-- The staff's list: newest sent first, and the signed ones staff still have to win.
CREATE INDEX ix_proposal_sent ON proposal (sent_date);
CREATE INDEX ix_proposal_status ON proposal (customer_status, contractor_status);
