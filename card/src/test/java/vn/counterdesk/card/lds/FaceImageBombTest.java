package vn.counterdesk.card.lds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.counterdesk.testkit.profile.DataGroups;

/** A forged chip's DG2 declares a face far larger than any portrait: it is refused from its header. */
class FaceImageBombTest {

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
        byte[] bomb = DataGroups.jpegDeclaring(FaceImagesTestSupport.jpeg(16, 16), 30000, 20000);
        FaceImage face = Dg2.parse(FaceImagesTestSupport.dg2(bomb, 0, 30000, 20000));

        assertThat(FaceImages.decode(face)).isEmpty();
    }
}
