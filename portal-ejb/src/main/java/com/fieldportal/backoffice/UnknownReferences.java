package com.fieldportal.backoffice;

import com.fieldportal.shared.BusinessException;
import java.util.List;

/** The document names records the portal does not have (by their external ids): HTTP 422, naming them. */
public class UnknownReferences extends BusinessException {

    private final List<String> references;

    public UnknownReferences(List<String> references) {
        super("Not known to the portal: " + String.join(", ", references) + ". Send them first.");
        this.references = List.copyOf(references);
    }

    public List<String> references() {
        return references;
    }
}
