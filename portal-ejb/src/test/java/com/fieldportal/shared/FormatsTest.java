package com.fieldportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Amounts and dates follow the deployment's currency and locale. */
class FormatsTest {

    @Test
    void dollarsInTheUnitedStates() {
        assertThat(Formats.money(new BigDecimal("1234.5"), Locale.forLanguageTag("en-US"), Currency.getInstance("USD"))).isEqualTo("$1,234.50");
        assertThat(Formats.money(new BigDecimal("0.005"), Locale.forLanguageTag("en-US"), Currency.getInstance("USD"))).isEqualTo("$0.01");
        assertThat(Formats.date(LocalDate.of(2026, 11, 30), Locale.forLanguageTag("en-US"))).isEqualTo("Nov 30, 2026");
    }

    @Test
    void eurosInGermanyAndCanadianDollarsInCanada() {
        assertThat(Formats.money(new BigDecimal("1234.5"), Locale.forLanguageTag("de-DE"), Currency.getInstance("EUR")))
                .isEqualTo("1.234,50\u00a0€");
        assertThat(Formats.money(new BigDecimal("99"), Locale.forLanguageTag("en-CA"), Currency.getInstance("CAD"))).isEqualTo("$99.00");
    }
}
