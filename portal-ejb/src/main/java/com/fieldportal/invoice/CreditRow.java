package com.fieldportal.invoice;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** A credit of a customer account, with what is left of it to apply. */
public record CreditRow(long id, String number, BigDecimal amount, BigDecimal remaining, String reason, Instant createdAt)
        implements Serializable {
}
