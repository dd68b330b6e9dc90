package com.fieldportal.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fieldportal.shared.BusinessException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aLongEnoughMatchingPasswordPasses() {
        assertThatCode(() -> PasswordPolicy.check("correct horse", "correct horse", "pat@example.com")).doesNotThrowAnyException();
    }

    @Test
    void tooShortTooLongBlankMismatchedOrTheEmailAreRefused() {
        assertThatThrownBy(() -> PasswordPolicy.check("short", "short", null)).isInstanceOf(BusinessException.class)
                .hasMessage("The new password must be at least 10 characters long.");
        String huge = "x".repeat(129);
        assertThatThrownBy(() -> PasswordPolicy.check(huge, huge, null)).hasMessageContaining("at most 128");
        assertThatThrownBy(() -> PasswordPolicy.check("            ", "            ", null)).hasMessageContaining("only spaces");
        assertThatThrownBy(() -> PasswordPolicy.check("correct horse", "correct house", null)).hasMessage("The two passwords do not match.");
        assertThatThrownBy(() -> PasswordPolicy.check("Pat@Example.com", "Pat@Example.com", "pat@example.com"))
                .hasMessageContaining("e-mail address");
        assertThatThrownBy(() -> PasswordPolicy.check(null, null, null)).isInstanceOf(BusinessException.class);
    }
}
