package vn.counterdesk.card.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.counterdesk.card.TestData;

class AccessInputParserTest {

    private static final String QR_2021 =
            "001090012345|012345678|Nguyễn Văn An|15011990|Nam|Số 1, Phường D, Quận E, Hà Nội|10052021";

    @Test
    void idNumberGivesPaceCanFromItsLastSixDigits() throws Exception {
        AccessInput input = AccessInputParser.idNumber(" 001090012345\r\n");

        AccessInput.AccessPlan plan = input.plan(3);
        assertThat(plan.pace()).contains(new PaceKey.Can("012345"));
        assertThat(plan.bacCandidates()).isEmpty();
    }

    @Test
    void badIdNamesTheField() {
        assertThatThrownBy(() -> AccessInputParser.idNumber("00109001234"))
                .isInstanceOfSatisfying(
                        InvalidAccessInputException.class,
                        e -> assertThat(e.field()).isEqualTo("idNumber"));
        assertThatThrownBy(() -> AccessInputParser.can("12a456"))
                .isInstanceOfSatisfying(
                        InvalidAccessInputException.class,
                        e -> assertThat(e.field()).isEqualTo("can"));
    }

    @Test
    void mrzWithScannerNoiseGivesCanThenBac() throws Exception {
        String scanned = "]Q1" + TestData.VN_MRZ.replace("\n", "\r\n").toLowerCase() + "\r\n";

        AccessInput.AccessPlan plan = AccessInputParser.mrz(scanned).plan(3);

        assertThat(plan.pace()).contains(new PaceKey.Can("012345"));
        assertThat(plan.bacCandidates()).containsExactly(new BacKey("090012345", "900115", "300115"));
    }

    /**
     * Regression for a fuzzing finding (corpus {@code accessInput/crash-mrz-letter-in-date-of-birth}): check digits
     * are defined over letters, so this MRZ is consistent, but its date of birth "9M1055" cannot go into a BAC key;
     * planning the read threw IllegalArgumentException instead of naming the field.
     */
    @Test
    void mrzWithLettersInADateIsRefusedNamingTheField() {
        String letterInBirthDate =
                "IDVNM0000000000000861551040<<8\n9M105501302V7015NM<<<<<<B<<<<7\n" + "NGU57VN<VAN<AN<4<12345100109<<";
        assertThatThrownBy(() -> AccessInputParser.mrz(letterInBirthDate))
                .isInstanceOfSatisfying(
                        InvalidAccessInputException.class,
                        e -> assertThat(e.field()).isEqualTo("mrz.dateOfBirth"));
    }

    /**
     * Regression for a fuzzing finding (corpus {@code accessInput/crash-mrz-long-document-number-without-rest}): a
     * '<' document check digit announces a long document number, but the optional data starts with a filler; the
     * MRZ parser indexed before the start of the empty rest (StringIndexOutOfBoundsException).
     */
    @Test
    void mrzAnnouncingALongDocumentNumberWithoutOneIsRefusedNamingTheField() {
        String noRest =
                "IDVNM09001234N<<A<N10900125<<8\n90011N5M3001157VNM<<<<<<<<<<<6\n" + "NGUYEN<<V001AN<AN<<1090012345<";
        assertThatThrownBy(() -> AccessInputParser.mrz(noRest))
                .isInstanceOfSatisfying(
                        InvalidAccessInputException.class,
                        e -> assertThat(e.field()).isEqualTo("mrz.documentNumber"));
    }

    @Test
    void mrzCheckDigitErrorNamesTheField() {
        String wrongBirth = TestData.VN_MRZ.replace("9001158M", "9001157M");
        assertThatThrownBy(() -> AccessInputParser.mrz(wrongBirth))
                .isInstanceOfSatisfying(InvalidAccessInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("mrz.dateOfBirth");
                    assertThat(e.getMessage()).contains("expected 8");
                });
        String wrongExpiry = TestData.VN_MRZ.replace("M3001156", "M3001155");
        assertThatThrownBy(() -> AccessInputParser.mrz(wrongExpiry))
                .isInstanceOfSatisfying(
                        InvalidAccessInputException.class,
                        e -> assertThat(e.field()).isEqualTo("mrz.dateOfExpiry"));
        assertThatThrownBy(() -> AccessInputParser.mrz("IDVNM09001234"))
                .isInstanceOfSatisfying(
                        InvalidAccessInputException.class,
                        e -> assertThat(e.field()).isEqualTo("mrz"));
    }

    @Test
    void qr2021GivesCanAndDerivedExpiryCandidates() throws Exception {
        AccessInput.Qr qr = AccessInputParser.qr("]d2" + QR_2021 + "\r\n");

        assertThat(qr.data().layout()).isEqualTo(QrData.Layout.CCCD_2021);
        assertThat(qr.data().fullName()).contains("Nguyễn Văn An");
        assertThat(qr.data().dateOfBirth()).contains(LocalDate.of(1990, 1, 15));
        assertThat(qr.data().dateOfIssue()).contains(LocalDate.of(2021, 5, 10));
        AccessInput.AccessPlan plan = qr.plan(3);
        assertThat(plan.pace()).contains(new PaceKey.Can("012345"));
        assertThat(plan.bacCandidates()).first().isEqualTo(new BacKey("090012345", "900115", "300115"));
        assertThat(plan.bacCandidates()).hasSizeLessThanOrEqualTo(3);
        assertThat(qr.toString()).doesNotContain("Nguyễn");
    }

    @Test
    void qrWithUnknownLayoutKeepsOnlyTheId() throws Exception {
        AccessInput.Qr qr = AccessInputParser.qr("001090012345|Nguyễn Văn An|1990-01-15|male|x|y|z|w|v");

        assertThat(qr.data().layout()).isEqualTo(QrData.Layout.UNKNOWN);
        assertThat(qr.plan(3).bacCandidates()).isEmpty();
        assertThat(qr.plan(3).pace()).contains(new PaceKey.Can("012345"));
    }

    @Test
    void qrErrorsNameTheField() {
        assertThatThrownBy(() -> AccessInputParser.qr("00109001234|x"))
                .isInstanceOfSatisfying(
                        InvalidAccessInputException.class,
                        e -> assertThat(e.field()).isEqualTo("qr.idNumber"));
        assertThatThrownBy(() -> AccessInputParser.qr(QR_2021.replace("15011990", "31021990")))
                .isInstanceOfSatisfying(
                        InvalidAccessInputException.class,
                        e -> assertThat(e.field()).isEqualTo("qr.dateOfBirth"));
    }

    @Test
    void explicitBacFields() throws Exception {
        AccessInput.Bac bac = AccessInputParser.bac("090012345,900115,991231");

        assertThat(bac.plan(3).pace()).isEmpty();
        assertThat(bac.key().mrzInformation()).isEqualTo("090012345090011589912315");
        assertThatThrownBy(() -> AccessInputParser.bac("090012345,901315,300115"))
                .isInstanceOfSatisfying(
                        InvalidAccessInputException.class,
                        e -> assertThat(e.field()).isEqualTo("bac.dateOfBirth"));
    }

    @Test
    void detectsTheKindOfScannedText() throws Exception {
        assertThat(AccessInputParser.detect(QR_2021)).isInstanceOf(AccessInput.Qr.class);
        assertThat(AccessInputParser.detect(TestData.VN_MRZ)).isInstanceOf(AccessInput.Mrz.class);
        assertThat(AccessInputParser.detect("001090012345")).isInstanceOf(AccessInput.IdNumber.class);
        assertThat(AccessInputParser.detect("012345")).isInstanceOf(AccessInput.Can.class);
    }

    @Test
    void syntheticVietnameseBacKeys() {
        assertThat(KeyDerivation.bacSeed(new BacKey("090012345", "900115", "300115").mrzInformation()))
                .isEqualTo(TestData.hex("9244A9BB2393F76721706D2DFBBA9060"));
        assertThat(KeyDerivation.bacSeed(new BacKey("090012345", "900115", "991231").mrzInformation()))
                .isEqualTo(TestData.hex("CC2DE640FF2B09E928AC534BC7233C5F"));
    }
}
