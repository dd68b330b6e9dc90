package com.fieldportal.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fieldportal.shared.BusinessException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Uploaded images: told by their bytes, decoded, scaled to fit, written anew; anything else refused. */
class ImageUploadTest {

    private static final long LIMIT = 1024 * 1024;

    @Test
    void pngJpegAndWebPAreWrittenAnew() throws IOException {
        ImageUpload.Checked png = ImageUpload.check(bytes("square.png"), LIMIT, 800);
        assertThat(png.contentType()).isEqualTo("image/png");
        assertThat(decode(png).getWidth()).isEqualTo(40);

        ImageUpload.Checked webp = ImageUpload.check(bytes("square.webp"), LIMIT, 800);
        assertThat(webp.contentType()).isIn("image/png", "image/jpeg");
        assertThat(decode(webp).getHeight()).isEqualTo(20);
    }

    @Test
    void aLargeImageIsScaledDownToTheLongestSideAllowed() throws IOException {
        ImageUpload.Checked logo = ImageUpload.check(bytes("huge.png"), LIMIT, 800);
        BufferedImage image = decode(logo);
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(400);
    }

    @Test
    void svgFakesEmptyAndOversizeFilesAreRefused() throws IOException {
        assertThatThrownBy(() -> ImageUpload.check(bytes("script.svg"), LIMIT, 800))
                .isInstanceOf(BusinessException.class).hasMessageContaining("SVG and other files are not accepted");
        byte[] fake = "\u0089PNG\r\n\u001a\nno image in here".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> ImageUpload.check(fake, LIMIT, 800))
                .isInstanceOf(BusinessException.class).hasMessageContaining("not a readable PNG, JPEG or WebP image");
        assertThatThrownBy(() -> ImageUpload.check(new byte[0], LIMIT, 800)).hasMessageContaining("empty");
        assertThatThrownBy(() -> ImageUpload.check(bytes("huge.png"), 1024, 800)).hasMessageContaining("too large");
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        assertThatThrownBy(() -> ImageUpload.check(exe, LIMIT, 800)).hasMessageContaining("Only PNG, JPEG or WebP");
    }

    private static BufferedImage decode(ImageUpload.Checked image) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(image.content()));
    }

    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = ImageUploadTest.class.getResourceAsStream("/images/" + name)) {
            return in.readAllBytes();
        }
    }
}
