package vn.counterdesk.testkit.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.counterdesk.testkit.chip.ChipFile;
import vn.counterdesk.testkit.profile.CardGenerator;
import vn.counterdesk.testkit.profile.CardProfile;
import vn.counterdesk.testkit.profile.CardProfiles;
import vn.counterdesk.testkit.profile.Td1Mrz;
import vn.counterdesk.testkit.profile.VirtualCard;

/**
 * JMRTD, an independent ICAO implementation, reads every shipped persona in process: PACE-CAN and
 * BAC open the chip, each file comes back exactly as generated, the SOD verifies with
 * BouncyCastle up to the test CSCA, CA switches keys and AA verifies against DG15.
 */
class VirtualCardOracleTest {

    static java.util.List<String> personas() {
        return CardProfiles.personaNames();
    }

    @ParameterizedTest
    @MethodSource("personas")
    void jmrtdReadsEveryPersonaWithPaceCan(String persona) throws Exception {
        VirtualCard card = CardGenerator.generate(CardProfiles.persona(persona));

        JmrtdOracle.Read read = JmrtdOracle.readEverything(
                new ResponderCardService(card.newChip()),
                new JmrtdOracle.Access.Can(card.profile().can()));

        assertGenuine(card, read);
    }

    @ParameterizedTest
    @MethodSource("personas")
    void jmrtdReadsEveryPersonaWithBac(String persona) throws Exception {
        VirtualCard card = CardGenerator.generate(CardProfiles.persona(persona));

        JmrtdOracle.Read read = JmrtdOracle.readEverything(new ResponderCardService(card.newChip()), bacKey(card));

        assertGenuine(card, read);
    }

    @Test
    void wrongCanIsRefusedAndNothingIsReadable() throws Exception {
        VirtualCard card = CardGenerator.generate(CardProfiles.persona(CardProfiles.DEFAULT_PERSONA));
        ResponderCardService service = new ResponderCardService(card.newChip());

        assertThatThrownBy(() -> JmrtdOracle.open(service, new JmrtdOracle.Access.Can("999999")))
                .isInstanceOf(net.sf.scuba.smartcards.CardServiceException.class);
    }

    @Test
    void wrongBacKeyIsRefused() throws Exception {
        VirtualCard card = CardGenerator.generate(CardProfiles.persona(CardProfiles.DEFAULT_PERSONA));

        assertThatThrownBy(() -> JmrtdOracle.open(
                        new ResponderCardService(card.newChip()),
                        new JmrtdOracle.Access.Bac(card.profile().documentNumber(), "900115", "310115")))
                .isInstanceOf(net.sf.scuba.smartcards.CardServiceException.class);
    }

    static JmrtdOracle.Access bacKey(VirtualCard card) {
        CardProfile p = card.profile();
        DateTimeFormatter yymmdd = DateTimeFormatter.ofPattern("yyMMdd");
        return new JmrtdOracle.Access.Bac(
                p.documentNumber(),
                p.dateOfBirth().format(yymmdd),
                p.dateOfExpiry().map(d -> d.format(yymmdd)).orElse(Td1Mrz.NO_EXPIRY));
    }

    static void assertGenuine(VirtualCard card, JmrtdOracle.Read read) throws Exception {
        for (var entry : read.files().entrySet()) {
            assertThat(entry.getValue())
                    .as("%s as read by JMRTD", entry.getKey())
                    .isEqualTo(card.file(entry.getKey()).orElseThrow());
        }
        assertThat(read.dg3StatusWord()).as("DG3 needs EAC").isEqualTo(0x6982);
        assertThat(read.dg11StatusWord()).as("DG11 absent").isEqualTo(0x6A82);
        assertThat(read.dg12StatusWord()).as("DG12 absent").isEqualTo(0x6A82);
        assertThat(read.dg1AfterChipAuthentication())
                .isEqualTo(card.file(ChipFile.DG1).orElseThrow());

        SodEvidence sod = SodEvidence.of(read.files().get(ChipFile.SOD));
        assertThat(sod.signatureValid()).as("SOD signature").isTrue();
        assertThat(sod.hashAlgorithmOid()).isEqualTo("2.16.840.1.101.3.4.2.1");
        for (int dg : new int[] {1, 2, 13, 14, 15}) {
            assertThat(sod.hashMatches(dg, read.files().get(ChipFile.dataGroup(dg))))
                    .as("DG%d hash", dg)
                    .isTrue();
        }
        assertThat(sod.hashes()).containsKey(3);
        assertThat(sod.issuedBy(card.csca())).as("DS issued by the test CSCA").isTrue();
        assertThat(sod.documentSignerValidAtSigningTime()).isTrue();
        assertThat(AaEvidence.verifies(read.aaKey(), read.aaChallenge(), read.aaResponse()))
                .as("AA response verifies with the DG15 key")
                .isTrue();
    }
}
