package com.fieldportal.payment.sandbox;

/** What a sandbox test number does when charged. */
enum Behaviour {
    APPROVE(null),
    DECLINE("Your card was declined. Use another card or contact your bank."),
    INSUFFICIENT_FUNDS("Your card has insufficient funds. Use another card or pay a smaller amount."),
    EXPIRED_CARD("Your card has expired. Use another card."),
    PROCESSING_ERROR("The card could not be charged because of a processing error. Nothing was taken; try again in a few minutes."),
    /** Charged, but the answer is lost on the way (a timeout): only asking again with the same key tells. */
    ANSWER_LOST(null),
    ACH_SETTLES(null),
    ACH_RETURNED(null),
    ACH_ACCOUNT_CLOSED("The bank account is closed. Use another account or a card.");

    final String declineMessage;

    Behaviour(String declineMessage) {
        this.declineMessage = declineMessage;
    }
}
