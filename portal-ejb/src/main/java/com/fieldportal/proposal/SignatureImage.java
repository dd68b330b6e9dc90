package com.fieldportal.proposal;

import com.fieldportal.shared.BusinessException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The drawn signature as the signature pad sends it: a PNG with a mark on it. A blank pad also sends a PNG (all
 * background), so the server looks at the pixels rather than trusting a disabled button. What is kept is the image
 * drawn again by the server, so that nothing else the file might carry is stored.
 */
public final class SignatureImage {

    public static final String DRAW_IT = "Draw your signature in the box, then press Accept & Sign.";
    private static final String DATA_URL = "data:image/png;base64,";
    private static final int MAX_BYTES = 512 * 1024;
    /** The pad is a few hundred pixels wide; the header's size is read before any pixel is. */
    private static final int MAX_SIDE = 2000;
    /** Fewer dark pixels than this is a speck, not a mark. */
    private static final int MIN_INK = 12;

    private SignatureImage() {
    }

    /** The PNG of the pad's "data:image/png;base64,..." value; null for anything else. */
    public static byte[] fromDataUrl(String dataUrl) {
        if (dataUrl == null || !dataUrl.startsWith(DATA_URL) || dataUrl.length() > MAX_BYTES * 4 / 3 + DATA_URL.length() + 4) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(dataUrl.substring(DATA_URL.length()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * @return the signature as a PNG of the server's own making
     * @throws BusinessException when the bytes are not a PNG of reasonable size with a mark on it
     */
    static byte[] check(byte[] png) {
        if (png == null || png.length == 0 || png.length > MAX_BYTES) {
            throw new BusinessException(DRAW_IT);
        }
        BufferedImage image = read(png);
        if (image == null || ink(image) < MIN_INK) {
            throw new BusinessException(DRAW_IT);
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(png.length);
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The image, if the bytes are a PNG no larger than the pad could make; its size is checked before it is decoded. */
    private static BufferedImage read(byte[] png) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("png");
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if (reader.getWidth(0) > MAX_SIDE || reader.getHeight(0) > MAX_SIDE) {
                    return null;
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
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
