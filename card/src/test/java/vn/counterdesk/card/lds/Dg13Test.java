package vn.counterdesk.card.lds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.counterdesk.card.TestData;
import vn.counterdesk.card.read.IdentityDocument;
import vn.counterdesk.card.read.IdentityDocuments;
import vn.counterdesk.card.tlv.Asn1;
import vn.counterdesk.card.tlv.Tlv;
import vn.counterdesk.card.tlv.TlvParseException;
import vn.counterdesk.card.tlv.TlvReader;
import vn.counterdesk.card.tlv.TlvWriter;

/** DG13 of the synthetic VN card (spec §8.4) and its variants. */
class Dg13Test {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void parsesEveryFieldOfTheSyntheticVector() throws Exception {
        Map<Integer, Dg13.Entry> dg13 = Dg13.parse(TestData.resource("cccd/DG13_synthetic.bin"));

        assertThat(dg13.get(1).strings()).containsExactly("001090012345");
        assertThat(dg13.get(9).strings()).containsExactly("Số 1, Phường D, Quận E, Hà Nội");
        assertThat(dg13.get(13).strings()).containsExactly("Nguyễn Văn Bình", "Trần Thị Cúc");
        assertThat(dg13.get(14).strings()).isEmpty();
        assertThat(dg13.get(16).strings()).containsExactly("0123456789ABCDEF");

        IdentityDocument doc = IdentityDocuments.from(dg13, Optional.empty(), Optional.empty(), TODAY);
        assertThat(doc.idNumber()).isEqualTo("001090012345");
        assertThat(doc.fullName()).isEqualTo("Nguyễn Văn An");
        assertThat(doc.dateOfBirth()).contains(LocalDate.of(1990, 1, 15));
        assertThat(doc.sex()).contains(IdentityDocument.Sex.MALE);
        assertThat(doc.nationality()).contains("Việt Nam");
        assertThat(doc.ethnicity()).contains("Kinh");
        assertThat(doc.religion()).contains("Không");
        assertThat(doc.placeOfOrigin()).contains("Xã A, Huyện B, Tỉnh C");
        assertThat(doc.placeOfResidence()).contains("Số 1, Phường D, Quận E, Hà Nội");
        assertThat(doc.identifyingFeatures()).contains("Nốt ruồi C:1cm dưới sau mép trái");
        assertThat(doc.dateOfIssue()).contains(LocalDate.of(2021, 5, 10));
        assertThat(doc.dateOfExpiry()).contains(LocalDate.of(2030, 1, 15));
        assertThat(doc.fatherName()).contains("Nguyễn Văn Bình");
        assertThat(doc.motherName()).contains("Trần Thị Cúc");
        assertThat(doc.parentsAmbiguous()).isFalse();
        assertThat(doc.spouseName()).isEmpty();
        assertThat(doc.oldIdNumber()).contains("012345678");
        assertThat(doc.otherDg13Entries()).extracting(Dg13.Entry::number).containsExactly(16);
        assertThat(doc.toString()).doesNotContain("001090012345").doesNotContain("Nguyễn");
    }

    @Test
    void longResidenceUsesLongFormLengthAndStillParses() throws Exception {
        String longAddress = "Số 123, Đường Nguyễn Thị Minh Khai, Phường Bến Thành, Quận 1, Thành phố Hồ Chí Minh, "
                + "Việt Nam — địa chỉ dài để kiểm tra độ dài trên 128 byte";
        byte[] dg13 = rebuild(TestData.resource("cccd/DG13_synthetic.bin"), 9, Optional.of(longAddress));

        IdentityDocument doc = IdentityDocuments.from(Dg13.parse(dg13), Optional.empty(), Optional.empty(), TODAY);

        assertThat(longAddress.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isGreaterThan(128);
        assertThat(doc.placeOfResidence()).contains(longAddress);
        assertThat(doc.identifyingFeatures()).contains("Nốt ruồi C:1cm dưới sau mép trái");
    }

    @Test
    void missingOldIdIsAbsentNotShifted() throws Exception {
        byte[] dg13 = rebuild(TestData.resource("cccd/DG13_synthetic.bin"), 15, Optional.empty());

        IdentityDocument doc = IdentityDocuments.from(Dg13.parse(dg13), Optional.empty(), Optional.empty(), TODAY);

        assertThat(doc.oldIdNumber()).isEmpty();
        assertThat(doc.otherDg13Entries()).extracting(Dg13.Entry::number).containsExactly(16);
    }

    @Test
    void truncatedDg13IsATypedError() {
        byte[] full = TestData.resource("cccd/DG13_synthetic.bin");
        for (int cut = 1; cut < full.length; cut += 7) {
            byte[] truncated = Arrays.copyOf(full, cut);
            assertThatThrownBy(() -> Dg13.parse(truncated)).isInstanceOf(TlvParseException.class);
        }
    }

    /** Rebuilds DG13 with entry {@code number} replaced by a UTF8String (or removed). */
    static byte[] rebuild(byte[] dg13, int number, Optional<String> value) throws TlvParseException {
        Tlv root = TlvReader.readSingle(dg13);
        Tlv sequence = root.requireChild(Asn1.SEQUENCE);
        java.io.ByteArrayOutputStream set = new java.io.ByteArrayOutputStream();
        for (Tlv entry : sequence.requireChild(Asn1.SET).children()) {
            if (Asn1.smallInteger(entry.children().getFirst()) != number) {
                set.writeBytes(entry.encode());
            } else if (value.isPresent()) {
                set.writeBytes(TlvWriter.constructed(
                        Asn1.SEQUENCE,
                        TlvWriter.encode(Asn1.INTEGER, new byte[] {(byte) number}),
                        TlvWriter.encode(
                                Asn1.UTF8_STRING, value.get().getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            }
        }
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Tlv part : sequence.children()) {
            body.writeBytes(part.tag() == Asn1.SET ? TlvWriter.encode(Asn1.SET, set.toByteArray()) : part.encode());
        }
        return TlvWriter.encode(0x6D, TlvWriter.encode(Asn1.SEQUENCE, body.toByteArray()));
    }
}
