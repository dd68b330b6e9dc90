package com.fieldportal.shared;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the business said no. The message is written for the user and is shown as it is;
 * the transaction is rolled back.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    public BusinessException(String message) {
        super(message);
    }
}
