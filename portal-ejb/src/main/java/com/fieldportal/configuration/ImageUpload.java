package com.fieldportal.configuration;

import com.fieldportal.shared.BusinessException;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * An uploaded image for the logo or a slide. The type is told from the bytes, never from the file name or the
 * browser: PNG, JPEG or WebP only (an SVG can carry script, so it is refused). The image is then decoded,
 * scaled down to fit, and written anew (PNG when it has transparency, JPEG otherwise), so that whatever else
 * the file carried is gone.
 */
public final class ImageUpload {

    /** An image that passed: its new bytes and their type. */
    public record Checked(byte[] content, String contentType) implements Serializable {
    }

    private static final int MAX_PIXELS_SIDE = 10_000;

    private ImageUpload() {
    }

    /**
     * @param maxBytes the largest upload accepted
     * @param maxSide  the longest side the stored image may have; larger ones are scaled down
     */
    public static Checked check(byte[] upload, long maxBytes, int maxSide) {
        if (upload == null || upload.length == 0) {
            throw new BusinessException("The file is empty.");
        }
        if (upload.length > maxBytes) {
            throw new BusinessException("The image is too large: at most " + (maxBytes / 1024) + " KB.");
        }
        ImageReader reader = readerFor(upload);
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            reader.setInput(input, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0 || width > MAX_PIXELS_SIDE || height > MAX_PIXELS_SIDE) {
                throw new BusinessException("The image is " + width + " × " + height + " pixels; at most " + MAX_PIXELS_SIDE + " on a side.");
            }
            BufferedImage image = reader.read(0);
            return encode(scaleDown(image, maxSide));
        } catch (IOException | RuntimeException e) {
            if (e instanceof BusinessException business) {
                throw business;
            }
            throw new BusinessException("The file is not a readable PNG, JPEG or WebP image.");
        } finally {
            reader.dispose();
        }
    }

    private static ImageReader readerFor(byte[] bytes) {
        String format = detect(bytes);
        if (format == null) {
            throw new BusinessException("Only PNG, JPEG or WebP images can be used (SVG and other files are not accepted).");
        }
        if (format.equals("webp")) {
            try {
                return new WebPImageReaderSpi().createReaderInstance();
            } catch (IOException e) {
                throw new IllegalStateException("No WebP reader", e);
            }
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new IllegalStateException("No " + format + " reader in this Java runtime");
        }
        return readers.next();
    }

    /** The format the first bytes announce, or null. */
    static String detect(byte[] b) {
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[4] == 0x0d && b[5] == 0x0a && b[6] == 0x1a && b[7] == 0x0a) {
            return "png";
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "jpeg";
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return "webp";
        }
        return null;
    }

    private static BufferedImage scaleDown(BufferedImage image, int maxSide) {
        int longest = Math.max(image.getWidth(), image.getHeight());
        boolean alpha = image.getColorModel().hasAlpha();
        if (longest <= maxSide && (image.getType() == BufferedImage.TYPE_INT_ARGB || image.getType() == BufferedImage.TYPE_INT_RGB)) {
            return image;
        }
        double scale = longest <= maxSide ? 1.0 : (double) maxSide / longest;
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage copy = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = copy.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(image, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return copy;
    }

    private static Checked encode(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (image.getColorModel().hasAlpha()) {
            ImageIO.write(image, "png", out);
            return new Checked(out.toByteArray(), "image/png");
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(output);
            ImageWriteParam parameters = writer.getDefaultWriteParam();
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            parameters.setCompressionQuality(0.88f);
            writer.write(null, new IIOImage(image, null, null), parameters);
        } finally {
            writer.dispose();
        }
        return new Checked(out.toByteArray(), "image/jpeg");
    }
}
