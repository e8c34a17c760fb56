package vn.counterdesk.card.lds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.counterdesk.card.TestData;
import vn.counterdesk.card.tlv.TlvParseException;

/** EF.COM, DG1 (TD1 and TD3), DG2 and EF.CardAccess against public and synthetic files. */
class LdsFilesTest {

    @Test
    void efComOfTheBsiSpecimen() throws Exception {
        EfCom com = EfCom.parse(TestData.resource("bsi2008/EF_COM.bin"));

        assertThat(com.ldsVersion()).isEqualTo("0107");
        assertThat(com.unicodeVersion()).isEqualTo("040000");
        assertThat(com.dataGroups()).containsExactly(DataGroup.DG1, DataGroup.DG2, DataGroup.DG3, DataGroup.DG14);
    }

    @Test
    void expectedVietnameseEfCom() throws Exception {
        EfCom com = EfCom.parse(TestData.hex("6018 5F01 04 30313037 5F36 06 303430303030 5C 06 6175636D6F6E"));

        assertThat(com.dataGroups())
                .containsExactly(
                        DataGroup.DG1, DataGroup.DG2, DataGroup.DG3, DataGroup.DG13, DataGroup.DG15, DataGroup.DG14);
    }

    @Test
    void vietnameseTd1KeepsDocumentNumberAndTwelveDigitId() throws Exception {
        MrzRecord mrz = Dg1.parse(TestData.hex(TestData.VN_DG1));

        assertThat(mrz.format()).isEqualTo(MrzRecord.Format.TD1);
        assertThat(mrz.documentNumber()).isEqualTo("090012345");
        assertThat(mrz.vietnameseIdNumber()).contains("001090012345");
        assertThat(mrz.issuingState()).isEqualTo("VNM");
        assertThat(mrz.dateOfBirth()).isEqualTo("900115");
        assertThat(mrz.dateOfExpiry()).isEqualTo("300115");
        assertThat(mrz.sex()).isEqualTo("M");
        assertThat(mrz.names()).isEqualTo("NGUYEN VAN AN");
        assertThat(mrz.checkDigitsValid()).isTrue();
        assertThat(mrz.bacKey().mrzInformation()).isEqualTo("090012345090011583001156");
    }

    @Test
    void td1SpecimenAndLongDocumentNumber() {
        MrzRecord specimen = MrzRecord.parse(
                "I<UTOD231458907<<<<<<<<<<<<<<<" + "7408122F1204159UTO<<<<<<<<<<<6" + "ERIKSSON<<ANNA<MARIA<<<<<<<<<<");
        assertThat(specimen.documentNumber()).isEqualTo("D23145890");
        assertThat(specimen.checkDigitsValid()).isTrue();
        assertThat(specimen.names()).isEqualTo("ERIKSSON ANNA MARIA");
    }

    @Test
    void td3OfTheBsiSpecimenAcceptsFillerCheckDigit() throws Exception {
        MrzRecord mrz = Dg1.parse(TestData.resource("bsi2008/DG1.bin"));

        assertThat(mrz.format()).isEqualTo(MrzRecord.Format.TD3);
        assertThat(mrz.documentNumber()).isEqualTo("C11T002JM");
        assertThat(mrz.nationality()).isEqualTo("D");
        assertThat(mrz.dateOfBirth()).isEqualTo("960812");
        assertThat(mrz.dateOfExpiry()).isEqualTo("131031");
        assertThat(mrz.sex()).isEqualTo("F");
        assertThat(mrz.primaryIdentifier()).isEqualTo("MUSTERMANN");
        assertThat(mrz.checkDigitsValid()).isTrue();
    }

    @Test
    void corruptedCheckDigitIsReportedPerField() {
        String bad =
                "IDVNM0900123451001090012345<<1" + "9001158M3001156VNM<<<<<<<<<<<8" + "NGUYEN<<VAN<AN<<<<<<<<<<<<<<<<";
        MrzRecord mrz = MrzRecord.parse(bad);

        assertThat(mrz.checkDigitProblems())
                .extracting(MrzRecord.CheckDigitProblem::field)
                .containsExactly("documentNumber", "composite");
    }

    @Test
    void jpeg2000FaceOfTheBsiSpecimen() throws Exception {
        byte[] dg2 = TestData.resource("bsi2008/DG2.bin");
        FaceImage face = Dg2.parse(dg2);

        assertThat(face.format()).isEqualTo(FaceImage.ImageFormat.JPEG2000);
        assertThat(face.width()).isEqualTo(337);
        assertThat(face.height()).isEqualTo(449);
        assertThat(Arrays.copyOf(face.imageBytes(), 8)).isEqualTo(TestData.hex("0000000C6A502020"));
        assertThat(face.imageBytes()).isEqualTo(Arrays.copyOfRange(dg2, 84, 84 + face.imageBytes().length));
        assertThat(FaceImages.decode(face)).isEmpty(); // no JPEG 2000 decoder: bytes and format only
    }

    @Test
    void jpegFaceIsDecodedToAnImage() throws Exception {
        byte[] jpeg = FaceImagesTestSupport.jpeg(60, 80);
        FaceImage face = Dg2.parse(FaceImagesTestSupport.dg2(jpeg, 0, 60, 80));

        assertThat(face.format()).isEqualTo(FaceImage.ImageFormat.JPEG);
        assertThat(face.imageBytes()).isEqualTo(jpeg);
        assertThat(FaceImages.decode(face)).hasValueSatisfying(img -> {
            assertThat(img.getWidth()).isEqualTo(60);
            assertThat(img.getHeight()).isEqualTo(80);
        });
    }

    @Test
    void truncatedFaceRecordIsATypedError() throws Exception {
        byte[] dg2 = FaceImagesTestSupport.dg2(FaceImagesTestSupport.jpeg(20, 20), 0, 20, 20);
        ByteArrayOutputStream cut = new ByteArrayOutputStream();
        cut.write(dg2, 0, dg2.length - 10);
        assertThatThrownBy(() -> Dg2.parse(cut.toByteArray())).isInstanceOf(TlvParseException.class);
    }

    @Test
    void observedCardAccessAdvertisesPaceOnBrainpoolP256() throws Exception {
        SecurityInfos infos = SecurityInfos.parse(TestData.resource("cccd/EF_CardAccess_observed.bin"));

        assertThat(infos.paceInfos()).singleElement().satisfies(p -> {
            assertThat(p.protocol()).isEqualTo("0.4.0.127.0.7.2.2.4.2.2");
            assertThat(p.version()).isEqualTo(2);
            assertThat(p.parameterId()).contains(13);
        });
        assertThat(infos.otherProtocols()).containsExactly("0.4.0.127.0.7.2.2.2", "0.4.0.127.0.7.2.2.3.2.2");
    }
}
