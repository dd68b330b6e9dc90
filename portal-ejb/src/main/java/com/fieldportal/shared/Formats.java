package com.fieldportal.shared;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How amounts and dates are written, in pages, mails and PDFs alike: the deployment's currency
 * ({@code portal.currency}, an ISO 4217 code, default USD) and locale ({@code portal.locale}, a language
 * tag, default en-US).
 */
@ApplicationScoped
public class Formats {

    @Inject
    @ConfigProperty(name = "portal.locale", defaultValue = "en-US")
    String localeTag;

    @Inject
    @ConfigProperty(name = "portal.currency", defaultValue = "USD")
    String currencyCode;

    private Locale locale;
    private Currency currency;

    /** For code outside the container (benchmarks, tests). */
    public static Formats of(String localeTag, String currencyCode) {
        Formats formats = new Formats();
        formats.localeTag = localeTag;
        formats.currencyCode = currencyCode;
        formats.parse();
        return formats;
    }

    @PostConstruct
    void parse() {
        locale = Locale.forLanguageTag(localeTag.trim());
        try {
            currency = Currency.getInstance(currencyCode.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("portal.currency=" + currencyCode + " is not an ISO 4217 currency code such as USD or EUR", e);
        }
    }

    public Locale locale() {
        return locale;
    }

    public Currency currency() {
        return currency;
    }

    public String money(BigDecimal amount) {
        return money(amount, locale, currency);
    }

    public String date(LocalDate date) {
        return date(date, locale);
    }

    /** A moment, on the server's clock: Nov 30, 2026, 5:12 PM. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : instant.atZone(ZoneId.systemDefault())
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale));
    }

    public ZoneId zone() {
        return ZoneId.systemDefault();
    }

    /** e.g. $1,234.50 for en-US and USD, 1.234,50 € for de-DE and EUR. */
    public static String money(BigDecimal amount, Locale locale, Currency currency) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        return format.format(Money.amount(amount));
    }

    /** e.g. Nov 30, 2026 for en-US. */
    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }
}
