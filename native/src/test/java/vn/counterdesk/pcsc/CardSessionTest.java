package vn.counterdesk.pcsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Session behaviour against a scripted card: follow-ups exactly once, limits, removal, counters. */
class CardSessionTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final CommandApdu SELECT =
            new CommandApdu(0x00, 0xA4, 0x04, 0x0C, HEX.parseHex("A0000002471001"), 0);
    private static final CommandApdu READ_4 = new CommandApdu(0x00, 0xB0, 0x00, 0x00, 4);

    private static CardSession open(ScriptedCard card, ReaderProfiles profiles) throws CardIoException {
        return CardSession.open(card, "Scripted Reader", new CardSession.Options(true, true), profiles);
    }

    private static CardSession open(ScriptedCard card) throws CardIoException {
        return open(card, new ReaderProfiles(List.of()));
    }

    @Test
    void t0GetResponseIsSentExactlyOnceAndTheDataJoined() throws Exception {
        ScriptedCard card = new ScriptedCard(CardProtocol.T0)
                .answer("00A4040C07A0000002471001", "6104")
                .answer("00C0000004", "0102 0304 9000");
        try (CardSession session = open(card)) {
            ResponseApdu response = session.transmit(SELECT);
            assertThat(response).isEqualTo(new ResponseApdu(HEX.parseHex("01020304"), 0x9000));
            assertThat(card.sent).containsExactly("00A4040C07A0000002471001", "00C0000004");
            assertThat(session.stats().apdus()).isEqualTo(2);
            assertThat(session.stats().followUps()).isEqualTo(1);
        }
    }

    @Test
    void chainedGetResponsesCollectEverything() throws Exception {
        ScriptedCard card = new ScriptedCard(CardProtocol.T0)
                .answer("00B0000004", "AA 6102")
                .answer("00C0000002", "BBCC 6101")
                .answer("00C0000001", "DD 9000");
        try (CardSession session = open(card)) {
            assertThat(session.transmit(READ_4).data()).isEqualTo(HEX.parseHex("AABBCCDD"));
        }
    }

    @Test
    void getResponseUnderSecureMessagingKeepsOnlyTheChannelBitsOfTheClass() throws Exception {
        ScriptedCard card =
                new ScriptedCard(CardProtocol.T0).answer("0DB0000004", "6104").answer("01C0000004", "01020304 9000");
        try (CardSession session = open(card)) {
            session.transmit(new CommandApdu(0x0D, 0xB0, 0x00, 0x00, 4));
        }
        assertThat(card.sent).element(1).isEqualTo("01C0000004");
    }

    @Test
    void wrongLeIsCorrectedWithOneResend() throws Exception {
        ScriptedCard card =
                new ScriptedCard(CardProtocol.T1).answer("00B0000004", "6C02").answer("00B0000002", "0102 9000");
        try (CardSession session = open(card)) {
            assertThat(session.transmit(READ_4)).isEqualTo(new ResponseApdu(HEX.parseHex("0102"), 0x9000));
            assertThat(session.stats().followUps()).isEqualTo(1);
        }
    }

    @Test
    void followUpsCanBeLeftToTheCallerUnderT1() throws Exception {
        ScriptedCard card = new ScriptedCard(CardProtocol.T1).answer("00B0000004", "6104");
        try (CardSession session = CardSession.open(
                card, "Scripted Reader", new CardSession.Options(false, false), new ReaderProfiles(List.of()))) {
            assertThat(session.transmit(READ_4).sw()).isEqualTo(0x6104);
        }
        assertThat(card.sent).hasSize(1);
    }

    @Test
    void removedCardAbortsTheSessionAndEveryLaterCall() throws Exception {
        ScriptedCard card = new ScriptedCard(CardProtocol.T1).fail("00B0000004", PcscError.REMOVED_CARD);
        try (CardSession session = open(card)) {
            assertThatThrownBy(() -> session.transmit(READ_4)).isInstanceOf(CardRemovedException.class);
            assertThatThrownBy(() -> session.transmit(READ_4)).isInstanceOf(CardRemovedException.class);
            assertThat(card.sent).hasSize(1);
            assertThat(session.stats().failures()).isEqualTo(1);
        }
        assertThat(card.disconnected).isTrue();
        assertThat(card.contextClosed).isTrue();
    }

    @Test
    void transportFailureWithTheCardGoneIsARemoval() throws Exception {
        ScriptedCard card = new ScriptedCard(CardProtocol.T1).fail("00B0000004", PcscError.NOT_TRANSACTED);
        card.present = false;
        try (CardSession session = open(card)) {
            assertThatThrownBy(() -> session.transmit(READ_4)).isInstanceOf(CardRemovedException.class);
        }
    }

    @Test
    void responseWithoutStatusWordAbortsTheSession() throws Exception {
        ScriptedCard card = new ScriptedCard(CardProtocol.T1).answer("00B0000004", "");
        try (CardSession session = open(card)) {
            assertThatThrownBy(() -> session.transmit(READ_4)).isInstanceOf(CardRemovedException.class);
            assertThatThrownBy(() -> session.transmit(READ_4)).isInstanceOf(CardRemovedException.class);
        }
        assertThat(card.sent).hasSize(1);
    }

    @Test
    void transportFailureWithTheCardStillThereKeepsItsCode() throws Exception {
        ScriptedCard card = new ScriptedCard(CardProtocol.T1).fail("00B0000004", PcscError.NOT_TRANSACTED);
        try (CardSession session = open(card)) {
            assertThatThrownBy(() -> session.transmit(READ_4))
                    .isInstanceOfSatisfying(
                            PcscException.class, e -> assertThat(e.error()).isEqualTo(PcscError.NOT_TRANSACTED));
        }
    }

    @Test
    void extendedLengthIsRefusedUpFrontUnderT0() throws Exception {
        ScriptedCard card = new ScriptedCard(CardProtocol.T0);
        try (CardSession session = open(card)) {
            assertThatThrownBy(() -> session.transmit(new CommandApdu(0, 0xB0, 0, 0, 1000)))
                    .isInstanceOf(LinkLimitException.class);
            assertThat(session.capabilities()).isEqualTo(LinkCapabilities.shortOnly());
        }
        assertThat(card.sent).isEmpty();
    }

    @Test
    void readerThatRefusesExtendedLengthIsLearnedAndNotAskedAgain() throws Exception {
        ReaderProfiles profiles = new ReaderProfiles(List.of());
        ScriptedCard card = new ScriptedCard(CardProtocol.T1).fail("00B00000000400", PcscError.NOT_TRANSACTED);
        try (CardSession session = open(card, profiles)) {
            CommandApdu extendedRead = new CommandApdu(0, 0xB0, 0, 0, 1024);
            assertThatThrownBy(() -> session.transmit(extendedRead)).isInstanceOf(LinkLimitException.class);
            assertThatThrownBy(() -> session.transmit(extendedRead)).isInstanceOf(LinkLimitException.class);
            assertThat(card.sent).hasSize(1);
            assertThat(session.capabilities().extendedLength()).isFalse();
        }
        assertThat(profiles.extendedLength("Scripted Reader")).isEqualTo(ReaderProfiles.Support.NO);
    }

    @Test
    void readerThatCarriesExtendedLengthIsLearnedAsCapable() throws Exception {
        ReaderProfiles profiles = new ReaderProfiles(List.of());
        ScriptedCard card = new ScriptedCard(CardProtocol.T1).answer("00B00000000400", "9000");
        try (CardSession session = open(card, profiles)) {
            assertThat(session.capabilities().extendedLength()).isFalse();
            session.transmit(new CommandApdu(0, 0xB0, 0, 0, 1024));
            assertThat(session.capabilities()).isEqualTo(new LinkCapabilities(true, CommandApdu.MAX_EXTENDED_NE));
        }
    }

    @Test
    void configuredProfileGivesItsLimits() throws Exception {
        ReaderProfiles profiles = new ReaderProfiles(List.of(
                new ReaderProfiles.Profile(Pattern.compile("^Scripted"), ReaderProfiles.Support.YES, 4096, "test")));
        try (CardSession session = open(new ScriptedCard(CardProtocol.T1), profiles)) {
            assertThat(session.capabilities()).isEqualTo(new LinkCapabilities(true, 4096));
        }
    }

    @Test
    void countersAddUpBytesBothWays() throws Exception {
        ScriptedCard card = new ScriptedCard(CardProtocol.T1)
                .answer("00A4040C07A0000002471001", "9000")
                .answer("00B0000004", "01020304 9000");
        try (CardSession session = open(card)) {
            session.transmit(SELECT);
            session.transmit(READ_4);
            SessionStats stats = session.stats();
            assertThat(stats.apdus()).isEqualTo(2);
            assertThat(stats.bytesSent()).isEqualTo(12 + 5);
            assertThat(stats.bytesReceived()).isEqualTo(2 + 6);
            assertThat(stats.followUps()).isZero();
        }
        assertThat(card.transactionEnded).isTrue();
    }

    @Test
    void closedSessionRefusesWork() throws Exception {
        CardSession session = open(new ScriptedCard(CardProtocol.T1));
        session.close();
        session.close(); // idempotent
        assertThatThrownBy(() -> session.transmit(READ_4)).isInstanceOf(CardIoException.class);
    }
}
