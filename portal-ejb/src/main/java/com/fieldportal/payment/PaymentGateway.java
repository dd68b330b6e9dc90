package com.fieldportal.payment;

import com.fieldportal.invoice.PaymentType;
import java.math.BigDecimal;

/**
 * A payment processor, as the portal uses one. Card and bank numbers are typed into the processor's own fields
 * ({@link #hostedFields}) and never reach the portal, which gets a token for them; the portal charges and refunds
 * tokens, and asks how an ACH debit settled. The adapter in use is chosen by {@code portal.payment.gateway}
 * (see {@link GatewayChoice}); {@code sandbox} is the default.
 * <p>
 * Every call may throw {@link GatewayException} when the processor cannot be reached or answers nonsense: then
 * nothing is known of the outcome.
 */
public interface PaymentGateway {

    /** Where the page frames the processor's fields for a new card or bank account. */
    HostedFields hostedFields(PaymentType type);

    /** What the processor knows of a token it issued: brand, last four, expiry, funding. */
    GatewayMethod describe(String token);

    /**
     * Takes {@code amount} from the card or account of {@code token}. The same {@code idempotencyKey} always
     * answers the first outcome and never charges twice.
     */
    Charge charge(String token, BigDecimal amount, String idempotencyKey);

    /** Gives back part of a card charge. */
    void refund(String chargeReference, BigDecimal amount);

    /** Where an ACH debit stands: still pending, settled, or returned by the bank. */
    Settlement settlement(String chargeReference);
}
