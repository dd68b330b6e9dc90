package com.fieldportal.payment;

import java.util.Locale;

/** Where a card's money comes from. Card networks forbid surcharging debit and prepaid cards in some places. */
public enum Funding {
    CREDIT, DEBIT, PREPAID, UNKNOWN;

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
