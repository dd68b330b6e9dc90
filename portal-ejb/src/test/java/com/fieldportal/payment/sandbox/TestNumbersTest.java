package com.fieldportal.payment.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldportal.payment.Funding;
import org.junit.jupiter.api.Test;

class TestNumbersTest {

    @Test
    void everyTestCardPassesTheLuhnCheckAndTyposDoNot() {
        for (String number : new String[]{"4242424242424242", "5555555555554444", "378282246310005", "4000056655665556",
                "5105105105105100", "4000000000000002", "4000000000009995", "4000000000000069", "4000000000000119", "4000000000000408"}) {
            assertThat(TestCard.passesLuhn(number)).as(number).isTrue();
            assertThat(TestCard.of(number)).as(number).isPresent();
        }
        assertThat(TestCard.passesLuhn("4242424242424241")).isFalse();
        assertThat(TestCard.passesLuhn("4242424242424224")).as("two digits swapped").isFalse();
    }

    @Test
    void theTestCardsSayWhatTheyDo() {
        assertThat(TestCard.of("4000056655665556").orElseThrow().funding()).isEqualTo(Funding.DEBIT);
        assertThat(TestCard.of("5105105105105100").orElseThrow().funding()).isEqualTo(Funding.PREPAID);
        assertThat(TestCard.of("4000000000000002").orElseThrow().behaviour()).isEqualTo(Behaviour.DECLINE);
        assertThat(TestCard.of("4111111111111111")).as("a valid number that is no test card").isEmpty();
    }

    @Test
    void routingNumbersPassTheAbaChecksum() {
        assertThat(TestBankAccount.validRouting(TestBankAccount.ROUTING)).isTrue();
        assertThat(TestBankAccount.validRouting("021000021")).isTrue();
        assertThat(TestBankAccount.validRouting("021000022")).isFalse();
        assertThat(TestBankAccount.validRouting("12345678")).isFalse();
    }
}
