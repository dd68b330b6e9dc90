package com.fieldportal.web.proposal;

import com.fieldportal.proposal.Acceptance;
import com.fieldportal.proposal.Proposal;
import com.fieldportal.proposal.ProposalLine;
import com.fieldportal.proposal.ProposalService;
import com.fieldportal.proposal.SignatureImage;
import com.fieldportal.report.Document;
import com.fieldportal.report.ProposalDocuments;
import com.fieldportal.shared.BusinessException;
import com.fieldportal.shared.Formats;
import com.fieldportal.web.ViewParams;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * View Proposal: the proposal document in the page, and for a pending one Select &amp; Sign: tick optional services (the
 * total follows), draw a signature, type a name, Accept &amp; Sign. What is signed is the very document shown here.
 */
@Named
@ViewScoped
public class ProposalDocumentBacking implements Serializable {

    @EJB
    ProposalDocuments documents;

    @EJB
    ProposalService proposals;

    @Inject
    ShownDocuments shown;

    @Inject
    Formats formats;

    private String id;
    private Proposal proposal;
    private String token;
    private long shownVersion;

    private List<Long> chosen = new ArrayList<>();
    private String signerName;
    private String strokes;
    private byte[] signaturePng;
    private String problem;

    /** f:viewAction. A pending proposal's document is kept in the session, to be signed as shown; others are shown as they are. */
    public void load() {
        proposal = proposals.proposal(ViewParams.id(id, "Proposal"));
        shownVersion = proposal.getVersion();
        token = proposal.isPending() ? shown.token(proposal.getId(), shownVersion, () -> documents.proposalForContact(proposal.getId())) : null;
    }

    /** Where the page's viewer gets the document. */
    public String getDocumentPath() {
        return "/proposal.pdf?" + (token == null ? "id=" + proposal.getId() : "shown=" + token);
    }

    /** The total as ticked, worked out by the proposal itself. */
    public BigDecimal getTotal() {
        return proposal.priceWith(proposal.optionalLines(chosen));
    }

    public void sign() {
        problem = null;
        // The pad's strokes say whether something was drawn; the image is checked again by the service.
        if (strokes == null || !strokes.contains("[[")) {
            problem = SignatureImage.DRAW_IT;
            return;
        }
        Document document = shown.get(token);
        if (document == null) {
            problem = "This page is too old to sign from. Open the proposal again.";
            return;
        }
        try {
            // The page keeps the proposal as shown: a second press finds the form still there and gets the service's answer.
            proposals.sign(new Acceptance(proposal.getId(), shownVersion, new HashSet<>(chosen), signerName, signaturePng,
                    document.content()));
            PrimeFaces.current().ajax().addCallbackParam("signed", true);
        } catch (BusinessException e) {
            problem = e.getMessage();
        }
    }

    /** "Fall color rotation (+$540.00)" */
    public String optionLabel(ProposalLine line) {
        return line.getDescription() + " (+" + formats.money(line.getAmount()) + ")";
    }

    /** The pad's PNG, as the data URL it sends ("data:image/png;base64,..."). */
    public void setSignatureData(String dataUrl) {
        signaturePng = SignatureImage.fromDataUrl(dataUrl);
    }

    public String getSignatureData() {
        return null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Proposal getProposal() {
        return proposal;
    }

    public List<Long> getChosen() {
        return chosen;
    }

    public void setChosen(List<Long> chosen) {
        this.chosen = chosen == null ? new ArrayList<>() : chosen;
    }

    public String getSignerName() {
        return signerName;
    }

    public void setSignerName(String signerName) {
        this.signerName = signerName;
    }

    public String getStrokes() {
        return strokes;
    }

    public void setStrokes(String strokes) {
        this.strokes = strokes;
    }

    public String getProblem() {
        return problem;
    }
}
