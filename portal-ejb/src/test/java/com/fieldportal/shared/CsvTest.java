package com.fieldportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void cellsAreQuotedAndFormulasStayText() {
        assertThat(Csv.cell("plain")).isEqualTo("\"plain\"");
        assertThat(Csv.cell("say \"hi\", twice")).isEqualTo("\"say \"\"hi\"\", twice\"");
        assertThat(Csv.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(Csv.cell("+1")).isEqualTo("\"'+1\"");
        assertThat(Csv.cell("@SUM(A1)")).startsWith("\"'@");
        assertThat(Csv.cell(null)).isEmpty();
    }
}
