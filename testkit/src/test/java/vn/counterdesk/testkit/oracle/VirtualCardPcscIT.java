package vn.counterdesk.testkit.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import javax.smartcardio.CardTerminal;
import javax.smartcardio.TerminalFactory;
import net.sf.scuba.smartcards.CardServiceException;
import net.sf.scuba.smartcards.TerminalCardService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.counterdesk.testkit.chip.ChipFile;
import vn.counterdesk.testkit.profile.CardFault;
import vn.counterdesk.testkit.profile.CardGenerator;
import vn.counterdesk.testkit.profile.CardProfiles;
import vn.counterdesk.testkit.profile.FaultPlan;
import vn.counterdesk.testkit.profile.VirtualCard;
import vn.counterdesk.testkit.vpcd.VpcdBridge;

/**
 * The independent oracle through the real PC/SC stack: the virtual card is inserted into pcscd's
 * "Virtual PCD 00 00" through the vpcd bridge and JMRTD reads it with javax.smartcardio, via
 * PACE-CAN and via BAC. Run under {@code flock /tmp/counterdesk-pcscd.lock} (the reader is
 * shared); skipped with the reason when no PC/SC service runs.
 */
class VirtualCardPcscIT {

    private static final String READER = "Virtual PCD 00 00";
    private static CardTerminal terminal;

    @BeforeAll
    static void findReader() {
        try {
            terminal = TerminalFactory.getInstance("PC/SC", null).terminals().getTerminal(READER);
        } catch (Exception e) {
            assumeTrue(false, "no PC/SC service on this machine (" + e + "): start pcscd to run this test");
        }
        assumeTrue(terminal != null, "reader '" + READER + "' not found: is the vpcd driver installed?");
    }

    @Test
    void jmrtdReadsTheDefaultPersonaThroughPcscdWithPaceCan() throws Exception {
        VirtualCard card = CardGenerator.generate(CardProfiles.persona(CardProfiles.DEFAULT_PERSONA));

        JmrtdOracle.Read read =
                readThroughPcscd(card, new JmrtdOracle.Access.Can(card.profile().can()));

        VirtualCardOracleTest.assertGenuine(card, read);
    }

    @Test
    void jmrtdReadsAnRsaLongAddressPersonaThroughPcscdWithBac() throws Exception {
        VirtualCard card = CardGenerator.generate(CardProfiles.persona("tran-thi-ngoc-anh"));

        JmrtdOracle.Read read = readThroughPcscd(card, VirtualCardOracleTest.bacKey(card));

        VirtualCardOracleTest.assertGenuine(card, read);
    }

    @Test
    void paceRefusedCardStillOpensWithBacThroughPcscd() throws Exception {
        VirtualCard card = CardGenerator.generate(
                CardProfiles.persona(CardProfiles.DEFAULT_PERSONA), FaultPlan.parse(java.util.List.of("PACE_REFUSED")));
        try (VpcdBridge bridge = insert(card)) {
            TerminalCardService service = new TerminalCardService(terminal);
            assertThatThrownBy(() -> JmrtdOracle.open(
                            service, new JmrtdOracle.Access.Can(card.profile().can())))
                    .isInstanceOf(CardServiceException.class);
            service.close();
        }
        JmrtdOracle.Read read = readThroughPcscd(card, VirtualCardOracleTest.bacKey(card));
        assertThat(read.files().get(ChipFile.DG13))
                .isEqualTo(card.file(ChipFile.DG13).orElseThrow());
    }

    @Test
    void cardRemovedAfterNApdusDisappearsFromTheReader() throws Exception {
        VirtualCard card = CardGenerator.generate(
                CardProfiles.persona(CardProfiles.DEFAULT_PERSONA),
                FaultPlan.parse(java.util.List.of("CARD_REMOVED:12")));
        assertThat(card.faults().has(CardFault.CARD_REMOVED)).isTrue();
        try (VpcdBridge bridge = insert(card)) {
            TerminalCardService service = new TerminalCardService(terminal);
            assertThatThrownBy(() -> JmrtdOracle.readEverything(
                            service, new JmrtdOracle.Access.Can(card.profile().can())))
                    .isInstanceOf(Exception.class);
            assertThat(bridge.apduCount()).isEqualTo(12);
            assertThat(terminal.waitForCardAbsent(5000))
                    .as("pcscd sees the card leave")
                    .isTrue();
            service.close();
        }
    }

    private static JmrtdOracle.Read readThroughPcscd(VirtualCard card, JmrtdOracle.Access access) throws Exception {
        try (VpcdBridge bridge = insert(card)) {
            TerminalCardService service = new TerminalCardService(terminal);
            try {
                return JmrtdOracle.readEverything(service, access);
            } finally {
                service.close();
            }
        }
    }

    private static VpcdBridge insert(VirtualCard card) throws Exception {
        terminal.waitForCardAbsent(5000);
        VpcdBridge bridge = VpcdBridge.insert(card.newChip());
        assertThat(terminal.waitForCardPresent(5000))
                .as("pcscd sees the virtual card")
                .isTrue();
        return bridge;
    }
}
