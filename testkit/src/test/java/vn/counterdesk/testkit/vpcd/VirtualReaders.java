package vn.counterdesk.testkit.vpcd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import vn.counterdesk.pcsc.PcscReaders;
import vn.counterdesk.pcsc.ReaderEvent;
import vn.counterdesk.pcsc.ReaderListener;
import vn.counterdesk.pcsc.ReaderSnapshot;

/** Shared pieces of the tests against the real pcscd with the vsmartcard virtual reader. */
final class VirtualReaders {

    static final String SLOT_0 = "Virtual PCD 00 00";

    private VirtualReaders() {}

    /** Skips (with the reason) unless pcscd runs with the vpcd driver; never passes silently. */
    static void assumeVirtualReader() {
        ReaderSnapshot snapshot = PcscReaders.snapshot();
        assumeTrue(
                snapshot instanceof ReaderSnapshot.Available available
                        && available.readers().stream().anyMatch(r -> r.name().equals(SLOT_0)),
                () -> "needs pcscd with the vsmartcard vpcd driver (reader '" + SLOT_0 + "'); got " + snapshot);
    }

    /**
     * Waits until pcscd reports no card in {@code reader}: it polls presence every 400 ms, so a card
     * pulled at the end of one test may still be listed when the next test starts.
     */
    static void awaitEmpty(String reader) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (PcscReaders.snapshot() instanceof ReaderSnapshot.Available available
                    && available.readers().stream().noneMatch(r -> r.name().equals(reader) && r.cardPresent())) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(reader + " still reports a card 5 s after it was removed");
    }

    /** Records events with their arrival time so a test can check latency. */
    static final class Events implements ReaderListener {
        record Timed(ReaderEvent event, long nanos) {}

        private final BlockingQueue<Timed> queue = new LinkedBlockingQueue<>();
        private final List<ReaderEvent> seen = new ArrayList<>();

        @Override
        public void onEvent(ReaderEvent event) {
            queue.add(new Timed(event, System.nanoTime()));
        }

        /** Waits for the first event matching {@code wanted}, skipping others; fails on timeout. */
        Timed await(Predicate<ReaderEvent> wanted, Duration timeout, String what) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                Timed next = queue.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                assertThat(next)
                        .as("%s within %s (events seen: %s)", what, timeout, seen)
                        .isNotNull();
                seen.add(next.event());
                if (wanted.test(next.event())) {
                    return next;
                }
            }
        }
    }
}
