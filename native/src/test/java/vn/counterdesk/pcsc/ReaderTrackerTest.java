package vn.counterdesk.pcsc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.counterdesk.pcsc.ReaderEvent.CardInserted;
import vn.counterdesk.pcsc.ReaderEvent.CardRemoved;
import vn.counterdesk.pcsc.ReaderEvent.ReaderAdded;
import vn.counterdesk.pcsc.ReaderEvent.ReaderRemoved;

/** Sequencing rules of the monitor, with an explicit clock. */
class ReaderTrackerTest {

    private static final long MS = 1_000_000L;
    private static final Atr CARD_A = new Atr(new byte[] {0x3B, 0x01});
    private static final Atr CARD_B = new Atr(new byte[] {0x3B, 0x02});

    private final ReaderTracker tracker = new ReaderTracker(Duration.ofMillis(300));

    private static ReaderStatus empty(String reader, int counter) {
        return new ReaderStatus(reader, ReaderStatus.STATE_EMPTY | counter << 16, new Atr(new byte[0]));
    }

    private static ReaderStatus card(String reader, int counter, Atr atr) {
        return new ReaderStatus(reader, ReaderStatus.STATE_PRESENT | counter << 16, atr);
    }

    @Test
    void insertionIsAnnouncedOnlyAfterTheDebounceTime() {
        assertThat(tracker.observe(List.of(empty("R", 0)), 0)).containsExactly(new ReaderAdded("R"));
        assertThat(tracker.observe(List.of(card("R", 1, CARD_A)), 10 * MS)).isEmpty();
        assertThat(tracker.nextDeadline()).hasValue(310 * MS);
        assertThat(tracker.observe(List.of(card("R", 1, CARD_A)), 200 * MS)).isEmpty();
        assertThat(tracker.observe(List.of(card("R", 1, CARD_A)), 310 * MS))
                .containsExactly(new CardInserted("R", CARD_A));
        assertThat(tracker.nextDeadline()).isEmpty();
    }

    @Test
    void cardBouncingOutOfTheFieldBeforeTheDebounceTimeIsNotAnnounced() {
        tracker.observe(List.of(empty("R", 0)), 0);
        assertThat(tracker.observe(List.of(card("R", 1, CARD_A)), 10 * MS)).isEmpty();
        assertThat(tracker.observe(List.of(empty("R", 2)), 100 * MS)).isEmpty();
        assertThat(tracker.observe(List.of(card("R", 3, CARD_A)), 150 * MS)).isEmpty();
        assertThat(tracker.observe(List.of(card("R", 3, CARD_A)), 400 * MS)).isEmpty(); // 250 ms since re-entry
        assertThat(tracker.observe(List.of(card("R", 3, CARD_A)), 450 * MS))
                .containsExactly(new CardInserted("R", CARD_A));
    }

    @Test
    void removalIsAnnouncedAtOnce() {
        announce("R", CARD_A);
        assertThat(tracker.observe(List.of(empty("R", 2)), 1000 * MS)).containsExactly(new CardRemoved("R"));
        assertThat(tracker.states())
                .singleElement()
                .satisfies(s -> assertThat(s.cardPresent()).isFalse());
    }

    @Test
    void cardSwappedBetweenTwoLooksIsARemovalAndANewInsertion() {
        announce("R", CARD_A);
        assertThat(tracker.observe(List.of(card("R", 3, CARD_B)), 1000 * MS)).containsExactly(new CardRemoved("R"));
        assertThat(tracker.observe(List.of(card("R", 3, CARD_B)), 1300 * MS))
                .containsExactly(new CardInserted("R", CARD_B));
    }

    @Test
    void vanishedReaderTakesItsCardWithIt() {
        announce("R", CARD_A);
        tracker.observe(List.of(card("R", 1, CARD_A), empty("S", 0)), 1000 * MS);
        assertThat(tracker.observe(
                        List.of(new ReaderStatus("R", ReaderStatus.STATE_UNKNOWN, new Atr(new byte[0])), empty("S", 0)),
                        1100 * MS))
                .containsExactly(new CardRemoved("R"), new ReaderRemoved("R"));
    }

    @Test
    void muteCardIsNotAnnounced() {
        tracker.observe(List.of(empty("R", 0)), 0);
        ReaderStatus mute = new ReaderStatus("R", ReaderStatus.STATE_PRESENT | ReaderStatus.STATE_MUTE, CARD_A);
        tracker.observe(List.of(mute), 0);
        assertThat(tracker.observe(List.of(mute), 1000 * MS)).isEmpty();
    }

    @Test
    void knownStateIsWhatWasLastSeenAndUnawareForNewReaders() {
        announce("R", CARD_A);
        assertThat(tracker.known(List.of("R", "NEW")))
                .containsExactly(card("R", 1, CARD_A), ReaderStatus.unaware("NEW"));
    }

    private void announce(String reader, Atr atr) {
        tracker.observe(List.of(empty(reader, 0)), 0);
        tracker.observe(List.of(card(reader, 1, atr)), 0);
        assertThat(tracker.observe(List.of(card(reader, 1, atr)), 300 * MS))
                .containsExactly(new CardInserted(reader, atr));
    }
}
