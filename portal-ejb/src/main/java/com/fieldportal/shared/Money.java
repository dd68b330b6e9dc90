package com.fieldportal.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts of money: BigDecimal with two decimals, rounded half-up at the last step. */
public final class Money {

    public static final BigDecimal ZERO = amount(BigDecimal.ZERO);

    private Money() {
    }

    /** The largest amount a NUMERIC(12, 2) column holds. */
    public static final BigDecimal LARGEST = new BigDecimal("9999999999.99");

    /** @throws BusinessException when the amount is beyond what the database keeps (a total of many large lines) */
    public static void requireStorable(BigDecimal value, String what) {
        if (value.abs().compareTo(LARGEST) > 0) {
            throw new BusinessException(what + " would be " + value.toPlainString() + "; amounts go up to " + LARGEST.toPlainString() + ".");
        }
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
