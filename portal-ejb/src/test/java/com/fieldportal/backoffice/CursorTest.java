package com.fieldportal.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void aCursorComesBackAsItWasGivenOut() {
        Cursor cursor = new Cursor(Instant.parse("2026-03-05T15:30:00.123456Z"), 10450);
        assertThat(Cursor.parse(cursor.encode())).isEqualTo(cursor);
        assertThat(cursor.encode()).doesNotContain("=", "+", "/");
    }

    @Test
    void anythingElseIsAFieldError() {
        for (String token : new String[] {"zzz", "", "MjAyNg", "bm90L2FuLWlk"}) {
            assertThatThrownBy(() -> Cursor.parse(token)).isInstanceOf(InvalidDocument.class)
                    .satisfies(e -> assertThat(((InvalidDocument) e).errors()).extracting(FieldError::field).containsExactly("cursor"));
        }
    }
}
