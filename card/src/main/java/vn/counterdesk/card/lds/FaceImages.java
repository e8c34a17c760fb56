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

    /** The pixels of the face; empty when no decoder handles its format, it is corrupt, or it is refused by size. */
    public static Optional<BufferedImage> decode(FaceImage face) {
        return withReader(face, reader -> {
            Optional<String> refusal = sizeRefusal(reader);
            if (refusal.isPresent()) {
                LOG.log(System.Logger.Level.WARNING, "face image refused: {0}", refusal.get());
                return Optional.empty();
            }
            return Optional.ofNullable(reader.read(0));
        });
    }

    /**
     * Why this face must never be decoded: its header declares more pixels than any portrait (an image bomb). Only
     * the header is read. Empty for a plausible size, and for a format no decoder here reads (nothing will decode it).
     */
    public static Optional<String> oversizeRefusal(FaceImage face) {
        return withReader(face, FaceImages::sizeRefusal);
    }

    // The header's dimensions are read first: a forged DG2 declaring 65535 x 65535 pixels is refused before a
    // decoder allocates a raster for it.
    private static Optional<String> sizeRefusal(ImageReader reader) throws IOException {
        long width = reader.getWidth(0);
        long height = reader.getHeight(0);
        long pixels = width * height;
        if (pixels <= 0 || pixels > MAX_PIXELS) {
            return Optional.of(String.format(
                    "face image declares %d x %d pixels, more than the %d a portrait may have",
                    width, height, MAX_PIXELS));
        }
        return Optional.empty();
    }

    private interface ReaderStep<T> {
        Optional<T> apply(ImageReader reader) throws IOException;
    }

    private static <T> Optional<T> withReader(FaceImage face, ReaderStep<T> step) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(face.imageBytes()))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return step.apply(reader);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // A corrupt image is shown as "no photo"; the raw bytes stay available for verification.
            return Optional.empty();
        }
    }
}
