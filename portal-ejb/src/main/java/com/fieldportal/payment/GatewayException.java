package com.fieldportal.payment;

/** The processor could not be reached or gave no usable answer: the outcome of the call is unknown. */
public class GatewayException extends RuntimeException {

    public GatewayException(String message) {
        super(message);
    }

    public GatewayException(String message, Throwable cause) {
        super(message, cause);
    }
}
