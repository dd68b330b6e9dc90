package com.fieldportal.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fieldportal.shared.BusinessException;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The server's own check of the drawn signature: a blank pad, a speck or bytes that are no PNG are no signature. */
class SignatureImageTest {

    @Test
    void aStrokeIsASignatureKeptAsAPngOfTheServersMaking() throws IOException {
        byte[] kept = SignatureImage.check(pad(true, 60));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(kept));
        assertThat(image.getWidth()).isEqualTo(300);
        assertThat(image.getHeight()).isEqualTo(100);
    }

    @Test
    void aPngClaimingToBeHugeIsRefusedBeforeItIsDecoded() throws IOException {
        byte[] png = pad(true, 60);
        ByteBuffer header = ByteBuffer.wrap(png);
        header.putInt(16, 30_000).putInt(20, 30_000);
        assertThatThrownBy(() -> SignatureImage.check(png)).isInstanceOf(BusinessException.class);
    }

    @Test
    void thePadsDataUrlGivesItsBytesAndAnythingElseNone() throws IOException {
        byte[] png = pad(true, 60);
        assertThat(SignatureImage.fromDataUrl("data:image/png;base64," + Base64.getEncoder().encodeToString(png))).isEqualTo(png);
        assertThat(SignatureImage.fromDataUrl("data:image/svg+xml;base64,PHN2Zz4=")).isNull();
        assertThat(SignatureImage.fromDataUrl("data:image/png;base64,***")).isNull();
        assertThat(SignatureImage.fromDataUrl(null)).isNull();
    }

    @Test
    void aBlankPadASpeckOrSomethingElseIsRefused() throws IOException {
        assertThatThrownBy(() -> SignatureImage.check(pad(false, 0))).isInstanceOf(BusinessException.class)
                .hasMessage(SignatureImage.DRAW_IT);
        assertThatThrownBy(() -> SignatureImage.check(pad(true, 1))).as("a dot is not a mark").isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> SignatureImage.check(new byte[0])).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> SignatureImage.check(null)).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> SignatureImage.check("GIF89a not a png".getBytes())).isInstanceOf(BusinessException.class);
        byte[] truncated = java.util.Arrays.copyOf(pad(true, 60), 40);
        assertThatThrownBy(() -> SignatureImage.check(truncated)).isInstanceOf(BusinessException.class);
    }

    /** A white 300×100 pad, like the signature component's, with a dark stroke of this length when asked. */
    private static byte[] pad(boolean stroke, int length) throws IOException {
        BufferedImage image = new BufferedImage(300, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 100);
        if (stroke) {
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(2));
            g.drawLine(20, 50, 20 + length, 50);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
