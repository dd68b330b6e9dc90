package com.fieldportal.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fieldportal.shared.BusinessException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** An attachment's type comes from its bytes; programs and scripts are refused whatever their name says. */
class FileTypeTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
    private static final byte[] WINDOWS_PROGRAM = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};
    private static final byte[] LINUX_PROGRAM = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};

    @Test
    void picturesAndDocumentsAreToldFromTheirBytesNotTheirNames() {
        assertThat(FileType.of(PNG, "photo.jpg")).as("a PNG named .jpg is a PNG").isEqualTo("image/png");
        assertThat(FileType.of(JPEG, "gate.jpeg")).isEqualTo("image/jpeg");
        assertThat(FileType.of("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), "quote.pdf")).isEqualTo("application/pdf");
        assertThat(FileType.of("The gate does not latch.".getBytes(StandardCharsets.UTF_8), "note.txt")).isEqualTo("text/plain");
        assertThat(FileType.of("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), "list.csv")).as("the name narrows text").isEqualTo("text/csv");
        assertThat(FileType.of("plain words".getBytes(StandardCharsets.UTF_8), "photo.png")).as("a name cannot make text a picture")
                .isEqualTo("text/plain");
        assertThat(FileType.isImage(FileType.of(PNG, "x.png"))).isTrue();
    }

    @Test
    void programsAndScriptsAreRefusedByBytesOrByName() {
        assertThatThrownBy(() -> FileType.of(WINDOWS_PROGRAM, "holiday.jpg")).isInstanceOf(BusinessException.class)
                .hasMessageContaining("whatever its name says");
        assertThatThrownBy(() -> FileType.of(LINUX_PROGRAM, "report.pdf")).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> FileType.of("#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII), "readme.txt"))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> FileType.of("echo hi".getBytes(StandardCharsets.US_ASCII), "run.BAT")).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> FileType.of("<svg onload=alert(1)>".getBytes(StandardCharsets.US_ASCII), "logo.svg"))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> FileType.of("<html><script>x()</script></html>".getBytes(StandardCharsets.US_ASCII), "page.txt"))
                .isInstanceOf(BusinessException.class);
    }
}
