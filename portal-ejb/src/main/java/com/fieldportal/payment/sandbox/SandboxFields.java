package com.fieldportal.payment.sandbox;

import com.fieldportal.invoice.PaymentType;
import com.fieldportal.payment.Funding;
import com.fieldportal.shared.Tokens;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What stands behind the sandbox's hosted fields: checks a card or bank account as a processor's fields would
 * and answers a token for it. The numbers are used here and dropped; only the last four digits are kept.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SandboxFields {

    private static final Pattern EXPIRY = Pattern.compile("(\\d{1,2})\\s*/\\s*(\\d{2}|\\d{4})");
    private static final int MAX_NAME = 100;

    @PersistenceContext
    EntityManager em;

    public String tokenizeCard(String name, String number, String expiry, String cvc, String postalCode) {
        requireName(name, "name", "Enter the name on the card.");
        String digits = digits(number);
        if (digits.length() < 13 || digits.length() > 19 || !TestCard.passesLuhn(digits)) {
            throw new FieldError("number", "This card number is not valid. Check it and try again.");
        }
        TestCard card = TestCard.of(digits).orElseThrow(() -> new FieldError("number",
                "The sandbox accepts only its test card numbers, such as 4242 4242 4242 4242."));
        YearMonth expires = expiry(expiry);
        String code = cvc == null ? "" : cvc.strip();
        int cvcLength = "American Express".equals(card.brand()) ? 4 : 3;
        if (!code.matches("\\d{" + cvcLength + "}")) {
            throw new FieldError("cvc", "Enter the " + cvcLength + "-digit security code (CVC).");
        }
        String zip = postalCode == null ? "" : postalCode.strip();
        if (!zip.matches("[A-Za-z0-9 -]{3,10}")) {
            throw new FieldError("postalCode", "Enter the billing ZIP or postal code.");
        }
        return save(new SandboxToken(newToken(), PaymentType.CARD, card.brand(), last4(digits), expires, card.funding(),
                null, card.behaviour(), Instant.now()));
    }

    public String tokenizeBankAccount(String holder, String routing, String account, String accountType) {
        requireName(holder, "holder", "Enter the account holder's name.");
        String routingDigits = digits(routing);
        if (!TestBankAccount.validRouting(routingDigits)) {
            throw new FieldError("routing", "A routing number has nine digits. Check it and try again.");
        }
        if (!TestBankAccount.ROUTING.equals(routingDigits)) {
            throw new FieldError("routing", "The sandbox accepts only its test routing number " + TestBankAccount.ROUTING + ".");
        }
        String accountDigits = digits(account);
        if (accountDigits.length() < 4 || accountDigits.length() > 17) {
            throw new FieldError("account", "An account number has 4 to 17 digits.");
        }
        Behaviour behaviour = TestBankAccount.of(accountDigits).orElseThrow(() -> new FieldError("account",
                "The sandbox accepts only its test account numbers, such as 000123456789."));
        if (!"checking".equals(accountType) && !"savings".equals(accountType)) {
            throw new FieldError("accountType", "Choose checking or savings.");
        }
        return save(new SandboxToken(newToken(), PaymentType.ACH, TestBankAccount.BANK, last4(accountDigits), null, null,
                accountType, behaviour, Instant.now()));
    }

    /** For the demo data: a test card saved earlier that has expired since. */
    public String tokenizeExpiredCard(String number, YearMonth expired) {
        TestCard card = TestCard.of(digits(number)).orElseThrow();
        return save(new SandboxToken(newToken(), PaymentType.CARD, card.brand(), last4(number), expired, card.funding(),
                null, card.behaviour(), Instant.now()));
    }

    private String save(SandboxToken token) {
        em.persist(token);
        return token.getToken();
    }

    private static YearMonth expiry(String text) {
        Matcher m = EXPIRY.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new FieldError("expiry", "Enter the expiry date as MM/YY.");
        }
        int month = Integer.parseInt(m.group(1));
        int year = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            throw new FieldError("expiry", "The expiry month is between 01 and 12.");
        }
        YearMonth expires = YearMonth.of(year < 100 ? 2000 + year : year, month);
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        if (expires.isBefore(now)) {
            throw new FieldError("expiry", "This card has expired.");
        }
        if (expires.isAfter(now.plusYears(20))) {
            throw new FieldError("expiry", "Check the expiry date: it is too far ahead.");
        }
        return expires;
    }

    private static void requireName(String value, String field, String message) {
        if (value == null || value.isBlank() || value.length() > MAX_NAME) {
            throw new FieldError(field, value == null || value.isBlank() ? message : "At most " + MAX_NAME + " characters.");
        }
    }

    private static String digits(String typed) {
        String digits = typed == null ? "" : typed.replaceAll("[\\s-]", "");
        return digits.length() <= 40 && digits.matches("\\d*") ? digits : "";
    }

    private static String last4(String digits) {
        return digits.substring(digits.length() - 4);
    }

    private static String newToken() {
        return "sbx_tok_" + Tokens.newToken().substring(0, 32);
    }
}
