package com.fieldportal.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts of money: BigDecimal with two decimals, rounded half-up at the last step. */
public final class Money {

    public static final BigDecimal ZERO = amount(BigDecimal.ZERO);

    private Money() {
    }

    public static BigDecimal amount(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** A positive amount in whole cents: 12.345 is refused, not rounded (the payer meant something). */
    public static BigDecimal requireCents(BigDecimal value, String what) {
        if (value == null || value.signum() <= 0) {
            throw new BusinessException(what + " must be greater than zero.");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new BusinessException(what + " can have at most two decimals.");
        }
        return amount(value);
    }
}
