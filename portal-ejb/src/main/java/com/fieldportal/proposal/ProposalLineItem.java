package com.fieldportal.proposal;

import java.math.BigDecimal;

/** A service line of a proposal as the back office sends it; optional lines are the customer's to choose. */
public record ProposalLineItem(String description, BigDecimal quantity, BigDecimal unitPrice, boolean optional) {

    String describe() {
        return describe(description, quantity, unitPrice, optional);
    }

    static String describe(String description, BigDecimal quantity, BigDecimal unitPrice, boolean optional) {
        return (optional ? "(optional) " : "") + description + " × " + quantity.stripTrailingZeros().toPlainString() + " @ "
                + unitPrice.setScale(2).toPlainString();
    }
}
