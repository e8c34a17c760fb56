package vn.counterdesk.pcsc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Collects reader events and lets a test wait for the next ones, in order. */
final class EventLog implements ReaderListener {

    private final BlockingQueue<ReaderEvent> events = new LinkedBlockingQueue<>();

    @Override
    public void onEvent(ReaderEvent event) {
        events.add(event);
    }

    /** The next {@code count} events, failing if they do not arrive within {@code timeout}. */
    List<ReaderEvent> next(int count, Duration timeout) throws InterruptedException {
        List<ReaderEvent> received = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (received.size() < count) {
            ReaderEvent event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            assertThat(event)
                    .as("event %d of %d (got so far %s)", received.size() + 1, count, received)
                    .isNotNull();
            received.add(event);
        }
        return received;
    }

    /** Nothing arrives for {@code quiet}. */
    void assertQuiet(Duration quiet) throws InterruptedException {
        assertThat(events.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)).isNull();
    }
}
