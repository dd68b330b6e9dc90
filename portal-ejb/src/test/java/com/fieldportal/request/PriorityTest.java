package com.fieldportal.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PriorityTest {

    @Test
    void mediumFromOlderSystemsMeansNormal() {
        assertThat(Priority.fromLabel("Medium")).isEqualTo(Priority.NORMAL);
        assertThat(Priority.fromLabel(" high ")).isEqualTo(Priority.HIGH);
        assertThat(Priority.fromLabel("Low")).isEqualTo(Priority.LOW);
        assertThatThrownBy(() -> Priority.fromLabel("Urgent")).isInstanceOf(IllegalArgumentException.class);
    }
}
