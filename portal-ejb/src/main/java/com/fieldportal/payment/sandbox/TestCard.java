package com.fieldportal.payment.sandbox;

import com.fieldportal.payment.Funding;
import java.util.Map;
import java.util.Optional;

/**
 * The card numbers the sandbox accepts, and what each does. Like a real processor's test mode, it refuses any other
 * number, so that no real card is typed into it. The list is in the README too.
 */
record TestCard(String brand, Funding funding, Behaviour behaviour) {

    private static final Map<String, TestCard> NUMBERS = Map.ofEntries(
            Map.entry("4242424242424242", new TestCard("Visa", Funding.CREDIT, Behaviour.APPROVE)),
            Map.entry("5555555555554444", new TestCard("Mastercard", Funding.CREDIT, Behaviour.APPROVE)),
            Map.entry("378282246310005", new TestCard("American Express", Funding.CREDIT, Behaviour.APPROVE)),
            Map.entry("4000056655665556", new TestCard("Visa", Funding.DEBIT, Behaviour.APPROVE)),
            Map.entry("5105105105105100", new TestCard("Mastercard", Funding.PREPAID, Behaviour.APPROVE)),
            Map.entry("4000000000000002", new TestCard("Visa", Funding.CREDIT, Behaviour.DECLINE)),
            Map.entry("4000000000009995", new TestCard("Visa", Funding.CREDIT, Behaviour.INSUFFICIENT_FUNDS)),
            Map.entry("4000000000000069", new TestCard("Visa", Funding.CREDIT, Behaviour.EXPIRED_CARD)),
            Map.entry("4000000000000119", new TestCard("Visa", Funding.CREDIT, Behaviour.PROCESSING_ERROR)),
            Map.entry("4000000000000408", new TestCard("Visa", Funding.CREDIT, Behaviour.ANSWER_LOST)));

    static Optional<TestCard> of(String digits) {
        return Optional.ofNullable(NUMBERS.get(digits));
    }

    /** The Luhn check every card number passes: catches most typing mistakes. */
    static boolean passesLuhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
