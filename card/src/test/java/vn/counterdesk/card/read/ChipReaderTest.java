package vn.counterdesk.card.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.counterdesk.card.TestData;
import vn.counterdesk.card.access.AccessInputParser;
import vn.counterdesk.card.access.AccessMethod;
import vn.counterdesk.card.auth.ChipAuthenticator;
import vn.counterdesk.card.lds.DataGroup;
import vn.counterdesk.card.lds.FaceImage;
import vn.counterdesk.pcsc.LinkCapabilities;
import vn.counterdesk.testkit.chip.ChipBehaviour;
import vn.counterdesk.testkit.chip.VirtualIdCard;

/** Full reads of the synthetic VN card through the in-process transport. */
class ChipReaderTest {

    private static final LinkCapabilities SHORT = LinkCapabilities.shortOnly();
    private static final LinkCapabilities EXTENDED = new LinkCapabilities(true, 65536);

    private final ChipReader reader = new ChipReader(ChipAuthenticator.none(), ReadOptions.defaults());

    private static ReadOutcome read(ChipReader reader, VirtualIdCard card, LinkCapabilities link, String input)
            throws Exception {
        return reader.read(
                VirtualCards.connector(card, link),
                AccessInputParser.detect(input),
                ReadListener.NONE,
                CancellationToken.none());
    }

    private static ChipRead success(ReadOutcome outcome) {
        assertThat(outcome).isInstanceOf(ReadOutcome.Success.class);
        return ((ReadOutcome.Success) outcome).read();
    }

    @Test
    void readsTheCardWithPaceCanFromTheIdNumber() throws Exception {
        List<String> progress = new ArrayList<>();
        ReadListener listener = new ReadListener() {
            @Override
            public void progress(DataGroup file, int bytesRead, int fileLength) {
                progress.add(file + ":" + bytesRead + "/" + fileLength);
            }
        };
        VirtualIdCard card = VirtualCards.card(ChipBehaviour.NORMAL);

        ChipRead read = success(reader.read(
                VirtualCards.connector(card, SHORT),
                AccessInputParser.idNumber("001090012345"),
                listener,
                CancellationToken.none()));

        assertThat(read.access()).isEqualTo(AccessMethod.PACE_CAN);
        IdentityDocument doc = read.document();
        assertThat(doc.idNumber()).isEqualTo("001090012345");
        assertThat(doc.fullName()).isEqualTo("Nguyễn Văn An");
        assertThat(doc.dateOfBirth()).contains(LocalDate.of(1990, 1, 15));
        assertThat(doc.mrz())
                .hasValueSatisfying(m -> assertThat(m.documentNumber()).isEqualTo("090012345"));
        assertThat(doc.photo()).hasValueSatisfying(p -> {
            assertThat(p.format()).isEqualTo(FaceImage.ImageFormat.JPEG);
            assertThat(p.imageBytes()).isEqualTo(VirtualCards.PHOTO);
        });
        assertThat(doc.inconsistencies()).isEmpty();
        assertThat(read.raw(DataGroup.DG13)).hasValue(TestData.resource("cccd/DG13_synthetic.bin"));
        assertThat(read.rawFiles()).doesNotContainKeys(DataGroup.SOD, DataGroup.DG14, DataGroup.DG15);
        // DG13 text arrives before the photo.
        assertThat(progress.getFirst()).startsWith("DG13:");
        assertThat(progress.indexOf(progress.stream()
                        .filter(p -> p.startsWith("DG2:"))
                        .findFirst()
                        .orElseThrow()))
                .isGreaterThan(progress.indexOf(progress.stream()
                        .filter(p -> p.startsWith("DG13:"))
                        .findFirst()
                        .orElseThrow()));
        assertThat(progress.getLast()).matches("DG2:(\\d+)/\\1");
        assertThat(read.statistics().bytesRead())
                .isEqualTo(read.rawFiles().values().stream()
                        .mapToLong(b -> b.length)
                        .sum());
    }

    @Test
    void readsTheCardWithBacFromTheMrz() throws Exception {
        ChipReader bacOnly =
                new ChipReader(ChipAuthenticator.none(), ReadOptions.defaults().bacOnly());

        ChipRead read = success(read(bacOnly, VirtualCards.card(ChipBehaviour.NORMAL), SHORT, TestData.VN_MRZ));

        assertThat(read.access()).isEqualTo(AccessMethod.BAC);
        assertThat(read.document().fullName()).isEqualTo("Nguyễn Văn An");
    }

    @Test
    void fallsBackToBacAfterRefusedPaceAndRecordsIt() throws Exception {
        ChipRead read = success(
                read(reader, VirtualCards.card(ChipBehaviour.NORMAL.withPaceRefused()), SHORT, TestData.VN_MRZ));

        assertThat(read.access()).isEqualTo(AccessMethod.BAC);
    }

    @Test
    void qrInputOpensWithBacUsingTheDerivedExpiry() throws Exception {
        ChipReader bacOnly =
                new ChipReader(ChipAuthenticator.none(), ReadOptions.defaults().bacOnly());
        String qr = "001090012345|012345678|Nguyễn Văn An|15011990|Nam|Số 1, Phường D, Quận E, Hà Nội|10052021";

        ChipRead read = success(read(bacOnly, VirtualCards.card(ChipBehaviour.NORMAL), SHORT, qr));

        assertThat(read.access()).isEqualTo(AccessMethod.BAC);
        assertThat(read.document().idNumber()).isEqualTo("001090012345");
    }

    @Test
    void bacTriesTheNextExpiryCandidateWhenTheFirstIsWrong() throws Exception {
        ChipReader bacOnly =
                new ChipReader(ChipAuthenticator.none(), ReadOptions.defaults().bacOnly());
        // Issued on the window start before age 40 (boundary case): derived 2050, the card says 2030.
        String qr = "001090012345|012345678|Nguyễn Văn An|15011990|Nam|Số 1|15012028";

        ChipRead read = success(read(bacOnly, VirtualCards.card(ChipBehaviour.NORMAL), SHORT, qr));

        assertThat(read.access()).isEqualTo(AccessMethod.BAC);
    }

    @Test
    void wrongCanIsAccessDeniedNotAnIoFailure() throws Exception {
        ReadOutcome outcome = read(reader, VirtualCards.card(ChipBehaviour.NORMAL), SHORT, "001090099999");

        assertThat(outcome).isInstanceOfSatisfying(ReadOutcome.AccessDenied.class, d -> {
            assertThat(d.message()).isEqualTo("access denied: check the ID number / MRZ");
            assertThat(d.lastMethod()).contains(AccessMethod.PACE_CAN);
        });
    }

    @Test
    void wrongBacKeyIsAccessDenied() throws Exception {
        ReadOutcome outcome = reader.read(
                VirtualCards.connector(VirtualCards.card(ChipBehaviour.NORMAL), SHORT),
                AccessInputParser.bac("090012345,900115,310115"),
                ReadListener.NONE,
                CancellationToken.none());

        assertThat(outcome).isInstanceOfSatisfying(ReadOutcome.AccessDenied.class, d -> {
            assertThat(d.lastMethod()).contains(AccessMethod.BAC);
            assertThat(d.attempts()).isEqualTo(1);
        });
    }

    @Test
    void wrongQrBirthDateStopsAfterAtMostThreeBacAttempts() throws Exception {
        ChipReader bacOnly =
                new ChipReader(ChipAuthenticator.none(), ReadOptions.defaults().bacOnly());
        String qr = "001090012345|012345678|Nguyễn Văn An|16011990|Nam|Số 1|10052021";

        ReadOutcome outcome = read(bacOnly, VirtualCards.card(ChipBehaviour.NORMAL), SHORT, qr);

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        ReadOutcome.AccessDenied.class,
                        d -> assertThat(d.attempts()).isBetween(1, 3));
    }

    @Test
    void extendedLengthNeedsFewerApdusThanShortReads() throws Exception {
        ChipRead shortRead = success(read(reader, VirtualCards.card(ChipBehaviour.NORMAL), SHORT, "001090012345"));
        ChipRead extendedRead =
                success(read(reader, VirtualCards.card(ChipBehaviour.NORMAL), EXTENDED, "001090012345"));

        assertThat(extendedRead.raw(DataGroup.DG2).orElseThrow())
                .isEqualTo(shortRead.raw(DataGroup.DG2).orElseThrow());
        assertThat(extendedRead.statistics().apdus())
                .isLessThan(shortRead.statistics().apdus());
    }

    @Test
    void cancellationEndsTheReadWithoutIdentity() throws Exception {
        CancellationToken token = new CancellationToken();
        ReadListener cancelOnPhoto = new ReadListener() {
            @Override
            public void progress(DataGroup file, int bytesRead, int fileLength) {
                if (file == DataGroup.DG2) {
                    token.cancel();
                }
            }
        };

        ReadOutcome outcome = reader.read(
                VirtualCards.connector(VirtualCards.card(ChipBehaviour.NORMAL), SHORT),
                AccessInputParser.idNumber("001090012345"),
                cancelOnPhoto,
                token);

        assertThat(outcome).isInstanceOf(ReadOutcome.Cancelled.class);
    }

    @Test
    void cardPulledAtEveryApduIndexGivesCardRemovedThenTheNextReadSucceeds() throws Exception {
        int total = success(read(reader, VirtualCards.card(ChipBehaviour.NORMAL), SHORT, "001090012345"))
                .statistics()
                .apdus();
        assertThat(total).isGreaterThan(10);
        for (int pulledAfter = 0; pulledAfter < total; pulledAfter++) {
            VirtualIdCard pulled = VirtualCards.card(ChipBehaviour.NORMAL.withRemovalAfter(pulledAfter));
            ReadOutcome outcome = read(reader, pulled, SHORT, "001090012345");
            assertThat(outcome).as("pulled after %d APDUs", pulledAfter).isInstanceOf(ReadOutcome.CardRemoved.class);

            ReadOutcome next = read(reader, VirtualCards.card(ChipBehaviour.NORMAL), SHORT, "001090012345");
            assertThat(success(next).document().idNumber()).isEqualTo("001090012345");
        }
    }
}
