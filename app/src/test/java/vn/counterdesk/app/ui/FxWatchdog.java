package vn.counterdesk.app.ui;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Pings the FX thread every 50 ms from outside and records the longest time a ping waited before the
 * FX thread ran it. A blocked FX thread (a chip read or a signature on it) shows up as a long wait.
 */
final class FxWatchdog implements AutoCloseable {

    private final ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor();
    private final AtomicLong longestWaitNanos = new AtomicLong();
    private final AtomicLong pings = new AtomicLong();

    FxWatchdog() {
        pinger.scheduleAtFixedRate(
                () -> {
                    long sent = System.nanoTime();
                    Platform.runLater(() -> {
                        pings.incrementAndGet();
                        longestWaitNanos.accumulateAndGet(System.nanoTime() - sent, Math::max);
                    });
                },
                0,
                50,
                TimeUnit.MILLISECONDS);
    }

    long longestWaitMillis() {
        return TimeUnit.NANOSECONDS.toMillis(longestWaitNanos.get());
    }

    long pings() {
        return pings.get();
    }

    @Override
    public void close() {
        pinger.shutdownNow();
    }
}
