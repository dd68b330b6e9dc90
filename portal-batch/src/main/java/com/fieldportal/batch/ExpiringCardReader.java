package com.fieldportal.batch;

import com.fieldportal.payment.CardExpiryReminders;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/** Step "remind": default cards that run out within 30 days and were not reminded of. */
@Named
@Dependent
public class ExpiringCardReader extends IdPageReader {

    @EJB
    CardExpiryReminders reminders;

    @Override
    List<Long> nextIds(long afterId, int max) {
        return reminders.candidates(afterId, max, LocalDate.now());
    }
}
