package vn.counterdesk.card.lds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A forged chip's DG2 declares a face far larger than any portrait: it is refused from its header. */
class FaceImageBombTest {

    /** Sets the frame size in the JPEG's SOF0 segment (FFC0 len(2) precision(1) height(2) width(2)). */
    private static byte[] withDeclaredSize(byte[] jpeg, int width, int height) {
        byte[] bomb = jpeg.clone();
        for (int i = 0; i + 8 < bomb.length; i++) {
            if ((bomb[i] & 0xFF) == 0xFF && (bomb[i + 1] & 0xFF) == 0xC0) {
                bomb[i + 5] = (byte) (height >> 8);
                bomb[i + 6] = (byte) height;
                bomb[i + 7] = (byte) (width >> 8);
                bomb[i + 8] = (byte) width;
                return bomb;
            }
        }
        throw new AssertionError("no SOF0 in the sample JPEG");
    }

    @Test
    void aPortraitDecodes() throws Exception {
        FaceImage face = Dg2.parse(FaceImagesTestSupport.dg2(FaceImagesTestSupport.jpeg(60, 80), 0, 60, 80));

        assertThat(FaceImages.decode(face))
                .hasValueSatisfying(image -> assertThat(image.getWidth()).isEqualTo(60));
    }

    @Test
    void aFaceDeclaringHalfAGigapixelIsRefusedBeforeDecoding() throws Exception {
        // 30000 x 20000 RGB needs 1.8 GB: the raster would be allocated (or die with OutOfMemoryError) if the
        // header were not checked first.
        byte[] bomb = withDeclaredSize(FaceImagesTestSupport.jpeg(16, 16), 30000, 20000);
        FaceImage face = Dg2.parse(FaceImagesTestSupport.dg2(bomb, 0, 30000, 20000));

        assertThat(FaceImages.decode(face)).isEmpty();
    }
}
