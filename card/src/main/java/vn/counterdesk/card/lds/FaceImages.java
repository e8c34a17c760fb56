package vn.counterdesk.card.lds;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes a DG2 face to pixels. JPEG decodes with the JDK's ImageIO. JPEG 2000 decodes only when an
 * ImageIO JPEG 2000 plugin is on the class path: no maintained pure-Java decoder is available from
 * Maven Central to this build, so for JPEG 2000 callers get the format and the bytes (Vietnamese
 * cards store JPEG, spec §9.2).
 */
public final class FaceImages {

    private FaceImages() {}

    /** Largest face decoded: far above any chip's portrait (about 0.3 MP), far below a memory bomb. */
    static final long MAX_PIXELS = 16L * 1024 * 1024;

    private static final System.Logger LOG = System.getLogger(FaceImages.class.getName());

    public static Optional<BufferedImage> decode(FaceImage face) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(face.imageBytes()))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                // The header's dimensions are read first: a forged DG2 declaring 65535 x 65535 pixels is refused
                // before the decoder allocates a raster for it.
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    LOG.log(System.Logger.Level.WARNING, "face image refused: declared size of {0} pixels", pixels);
                    return Optional.empty();
                }
                return Optional.ofNullable(reader.read(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // A corrupt image is shown as "no photo"; the raw bytes stay available for verification.
            return Optional.empty();
        }
    }
}
