-- The staff console: links that set a first password (invitations, the first admin) next to reset links, and
-- the invitation mail the admin edits.
ALTER TABLE password_reset_token ADD COLUMN purpose VARCHAR(20) DEFAULT 'RESET' NOT NULL;

ALTER TABLE portal_configuration ADD COLUMN invitation_subject VARCHAR(200);
ALTER TABLE portal_configuration ADD COLUMN invitation_text TEXT;
UPDATE portal_configuration SET
    invitation_subject = 'Your account for {company} in our customer portal',
    invitation_text = 'Hello {name},

{company} can now see invoices, proposals and service requests in our customer portal, and you have an account in it.
Open this link within seven days to choose your password:

{link}

If you were not expecting this mail, you can ignore it.';
ALTER TABLE portal_configuration ALTER COLUMN invitation_subject SET NOT NULL;
ALTER TABLE portal_configuration ALTER COLUMN invitation_text SET NOT NULL;

CREATE INDEX ix_audit_event_actor ON audit_event (actor_name, occurred_at);
CREATE INDEX ix_audit_event_action ON audit_event (action, occurred_at);
CREATE INDEX ix_outbox_mail_created ON outbox_mail (status, created_at);
