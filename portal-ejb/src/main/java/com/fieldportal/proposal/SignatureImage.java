package com.fieldportal.proposal;

import com.fieldportal.shared.BusinessException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * The drawn signature as the signature pad sends it: a PNG with a mark on it. A blank pad also sends a PNG (all
 * background), so the server looks at the pixels rather than trusting a disabled button.
 */
public final class SignatureImage {

    public static final String DRAW_IT = "Draw your signature in the box, then press Accept & Sign.";
    private static final int MAX_BYTES = 512 * 1024;
    private static final int MAX_SIDE = 4000;
    /** Fewer dark pixels than this is a speck, not a mark. */
    private static final int MIN_INK = 12;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private SignatureImage() {
    }

    /** @throws BusinessException when the bytes are not a PNG of reasonable size with a mark on it */
    static byte[] check(byte[] png) {
        if (png == null || png.length < PNG.length || !startsWithPngSignature(png)) {
            throw new BusinessException(DRAW_IT);
        }
        if (png.length > MAX_BYTES) {
            throw new BusinessException("The signature image is too large. Clear the box and sign again.");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            image = null;
        }
        if (image == null || image.getWidth() > MAX_SIDE || image.getHeight() > MAX_SIDE || ink(image) < MIN_INK) {
            throw new BusinessException(DRAW_IT);
        }
        return png;
    }

    private static boolean startsWithPngSignature(byte[] bytes) {
        for (int i = 0; i < PNG.length; i++) {
            if (bytes[i] != PNG[i]) {
                return false;
            }
        }
        return true;
    }

    /** Visible pixels clearly darker than white paper. */
    private static int ink(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                int alpha = argb >>> 24;
                int luminance = (((argb >> 16) & 0xff) * 299 + ((argb >> 8) & 0xff) * 587 + (argb & 0xff) * 114) / 1000;
                if (alpha > 64 && luminance < 160 && ++count >= MIN_INK) {
                    return count;
                }
            }
        }
        return count;
    }
}
