package com.fieldportal.proposal;

import com.fieldportal.customer.Contact;
import com.fieldportal.shared.BaseEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** The evidence of an e-signature: who signed what, when, from where, and a hash of the document signed. */
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

    protected ProposalSignature() {
    }

    ProposalSignature(Proposal proposal, Signing signing, String chosenOptionalLines, String documentSha256) {
        this.proposal = proposal;
        this.signer = signing.signer();
        this.signerName = signing.signerName();
        this.image = signing.image();
        this.signedAt = signing.at();
        this.ipAddress = signing.ipAddress();
        this.userAgent = signing.userAgent();
        this.chosenOptionalLines = chosenOptionalLines;
        this.documentSha256 = documentSha256;
    }
}
