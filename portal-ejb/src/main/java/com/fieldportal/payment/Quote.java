package com.fieldportal.payment;

import java.io.Serializable;
import java.math.BigDecimal;

/** What paying {@code amount} with a method would charge, worked out on the server before the customer pays. */
public record Quote(BigDecimal amount, BigDecimal fee) implements Serializable {

    public BigDecimal total() {
        return amount.add(fee);
    }
}
