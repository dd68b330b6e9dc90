package com.fieldportal.proposal;

import java.util.Set;

/**
 * What Select &amp; Sign sends: which proposal, as of which version, the optional lines ticked, the typed name, the drawn
 * signature (PNG) and the document the customer was shown (PDF).
 */
public record Acceptance(long proposalId, long shownVersion, Set<Long> chosenLineIds, String signerName, byte[] signaturePng,
                         byte[] shownDocument) {

    public Acceptance {
        chosenLineIds = chosenLineIds == null ? Set.of() : Set.copyOf(chosenLineIds);
    }
}
