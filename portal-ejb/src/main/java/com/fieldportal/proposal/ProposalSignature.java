package com.fieldportal.proposal;

import com.fieldportal.customer.Contact;
import com.fieldportal.shared.BaseEntity;
import com.fieldportal.shared.Tokens;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** The evidence of an e-signature: who signed what, when, from where, and the document signed with its hash. Never changes. */
@Entity
@Table(name = "proposal_signature")
public class ProposalSignature extends BaseEntity {

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "proposal_id")
    private Proposal proposal;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "signer_contact_id")
    private Contact signer;

    @Column(name = "signer_name")
    private String signerName;

    /** The signer's e-mail address when signing; the contact's may change later. */
    @Column(name = "signer_email")
    private String signerEmail;

    @Basic(fetch = FetchType.LAZY)
    private byte[] image;

    @Column(name = "signed_at")
    private Instant signedAt;
    @Column(name = "ip_address")
    private String ipAddress;
    @Column(name = "user_agent")
    private String userAgent;

    /** The optional services chosen, as their descriptions read when signed. */
    @Column(name = "chosen_optional_lines")
    private String chosenOptionalLines;

    @Column(name = "document_sha256")
    private String documentSha256;

    /** The proposal document exactly as the signer was shown it: hashing it again gives {@link #documentSha256}. */
    @Basic(fetch = FetchType.LAZY)
    private byte[] document;

    /** The signed PDF (signature and audit block) as printed when signed; it never changes afterwards. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "signed_pdf")
    private byte[] signedPdf;

    protected ProposalSignature() {
    }

    ProposalSignature(Proposal proposal, Signing signing, String chosenOptionalLines, byte[] shownDocument) {
        this.proposal = proposal;
        this.signer = signing.signer();
        this.signerName = signing.signerName();
        this.signerEmail = signing.signer() == null ? null : signing.signer().getEmail();
        this.image = signing.image();
        this.signedAt = signing.at();
        this.ipAddress = signing.ipAddress();
        this.userAgent = signing.userAgent();
        this.chosenOptionalLines = chosenOptionalLines;
        this.document = shownDocument;
        this.documentSha256 = Tokens.sha256(shownDocument);
    }

    /** Keeps the signed PDF printed at signing; once kept, it stays. */
    public void keepSignedPdf(byte[] pdf) {
        if (signedPdf != null) {
            throw new IllegalStateException("The signed PDF of a signature is printed once");
        }
        signedPdf = pdf;
    }

    public String getSignerName() {
        return signerName;
    }

    public String getSignerEmail() {
        return signerEmail;
    }

    public byte[] getImage() {
        return image;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getIpAddress() {
        return ipAddress;
    }

    public String getUserAgent() {
        return userAgent;
    }

    /** The optional services chosen, one per line as they read when signed; empty when none were. */
    public String getChosenOptionalLines() {
        return chosenOptionalLines == null ? "" : chosenOptionalLines;
    }

    public String getDocumentSha256() {
        return documentSha256;
    }

    public byte[] getDocument() {
        return document;
    }

    /** The signed PDF as printed when signed; null for signatures made before the portal kept it. */
    public byte[] getSignedPdf() {
        return signedPdf;
    }
}
