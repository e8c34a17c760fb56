package vn.counterdesk.card.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.counterdesk.card.access.AccessInput;
import vn.counterdesk.card.access.AccessInputParser;
import vn.counterdesk.card.access.AccessMethod;
import vn.counterdesk.card.auth.ChipAuthenticator;
import vn.counterdesk.card.lds.DataGroup;
import vn.counterdesk.card.lds.FaceImage;
import vn.counterdesk.pcsc.ApduResponder;
import vn.counterdesk.pcsc.PcscReaders;
import vn.counterdesk.pcsc.ReaderSnapshot;
import vn.counterdesk.testkit.chip.ChipBehaviour;
import vn.counterdesk.testkit.chip.ChipFile;
import vn.counterdesk.testkit.chip.ChipRandom;
import vn.counterdesk.testkit.chip.VirtualIdCard;
import vn.counterdesk.testkit.profile.CardGenerator;
import vn.counterdesk.testkit.profile.CardProfile;
import vn.counterdesk.testkit.profile.CardProfiles;
import vn.counterdesk.testkit.profile.VirtualCard;
import vn.counterdesk.testkit.vpcd.VpcdBridge;

/**
 * Every shipped persona read end to end through the real pcscd and the vpcd reader "Virtual PCD 00
 * 00": PACE-CAN from the ID number, BAC from the MRZ, BAC from the QR text. Every field must equal
 * the profile. Run under {@code flock /tmp/counterdesk-pcscd.lock}.
 */
class PersonaReadIT {

    static final String READER = "Virtual PCD 00 00";
    private static final DateTimeFormatter QR_DATE = DateTimeFormatter.ofPattern("ddMMyyyy");

    static Stream<CardProfile> personas() {
        return CardProfiles.personas().stream();
    }

    @ParameterizedTest(name = "{0} via PACE-CAN")
    @MethodSource("personas")
    void readsPersonaWithPaceCan(CardProfile profile) throws Exception {
        VirtualCard card = CardGenerator.generate(profile);
        ChipRead read = readThroughPcscd(
                card.newChip(), AccessInputParser.idNumber(profile.idNumber()), ReadOptions.defaults());

        assertThat(read.access()).isEqualTo(AccessMethod.PACE_CAN);
        assertMatchesProfile(read, card);
    }

    @ParameterizedTest(name = "{0} via BAC from the MRZ")
    @MethodSource("personas")
    void readsPersonaWithBacFromMrz(CardProfile profile) throws Exception {
        VirtualCard card = CardGenerator.generate(profile);
        ChipRead read = readThroughPcscd(
                card.newChip(),
                AccessInputParser.mrz(String.join("\n", card.mrz().lines())),
                ReadOptions.defaults().bacOnly());

        assertThat(read.access()).isEqualTo(AccessMethod.BAC);
        assertMatchesProfile(read, card);
    }

    @ParameterizedTest(name = "{0} via BAC from the QR")
    @MethodSource("personas")
    void readsPersonaWithBacFromQr(CardProfile profile) throws Exception {
        VirtualCard card = CardGenerator.generate(profile);
        ChipRead read = readThroughPcscd(
                card.newChip(),
                AccessInputParser.qr(qrOf(profile)),
                ReadOptions.defaults().bacOnly());

        assertThat(read.access()).isEqualTo(AccessMethod.BAC);
        assertMatchesProfile(read, card);
    }

    @Test
    void cardPulledMidReadThroughPcscdIsCardRemovedAndTheNextReadSucceeds() throws Exception {
        VirtualCard card = CardGenerator.generate(CardProfiles.persona(CardProfiles.DEFAULT_PERSONA));
        AccessInput input = AccessInputParser.idNumber(card.profile().idNumber());
        int total = readThroughPcscd(card.newChip(), input, ReadOptions.defaults())
                .statistics()
                .apdus();
        for (int pulledAfter : new int[] {1, total / 3, 2 * total / 3, total - 1}) {
            VirtualIdCard pulled = new VirtualIdCard(
                    card.image(), ChipBehaviour.NORMAL.withRemovalAfter(pulledAfter), ChipRandom.secure());
            ReadOutcome outcome = outcomeThroughPcscd(pulled, input, ReadOptions.defaults());
            assertThat(outcome).as("pulled after %d APDUs", pulledAfter).isInstanceOf(ReadOutcome.CardRemoved.class);

            ChipRead next = readThroughPcscd(card.newChip(), input, ReadOptions.defaults());
            assertThat(next.document().idNumber()).isEqualTo(card.profile().idNumber());
        }
    }

    static String qrOf(CardProfile p) {
        return String.join(
                "|",
                p.idNumber(),
                p.oldIdNumber().orElse(""),
                p.fullName(),
                QR_DATE.format(p.dateOfBirth()),
                p.sex() == CardProfile.Sex.MALE ? "Nam" : "Nữ",
                p.placeOfResidence(),
                QR_DATE.format(p.dateOfIssue()));
    }

    static void assertMatchesProfile(ChipRead read, VirtualCard card) {
        CardProfile p = card.profile();
        IdentityDocument d = read.document();
        assertThat(d.idNumber()).isEqualTo(p.idNumber());
        assertThat(d.fullName()).isEqualTo(p.fullName());
        assertThat(d.dateOfBirth()).contains(p.dateOfBirth());
        assertThat(d.sex())
                .contains(p.sex() == CardProfile.Sex.MALE ? IdentityDocument.Sex.MALE : IdentityDocument.Sex.FEMALE);
        assertThat(d.nationality()).contains(p.nationality());
        assertThat(d.ethnicity()).contains(p.ethnicity());
        assertThat(d.religion()).contains(p.religion());
        assertThat(d.placeOfOrigin()).contains(p.placeOfOrigin());
        assertThat(d.placeOfResidence()).contains(p.placeOfResidence());
        assertThat(d.identifyingFeatures()).isEqualTo(p.identifyingFeatures());
        assertThat(d.dateOfIssue()).contains(p.dateOfIssue());
        assertThat(d.dateOfExpiry()).isEqualTo(p.dateOfExpiry());
        assertThat(d.fatherName()).isEqualTo(p.fatherName());
        assertThat(d.motherName()).isEqualTo(p.motherName());
        assertThat(d.spouseName()).isEqualTo(p.spouseName());
        assertThat(d.oldIdNumber()).isEqualTo(p.oldIdNumber());
        assertThat(d.mrz()).hasValueSatisfying(m -> {
            assertThat(m.documentNumber()).isEqualTo(p.documentNumber());
            assertThat(m.vietnameseIdNumber()).contains(p.idNumber());
            assertThat(m.text()).isEqualTo(card.mrz().text().replace("\n", ""));
        });
        assertThat(d.photo()).hasValueSatisfying(photo -> {
            assertThat(photo.format()).isEqualTo(FaceImage.ImageFormat.JPEG);
            assertThat(photo.imageBytes()).isEqualTo(p.photo().jpeg());
        });
        assertThat(d.inconsistencies()).isEmpty();
        for (DataGroup file : ReadOptions.FULL_READ) {
            ChipFile chipFile = file == DataGroup.SOD ? ChipFile.SOD : ChipFile.dataGroup(file.number());
            assertThat(read.raw(file))
                    .as("raw %s", file)
                    .hasValue(card.file(chipFile).orElseThrow());
        }
    }

    static ChipRead readThroughPcscd(ApduResponder chip, AccessInput input, ReadOptions options) throws Exception {
        ReadOutcome outcome = outcomeThroughPcscd(chip, input, options);
        assertThat(outcome).isInstanceOf(ReadOutcome.Success.class);
        return ((ReadOutcome.Success) outcome).read();
    }

    static ReadOutcome outcomeThroughPcscd(ApduResponder chip, AccessInput input, ReadOptions options)
            throws Exception {
        try (VpcdBridge bridge = VpcdBridge.insert(chip)) {
            awaitCard(true);
            ChipReader reader = new ChipReader(ChipAuthenticator.none(), options);
            ReadOutcome outcome =
                    reader.read(new PcscConnector(READER), input, ReadListener.NONE, CancellationToken.none());
            bridge.remove();
            awaitCard(false);
            return outcome;
        }
    }

    static void awaitCard(boolean present) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (PcscReaders.snapshot() instanceof ReaderSnapshot.Available available
                    && available.readers().stream()
                            .anyMatch(r -> r.name().equals(READER) && r.cardPresent() == present)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("pcscd did not see the card " + (present ? "inserted" : "removed"));
    }
}
