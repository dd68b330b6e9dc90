package com.fieldportal.batch;

import com.fieldportal.payment.AchSettlements;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;

/** Step "settle": payments the gateway took as pending (bank debits). */
@Named
@Dependent
public class PendingPaymentReader extends IdPageReader {

    @EJB
    AchSettlements settlements;

    @Override
    List<Long> nextIds(long afterId, int max) {
        return settlements.pending(afterId, max);
    }
}
