package vn.counterdesk.testkit.vpcd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.counterdesk.testkit.vpcd.VirtualReaders.SLOT_0;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.counterdesk.pcsc.CardIoException;
import vn.counterdesk.pcsc.CardSession;
import vn.counterdesk.pcsc.CommandApdu;
import vn.counterdesk.pcsc.PcscReaders;
import vn.counterdesk.pcsc.ReaderSnapshot;
import vn.counterdesk.pcsc.ResponseApdu;

/**
 * The same PC/SC layer over the JDK's javax.smartcardio binding ({@code counterdesk.pcsc.provider=jdk})
 * against the real pcscd: readers, card events, sessions, GET RESPONSE once, and removal, plus the
 * JDK's 8 KiB response limit reported as a transport error instead of a crash. A card pulled in
 * the middle of an exchange is covered for the direct binding only (VirtualReaderIT): through the
 * JDK, pcscd keeps listing the vpcd card after the pull (docs/pcsc.md).
 */
class JdkSmartcardioIT {

    private static final Duration PATIENCE = WatchedSlot.PATIENCE;

    private WatchedSlot slot;

    @BeforeAll
    static void useJdkBinding() {
        VirtualReaders.assumeVirtualReader();
        System.setProperty("counterdesk.pcsc.provider", "jdk");
    }

    @AfterAll
    static void restoreDefaultBinding() {
        System.clearProperty("counterdesk.pcsc.provider");
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
    void snapshotThroughTheJdkListsBothVirtualReaders() {
        assertThat(PcscReaders.snapshot())
                .isInstanceOfSatisfying(
                        ReaderSnapshot.Available.class,
                        available -> assertThat(available.readers())
                                .extracting(ReaderSnapshot.ReaderInfo::name)
                                .contains("Virtual PCD 00 00", "Virtual PCD 00 01"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 223, 256, 4096, 8190})
    void responsesUpToTheJdkBufferRoundTripByteExact(int length) throws Exception {
        insert();
        try (CardSession session = slot.readers.openSession(SLOT_0)) {
            ResponseApdu response = session.transmit(new CommandApdu(0x00, LoopbackCard.INS_READ, 0x44, 0x00, length));
            assertThat(response.sw()).isEqualTo(0x9000);
            assertThat(response.data()).isEqualTo(LoopbackCard.pattern(0x44, length));
        }
    }

    @Test
    void responsesBeyondTheJdkBufferFailAsTransportErrorsNotCrashes() throws Exception {
        insert();
        try (CardSession session = slot.readers.openSession(SLOT_0)) {
            assertThatThrownBy(() -> session.transmit(new CommandApdu(0x00, LoopbackCard.INS_READ, 0x44, 0x00, 9000)))
                    .isInstanceOf(CardIoException.class);
        }
    }

    @Test
    void getResponseIsIssuedExactlyOnce() throws Exception {
        LoopbackCard card = insert();
        try (CardSession session = slot.readers.openSession(SLOT_0)) {
            ResponseApdu response = session.transmit(new CommandApdu(0x00, LoopbackCard.INS_CHAINED, 0, 0, 256));
            assertThat(response).isEqualTo(new ResponseApdu(LoopbackCard.pattern(0x5A, 16), 0x9000));
            assertThat(card.getResponses).hasValue(1);
        }
    }
}
