package com.fieldportal.invoice;

import java.math.BigDecimal;

/** A line of an invoice as the back office sends it. */
public record LineItem(String description, BigDecimal quantity, BigDecimal unitPrice) {

    /** "Mowing × 4 @ 45.00", for comparing and for the audit log. */
    static String describe(String description, BigDecimal quantity, BigDecimal unitPrice) {
        return description + " × " + quantity.stripTrailingZeros().toPlainString() + " @ " + unitPrice.setScale(2).toPlainString();
    }
}
