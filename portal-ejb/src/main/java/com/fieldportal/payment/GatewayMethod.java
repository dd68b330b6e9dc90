package com.fieldportal.payment;

import com.fieldportal.invoice.PaymentType;
import java.time.YearMonth;

/**
 * A card or bank account as the processor describes it: never the number, only what may be shown.
 *
 * @param brand       the card network (Visa, Mastercard, …) or, for ACH, the bank's name
 * @param expiry      cards only
 * @param funding     cards only
 * @param accountType ACH only: checking or savings
 */
public record GatewayMethod(PaymentType type, String brand, String lastFour, YearMonth expiry, Funding funding,
                            String accountType) {
}
