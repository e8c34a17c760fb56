package vn.counterdesk.card.lds;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Decodes a DG2 face to pixels. JPEG decodes with the JDK's ImageIO. JPEG 2000 decodes only when an
 * ImageIO JPEG 2000 plugin is on the class path: no maintained pure-Java decoder is available from
 * Maven Central to this build, so for JPEG 2000 callers get the format and the bytes (Vietnamese
 * cards store JPEG, spec §9.2).
 */
public final class FaceImages {

    private FaceImages() {}

    public static Optional<BufferedImage> decode(FaceImage face) {
        try {
            return Optional.ofNullable(ImageIO.read(new ByteArrayInputStream(face.imageBytes())));
        } catch (IOException | RuntimeException e) {
            // A corrupt image is shown as "no photo"; the raw bytes stay available for verification.
            return Optional.empty();
        }
    }
}
