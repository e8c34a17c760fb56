package vn.counterdesk.testkit.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.counterdesk.pcsc.CardRemovedException;
import vn.counterdesk.pcsc.CommandApdu;
import vn.counterdesk.testkit.chip.ChipFile;
import vn.counterdesk.testkit.chip.VirtualIdCard;
import vn.counterdesk.testkit.profile.CardFault;
import vn.counterdesk.testkit.profile.CardGenerator;
import vn.counterdesk.testkit.profile.CardProfiles;
import vn.counterdesk.testkit.profile.ExpectedVerdict;
import vn.counterdesk.testkit.profile.FaultPlan;
import vn.counterdesk.testkit.profile.ProfileException;
import vn.counterdesk.testkit.profile.VirtualCard;

/**
 * Every fault is reachable (by flag or profile) and shows the evidence a verifier must act on,
 * checked with BouncyCastle and JMRTD directly (never with our own verifier).
 */
class CardFaultTest {

    @Test
    void tamperedDataGroupHasValidSignatureButDg13HashMismatch() throws Exception {
        VirtualCard card = faulty("TAMPERED_DATA_GROUP");
        JmrtdOracle.Read read = readWithPace(card);
        SodEvidence sod = SodEvidence.of(read.files().get(ChipFile.SOD));

        assertThat(sod.signatureValid()).isTrue();
        assertThat(sod.hashMatches(1, read.files().get(ChipFile.DG1))).isTrue();
        assertThat(sod.hashMatches(13, read.files().get(ChipFile.DG13)))
                .as("DG13 changed after signing")
                .isFalse();
        assertThat(new String(read.files().get(ChipFile.DG13), StandardCharsets.UTF_8))
                .contains("Giả Mạo");
        assertThat(card.expectedVerdict()).isEqualTo(ExpectedVerdict.TAMPERED);
    }

    @Test
    void sodSignedByAnotherKeyFailsSignatureVerification() throws Exception {
        VirtualCard card = faulty("SOD_SIGNER_KEY_MISMATCH");
        SodEvidence sod = sodAsRead(card);

        assertThat(sod.signatureValid()).isFalse();
        assertThat(sod.issuedBy(card.csca()))
                .as("the embedded certificate itself is genuine")
                .isTrue();
        assertThat(card.expectedVerdict()).isEqualTo(ExpectedVerdict.TAMPERED);
    }

    @Test
    void forgedDocumentSignerNamesTheCscaButItsSignatureFails() throws Exception {
        VirtualCard card = faulty("DS_NOT_ISSUED_BY_CSCA");
        SodEvidence sod = sodAsRead(card);

        assertThat(sod.signatureValid()).as("SOD consistent with its own DS").isTrue();
        assertThat(sod.documentSigner().getIssuer()).isEqualTo(card.csca().getSubject());
        assertThat(sod.issuedBy(card.csca())).isFalse();
        assertThat(card.expectedVerdict()).isEqualTo(ExpectedVerdict.TAMPERED);
    }

    @Test
    void expiredDocumentSignerWasNotValidWhenTheSodWasSigned() throws Exception {
        VirtualCard card = faulty("DS_CERTIFICATE_EXPIRED");
        SodEvidence sod = sodAsRead(card);

        assertThat(sod.signatureValid()).isTrue();
        assertThat(sod.issuedBy(card.csca())).isTrue();
        assertThat(sod.documentSignerValidAtSigningTime()).isFalse();
        assertThat(sod.documentSigner().getNotAfter()).isBefore(sod.signingTime());
        assertThat(card.expectedVerdict()).isEqualTo(ExpectedVerdict.TAMPERED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nguyen-van-an", "tran-thi-ngoc-anh"}) // ECDSA and RSA AA keys
    void cloneAnswersActiveAuthenticationWithAKeyThatIsNotDg15s(String persona) throws Exception {
        VirtualCard card =
                CardGenerator.generate(CardProfiles.persona(persona), FaultPlan.parse(List.of("AA_KEY_MISMATCH")));
        JmrtdOracle.Read read = readWithPace(card);

        assertThat(AaEvidence.verifies(read.aaKey(), read.aaChallenge(), read.aaResponse()))
                .isFalse();
        assertThat(SodEvidence.of(read.files().get(ChipFile.SOD))
                        .hashMatches(15, read.files().get(ChipFile.DG15)))
                .as("DG15 itself is the genuine, signed one")
                .isTrue();
        assertThat(card.expectedVerdict()).isEqualTo(ExpectedVerdict.CLONE_SUSPECTED);
    }

    @Test
    void paceRefusedLeavesBacAsTheOnlyWayIn() throws Exception {
        VirtualCard card = faulty("PACE_REFUSED");

        assertThatThrownBy(() -> JmrtdOracle.open(
                        new ResponderCardService(card.newChip()),
                        new JmrtdOracle.Access.Can(card.profile().can())))
                .isInstanceOf(net.sf.scuba.smartcards.CardServiceException.class);
        JmrtdOracle.Read read = JmrtdOracle.readEverything(
                new ResponderCardService(card.newChip()), VirtualCardOracleTest.bacKey(card));
        VirtualCardOracleTest.assertGenuine(card, read);
        assertThat(CardFault.PACE_REFUSED.expectedVerdict()).isEmpty();
    }

    @Test
    void cardRemovedAfterNApdusThrowsAndStaysRemoved() throws Exception {
        VirtualIdCard chip = faulty("CARD_REMOVED:3").newChip();
        CommandApdu selectMf = new CommandApdu(0x00, 0xA4, 0x00, 0x0C, new byte[] {0x3F, 0x00});

        for (int i = 0; i < 3; i++) {
            assertThat(chip.respond(selectMf).sw()).isEqualTo(0x6D00);
        }
        assertThatThrownBy(() -> chip.respond(selectMf)).isInstanceOf(CardRemovedException.class);
        chip.reset();
        assertThatThrownBy(() -> chip.respond(selectMf)).isInstanceOf(CardRemovedException.class);
    }

    @Test
    void slowLinkDelaysEachApduByLatencyPlusBytesAtTheBitRate() throws Exception {
        VirtualCard card = faulty("SLOW_LINK:50:9600");
        VirtualIdCard chip = card.newChip();
        CommandApdu selectMf = new CommandApdu(0x00, 0xA4, 0x00, 0x0C, new byte[] {0x3F, 0x00});

        // 7-byte command + 2-byte response = 72 bits = 7.5 ms at 9600 bit/s, plus 50 ms.
        assertThat(card.faults().link().costOf(9))
                .isEqualTo(Duration.ofMillis(57).plusNanos(500_000));
        long start = System.nanoTime();
        chip.respond(selectMf);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(57));
    }

    @Test
    void faultsAreReachableFromAProfileFile(@TempDir Path dir) throws Exception {
        String json = new String(
                        CardFaultTest.class
                                .getResourceAsStream("/vn/counterdesk/testkit/personas/pham-thi-mai.json")
                                .readAllBytes(),
                        StandardCharsets.UTF_8)
                .replace("\"motherName\"", "\"faults\": [\"aa-key-mismatch\", \"CARD_REMOVED:40\"],\n  \"motherName\"");
        Path profile = dir.resolve("clone.json");
        Files.writeString(profile, json);

        VirtualCard card = CardGenerator.generate(CardProfiles.resolve(profile.toString()));

        assertThat(card.faults().faults()).containsExactlyInAnyOrder(CardFault.AA_KEY_MISMATCH, CardFault.CARD_REMOVED);
        assertThat(card.faults().removalAfterApdus()).isEqualTo(40);
        assertThat(card.expectedVerdict()).isEqualTo(ExpectedVerdict.CLONE_SUSPECTED);
    }

    @Test
    void unknownFaultOrBadParameterIsATypedError() {
        assertThatThrownBy(() -> FaultPlan.parse(List.of("MELTED_CHIP")))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("unknown fault");
        assertThatThrownBy(() -> FaultPlan.parse(List.of("CARD_REMOVED:soon")))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("CARD_REMOVED");
    }

    private static VirtualCard faulty(String fault) throws Exception {
        return CardGenerator.generate(
                CardProfiles.persona(CardProfiles.DEFAULT_PERSONA), FaultPlan.parse(List.of(fault)));
    }

    private static SodEvidence sodAsRead(VirtualCard card) throws Exception {
        return SodEvidence.of(readWithPace(card).files().get(ChipFile.SOD));
    }

    private static JmrtdOracle.Read readWithPace(VirtualCard card) throws Exception {
        return JmrtdOracle.readEverything(
                new ResponderCardService(card.newChip()),
                new JmrtdOracle.Access.Can(card.profile().can()));
    }
}
