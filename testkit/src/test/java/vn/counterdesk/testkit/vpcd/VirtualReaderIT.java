package vn.counterdesk.testkit.vpcd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static vn.counterdesk.testkit.vpcd.VirtualReaders.SLOT_0;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.counterdesk.pcsc.Atr;
import vn.counterdesk.pcsc.CardRemovedException;
import vn.counterdesk.pcsc.CardSession;
import vn.counterdesk.pcsc.CommandApdu;
import vn.counterdesk.pcsc.LinkCapabilities;
import vn.counterdesk.pcsc.ReaderEvent;
import vn.counterdesk.pcsc.ResponseApdu;
import vn.counterdesk.pcsc.SessionStats;

/**
 * The PC/SC layer against the real pcscd: a software card is inserted into "Virtual PCD 00 00"
 * through the vpcd bridge and everything goes through libpcsclite, as with a physical reader.
 */
class VirtualReaderIT {

    private static final Duration ONE_SECOND = Duration.ofSeconds(1);
    private static final Duration PATIENCE = WatchedSlot.PATIENCE;

    private WatchedSlot slot;

    @BeforeAll
    static void needsVirtualReader() {
        VirtualReaders.assumeVirtualReader();
    }

    @BeforeEach
    void startMonitor() throws Exception {
        slot = WatchedSlot.open();
    }

    @AfterEach
    void stop() throws InterruptedException {
        slot.close();
    }

    private LoopbackCard insert() throws Exception {
        return slot.insert();
    }

    @Test
    void insertionAndRemovalAreSeenWithinOneSecondWithTheCardsAtr() throws Exception {
        LoopbackCard card = new LoopbackCard();
        long inserted = System.nanoTime();
        slot.bridge = VpcdBridge.insert(card);
        VirtualReaders.Events.Timed in = slot.events.await(
                e -> e instanceof ReaderEvent.CardInserted c && c.reader().equals(SLOT_0), PATIENCE, "insertion");
        Duration insertion = Duration.ofNanos(in.nanos() - inserted);
        assertThat(insertion).isLessThanOrEqualTo(ONE_SECOND);
        assertThat(((ReaderEvent.CardInserted) in.event()).atr()).isEqualTo(new Atr(card.atr()));
        assertThat(slot.readers.readers())
                .filteredOn(r -> r.name().equals(SLOT_0))
                .singleElement()
                .satisfies(r -> assertThat(r.atr()).contains(new Atr(card.atr())));

        long removed = System.nanoTime();
        slot.bridge.remove();
        slot.bridge = null;
        VirtualReaders.Events.Timed out =
                slot.events.await(e -> e.equals(new ReaderEvent.CardRemoved(SLOT_0)), PATIENCE, "removal");
        Duration removal = Duration.ofNanos(out.nanos() - removed);
        assertThat(removal).isLessThanOrEqualTo(ONE_SECOND);
        System.out.printf(
                "measured latency through pcscd: insertion %d ms, removal %d ms%n",
                insertion.toMillis(), removal.toMillis());
    }

    /** Response data sizes (the R-APDU is 2 bytes longer); 65533 makes a 65535-byte R-APDU. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 255, 256, 257, 1000, 4096, 8190, 8191, 8192, 8193, 32768, 65000, 65533})
    void responsesRoundTripByteExact(int length) throws Exception {
        insert();
        try (CardSession session = slot.readers.openSession(SLOT_0)) {
            ResponseApdu response = session.transmit(new CommandApdu(0x00, LoopbackCard.INS_READ, 0x11, 0x00, length));
            assertThat(response.sw()).isEqualTo(0x9000);
            assertThat(response.data()).isEqualTo(LoopbackCard.pattern(0x11, length));
            SessionStats stats = session.stats();
            assertThat(stats.apdus()).isEqualTo(1);
            assertThat(stats.bytesReceived()).isEqualTo(length + 2);
        }
    }

    @Test
    void maximalRequestIsAnsweredWithWhatTheVirtualReaderCanCarry() throws Exception {
        insert();
        try (CardSession session = slot.readers.openSession(SLOT_0)) {
            assertThat(session.capabilities()).isEqualTo(new LinkCapabilities(true, VpcdBridge.MAX_RESPONSE_DATA));
            ResponseApdu response = session.transmit(
                    new CommandApdu(0x00, LoopbackCard.INS_READ, 0x22, 0x00, CommandApdu.MAX_EXTENDED_NE));
            assertThat(response.data()).isEqualTo(LoopbackCard.pattern(0x22, VpcdBridge.MAX_RESPONSE_DATA));
        }
    }

    /** Command data sizes, short and extended; 65526 fills a vpcd frame (4 + 3 + 65526 + 2 bytes). */
    @ParameterizedTest
    @ValueSource(ints = {2, 255, 256, 4096, 30000, 65526})
    void commandsArriveByteExact(int length) throws Exception {
        insert();
        byte[] data = LoopbackCard.pattern(length, length);
        try (CardSession session = slot.readers.openSession(SLOT_0)) {
            CommandApdu echo = new CommandApdu(0x00, LoopbackCard.INS_ECHO, 0, 0, data, CommandApdu.MAX_EXTENDED_NE);
            ResponseApdu response = session.transmit(echo);
            assertThat(response.sw()).isEqualTo(0x9000);
            assertThat(response.data()).isEqualTo(data);
            assertThat(session.stats().bytesSent()).isEqualTo(echo.encode().length);
        }
    }

    @Test
    void getResponseIsIssuedExactlyOnceThroughTheRealStack() throws Exception {
        LoopbackCard card = insert();
        try (CardSession session = slot.readers.openSession(SLOT_0)) {
            ResponseApdu response = session.transmit(new CommandApdu(0x00, LoopbackCard.INS_CHAINED, 0, 0, 256));
            assertThat(response).isEqualTo(new ResponseApdu(LoopbackCard.pattern(0x5A, 16), 0x9000));
            assertThat(card.getResponses).hasValue(1);
            assertThat(session.stats().followUps()).isEqualTo(1);
        }
    }

    @Test
    void cardPulledDuringATransmitEndsTheSessionCleanlyAndTheNextCardWorks() throws Exception {
        insert();
        CardSession session = slot.readers.openSession(SLOT_0);
        try {
            CommandApdu pull = new CommandApdu(0x00, LoopbackCard.INS_PULL, 0, 0, 256);
            assertTimeoutPreemptively(
                    PATIENCE,
                    () -> assertThatThrownBy(() -> session.transmit(pull)).isInstanceOf(CardRemovedException.class));
            assertThatThrownBy(() -> session.transmit(new CommandApdu(0, LoopbackCard.INS_READ, 0, 0, 4)))
                    .isInstanceOf(CardRemovedException.class);
        } finally {
            session.close();
        }
        slot.events.await(e -> e.equals(new ReaderEvent.CardRemoved(SLOT_0)), PATIENCE, "removal after the pull");
        slot.bridge.remove();
        assertThat(slot.bridge.isInserted()).isFalse();

        insert();
        try (CardSession next = slot.readers.openSession(SLOT_0)) {
            ResponseApdu response = next.transmit(new CommandApdu(0x00, LoopbackCard.INS_READ, 0x33, 0, 200));
            assertThat(response.data()).isEqualTo(LoopbackCard.pattern(0x33, 200));
        }
    }

    @Test
    void cardRemovedBetweenExchangesIsReportedAsRemoval() throws Exception {
        insert();
        try (CardSession session = slot.readers.openSession(SLOT_0)) {
            assertThat(session.transmit(new CommandApdu(0, LoopbackCard.INS_READ, 0, 0, 8))
                            .isSuccess())
                    .isTrue();
            slot.bridge.remove();
            slot.bridge = null;
            slot.events.await(e -> e.equals(new ReaderEvent.CardRemoved(SLOT_0)), PATIENCE, "removal");
            assertTimeoutPreemptively(
                    PATIENCE,
                    () -> assertThatThrownBy(() -> session.transmit(new CommandApdu(0, LoopbackCard.INS_READ, 0, 0, 8)))
                            .isInstanceOf(CardRemovedException.class));
        }
    }

    @Test
    void manyShortExchangesInOneSessionAreAllCounted() throws Exception {
        insert();
        try (CardSession session = slot.readers.openSession(SLOT_0)) {
            IntStream.range(0, 50).forEach(i -> {
                try {
                    assertThat(session.transmit(new CommandApdu(0, LoopbackCard.INS_READ, i, 0, 32))
                                    .data())
                            .isEqualTo(LoopbackCard.pattern(i, 32));
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
            assertThat(session.stats().apdus()).isEqualTo(50);
            assertThat(session.stats().bytesReceived()).isEqualTo(50 * 34);
        }
    }
}
