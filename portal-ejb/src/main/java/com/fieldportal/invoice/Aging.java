package com.fieldportal.invoice;

import com.fieldportal.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Open balances by how late they are: not yet due, 1–30, 31–60, 61–90 and over 90 days past the due date
 * (an invoice without a due date counts as current).
 */
public record Aging(BigDecimal current, BigDecimal days1To30, BigDecimal days31To60, BigDecimal days61To90, BigDecimal over90) {

    public static Aging of(List<Invoice> invoices, LocalDate today) {
        BigDecimal[] buckets = {Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO};
        for (Invoice invoice : invoices) {
            long late = daysOverdue(invoice.getDueDate(), today);
            int bucket = late == 0 ? 0 : late <= 30 ? 1 : late <= 60 ? 2 : late <= 90 ? 3 : 4;
            buckets[bucket] = buckets[bucket].add(invoice.getBalance());
        }
        return new Aging(buckets[0], buckets[1], buckets[2], buckets[3], buckets[4]);
    }

    public static long daysOverdue(LocalDate dueDate, LocalDate today) {
        return dueDate == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(dueDate, today));
    }

    public BigDecimal total() {
        return current.add(days1To30).add(days31To60).add(days61To90).add(over90);
    }
}
