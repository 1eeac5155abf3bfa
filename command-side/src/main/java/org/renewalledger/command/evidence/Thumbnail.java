package org.renewalledger.command.evidence;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;

/**
 * A small PNG of an uploaded photo, for lists of evidence, made with the JDK's ImageIO (no native library). Decoding
 * the image is also the check that a file whose first bytes say JPEG or PNG really is one.
 */
final class Thumbnail {

    /** A larger image is refused before decoding: a small file may still claim a huge canvas (a decompression bomb). */
    private static final long MAX_PIXELS = 80_000_000L;

    private Thumbnail() {
    }

    static byte[] of(byte[] image, int edge) {
        BufferedImage source = decode(image);
        double scale = Math.min(1.0, (double) edge / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = small.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.drawImage(source, 0, 0, width, height, java.awt.Color.WHITE, null);
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(small, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private static BufferedImage decode(byte[] image) {
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            var readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw unreadable();
            }
            var reader = readers.next();
            try {
                reader.setInput(input, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new DomainException(ErrorCode.EVIDENCE_TOO_LARGE,
                            "The image has more than " + MAX_PIXELS / 1_000_000 + " million pixels", "file");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException domain) {
                throw domain;
            }
            throw unreadable();
        }
    }

    private static DomainException unreadable() {
        return new DomainException(ErrorCode.EVIDENCE_TYPE_REFUSED,
                "The file starts like an image but cannot be read as one", "file");
    }
}
