package com.fieldportal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A login or a recipient is exactly one plain address: a mail to it can never reach a second person. */
class EmailAddressTest {

    @Test
    void onePlainAddressIsTakenInLowerCase() {
        assertThat(EmailAddress.require("  Pat.Primary@Example.COM ")).isEqualTo("pat.primary@example.com");
        assertThat(EmailAddress.require("o'brien+portal@mail.example.org")).isEqualTo("o'brien+portal@mail.example.org");
    }

    @Test
    void listsNamesAndOtherTricksAreRefused() {
        for (String bad : new String[] {"a@x.com, b@y.com", "a@x.com;b@y.com", "Pat <pat@x.com>", "pat@x.com (Pat)",
                "pat @x.com", "pat", "pat@localhost", "@x.com", "pat@x.com\nBcc: eve@y.com", "", null, "a".repeat(250) + "@x.com"}) {
            assertThatThrownBy(() -> EmailAddress.require(bad)).as(String.valueOf(bad))
                    .isInstanceOf(BusinessException.class).hasMessageContaining("is not one e-mail address");
        }
    }
}
