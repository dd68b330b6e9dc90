package com.fieldportal.payment.sandbox;

import java.util.Map;
import java.util.Optional;

/** The sandbox's test bank: one routing number, and account numbers that settle, are returned, or are closed. */
final class TestBankAccount {

    static final String ROUTING = "110000000";
    static final String BANK = "Sandbox Test Bank";

    private static final Map<String, Behaviour> ACCOUNTS = Map.of(
            "000123456789", Behaviour.ACH_SETTLES,
            "000111111116", Behaviour.ACH_RETURNED,
            "000111111113", Behaviour.ACH_ACCOUNT_CLOSED);

    private TestBankAccount() {
    }

    static Optional<Behaviour> of(String accountNumber) {
        return Optional.ofNullable(ACCOUNTS.get(accountNumber));
    }

    /** The ABA checksum every US routing number passes (weights 3, 7, 1). */
    static boolean validRouting(String digits) {
        if (digits.length() != 9) {
            return false;
        }
        int[] weights = {3, 7, 1, 3, 7, 1, 3, 7, 1};
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum % 10 == 0;
    }
}
