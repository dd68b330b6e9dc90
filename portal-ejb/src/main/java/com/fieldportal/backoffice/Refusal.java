package com.fieldportal.backoffice;

import com.fieldportal.shared.BusinessException;
import com.fieldportal.shared.ConflictException;
import com.fieldportal.shared.NotFoundException;

/** Why a document was not stored; the web module answers each with its HTTP status. */
public enum Refusal {
    /** Malformed or missing fields: 400. */
    INVALID,
    /** It names records the portal does not have: 422. */
    UNKNOWN_REFERENCE,
    /** The record cannot change that way now (signed, or the number is another record's): 409. */
    CONFLICT,
    /** A rule of the business said no (over the balance, over the credit): 422. */
    RULE;

    public static Refusal of(BusinessException e) {
        if (e instanceof InvalidDocument) {
            return INVALID;
        }
        if (e instanceof UnknownReferences || e instanceof NotFoundException) {
            return UNKNOWN_REFERENCE;
        }
        return e instanceof ConflictException ? CONFLICT : RULE;
    }
}
