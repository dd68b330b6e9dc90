package com.fieldportal.payment.sandbox;

import com.fieldportal.payment.GatewayException;
import jakarta.ejb.ApplicationException;

/** The sandbox took the charge and then "lost" its answer, as a timeout would: the charge stays (no rollback). */
@ApplicationException(rollback = false)
class AnswerLost extends GatewayException {

    AnswerLost(String reference) {
        super("The sandbox charged " + reference + " and its answer was lost on the way");
    }
}
