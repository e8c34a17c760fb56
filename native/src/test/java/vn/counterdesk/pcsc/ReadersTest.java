package vn.counterdesk.pcsc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.counterdesk.pcsc.ReaderEvent.CardInserted;
import vn.counterdesk.pcsc.ReaderEvent.CardRemoved;
import vn.counterdesk.pcsc.ReaderEvent.ReaderAdded;
import vn.counterdesk.pcsc.ReaderEvent.ReaderRemoved;
import vn.counterdesk.pcsc.ReaderEvent.ServiceRestored;
import vn.counterdesk.pcsc.ReaderEvent.ServiceUnavailable;
import vn.counterdesk.pcsc.ReaderSnapshot.ServiceProblem;

/** The monitor thread driven through a simulated PC/SC service: the order of events a UI sees. */
class ReadersTest {

    private static final Duration WAIT = Duration.ofSeconds(3);
    private static final Atr ATR = new Atr(new byte[] {0x3B, (byte) 0x80, (byte) 0x80, 0x01, 0x01});

    private Readers readers;

    private Readers start(FakePcsc fake, ReaderListener log) {
        readers = Readers.start(
                fake,
                new Readers.Options(Duration.ofMillis(50), Duration.ofMillis(20)),
                new Backoff(List.of(Duration.ofMillis(10), Duration.ofMillis(20))),
                new ReaderProfiles(List.of()));
        readers.addListener(log);
        return readers;
    }

    @AfterEach
    void stop() {
        if (readers != null) {
            readers.close();
        }
    }

    @Test
    void readerPluggedAfterStartThenCardInsertedAndRemovedThenReaderUnplugged() throws Exception {
        FakePcsc fake = new FakePcsc(true);
        EventLog log = new EventLog();
        start(fake, log);
        log.assertQuiet(Duration.ofMillis(150)); // no readers at start: no event, no failure

        fake.plug("R1");
        assertThat(log.next(1, WAIT)).containsExactly(new ReaderAdded("R1"));
        fake.insert("R1", ATR);
        assertThat(log.next(1, WAIT)).containsExactly(new CardInserted("R1", ATR));
        assertThat(readers.readers()).singleElement().satisfies(state -> {
            assertThat(state.cardPresent()).isTrue();
            assertThat(state.atr()).contains(ATR);
        });
        fake.remove("R1");
        assertThat(log.next(1, WAIT)).containsExactly(new CardRemoved("R1"));
        fake.insert("R1", ATR);
        assertThat(log.next(1, WAIT)).containsExactly(new CardInserted("R1", ATR));
        fake.unplug("R1");
        assertThat(log.next(2, WAIT)).containsExactly(new CardRemoved("R1"), new ReaderRemoved("R1"));
        assertThat(readers.readers()).isEmpty();
    }

    @Test
    void serviceStoppedAndRestartedGivesOutageThenReadersAndCardsAgain() throws Exception {
        FakePcsc fake = new FakePcsc(true);
        fake.plug("R1");
        fake.insert("R1", ATR);
        EventLog log = new EventLog();
        start(fake, log);
        assertThat(log.next(2, WAIT)).containsExactly(new ReaderAdded("R1"), new CardInserted("R1", ATR));

        fake.stopService();
        assertThat(log.next(3, WAIT))
                .containsExactly(
                        new ServiceUnavailable(ServiceProblem.SERVICE_NOT_RUNNING, false),
                        new CardRemoved("R1"),
                        new ReaderRemoved("R1"));
        assertThat(readers.outage()).isPresent();
        log.assertQuiet(Duration.ofMillis(100)); // repeated failed retries are not re-announced

        fake.startService();
        assertThat(log.next(3, WAIT))
                .containsExactly(new ServiceRestored(), new ReaderAdded("R1"), new CardInserted("R1", ATR));
        assertThat(readers.outage()).isEmpty();
    }

    @Test
    void serviceDownAtStartIsReportedAndRecoveredFrom() throws Exception {
        FakePcsc fake = new FakePcsc(true);
        fake.stopService();
        fake.plug("R1");
        EventLog log = new EventLog();
        start(fake, log);
        assertThat(log.next(1, WAIT))
                .containsExactly(new ServiceUnavailable(ServiceProblem.SERVICE_NOT_RUNNING, false));
        fake.startService();
        assertThat(log.next(2, WAIT)).containsExactly(new ServiceRestored(), new ReaderAdded("R1"));
    }

    @Test
    void bindingThatCannotRebuildItsContextAsksForARestartAfterThreeFailures() throws Exception {
        FakePcsc fake = new FakePcsc(false);
        fake.plug("R1");
        EventLog log = new EventLog();
        start(fake, log);
        assertThat(log.next(1, WAIT)).containsExactly(new ReaderAdded("R1"));

        fake.stopService();
        fake.startService(); // the service is back, but this binding never sees it again
        assertThat(log.next(2, WAIT))
                .containsExactly(
                        new ServiceUnavailable(ServiceProblem.SERVICE_NOT_RUNNING, false), new ReaderRemoved("R1"));
        assertThat(log.next(1, WAIT)).containsExactly(new ServiceUnavailable(ServiceProblem.SERVICE_NOT_RUNNING, true));
    }

    @Test
    void lateListenerIsBroughtUpToDate() throws Exception {
        FakePcsc fake = new FakePcsc(true);
        fake.plug("R1");
        fake.plug("R2");
        fake.insert("R2", ATR);
        EventLog first = new EventLog();
        start(fake, first);
        first.next(3, WAIT);

        EventLog late = new EventLog();
        readers.addListener(late);
        assertThat(late.next(3, WAIT))
                .containsExactly(new ReaderAdded("R1"), new ReaderAdded("R2"), new CardInserted("R2", ATR));
    }

    @Test
    void failingListenerDoesNotStopTheOthers() throws Exception {
        FakePcsc fake = new FakePcsc(true);
        EventLog log = new EventLog();
        start(fake, event -> {
            throw new IllegalStateException("listener bug");
        });
        readers.addListener(log);
        fake.plug("R1");
        assertThat(log.next(1, WAIT)).containsExactly(new ReaderAdded("R1"));
    }

    @Test
    void closeStopsTheMonitorPromptly() {
        FakePcsc fake = new FakePcsc(true);
        fake.plug("R1");
        Readers r = start(fake, new EventLog());
        long start = System.nanoTime();
        r.close();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }
}
