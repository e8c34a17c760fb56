package vn.counterdesk.app.ui;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Pings the FX thread every 50 ms and records how long each ping waited. When a ping has waited more
 * than 250 ms, the FX thread's stack is sampled: a stall caused by slow work on the FX thread (chip
 * I/O, signing, SQL, HTTP) shows that work in the sample, while a stall caused by a starved machine
 * (a loaded CI box) shows only JavaFX's own frames.
 */
final class FxWatchdog implements AutoCloseable {

    static final long STALL_MILLIS = 250;

    /** Packages whose code must never run on the FX thread. */
    private static final List<String> SLOW_WORK = List.of(
            "vn.counterdesk.card.",
            "vn.counterdesk.pcsc.",
            "vn.counterdesk.invoice.sign.",
            "vn.counterdesk.invoice.pdf.",
            "vn.counterdesk.store.",
            "vn.counterdesk.sync.",
            "vn.counterdesk.app.service.",
            "vn.counterdesk.app.session.Authenticator",
            "vn.counterdesk.app.config.",
            "vn.counterdesk.testkit.");

    private final ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor();
    private final AtomicLong longestWaitNanos = new AtomicLong();
    private final AtomicLong pings = new AtomicLong();
    private final AtomicLong pendingSince = new AtomicLong(-1);
    private final List<String> slowWorkOnFxThread = new CopyOnWriteArrayList<>();
    private final Thread fxThread;

    FxWatchdog() throws Exception {
        java.util.concurrent.CompletableFuture<Thread> fx = new java.util.concurrent.CompletableFuture<>();
        Platform.runLater(() -> fx.complete(Thread.currentThread()));
        fxThread = fx.get(10, TimeUnit.SECONDS);
        pinger.scheduleAtFixedRate(this::tick, 0, 50, TimeUnit.MILLISECONDS);
    }

    private void tick() {
        long sent = pendingSince.get();
        if (sent >= 0) {
            if (System.nanoTime() - sent > TimeUnit.MILLISECONDS.toNanos(STALL_MILLIS)) {
                sample();
            }
            return;
        }
        long now = System.nanoTime();
        pendingSince.set(now);
        Platform.runLater(() -> {
            pings.incrementAndGet();
            longestWaitNanos.accumulateAndGet(System.nanoTime() - now, Math::max);
            pendingSince.set(-1);
        });
    }

    private void sample() {
        Arrays.stream(fxThread.getStackTrace())
                .map(StackTraceElement::getClassName)
                .filter(name -> SLOW_WORK.stream().anyMatch(name::startsWith))
                .findFirst()
                .ifPresent(slowWorkOnFxThread::add);
    }

    long longestWaitMillis() {
        return TimeUnit.NANOSECONDS.toMillis(longestWaitNanos.get());
    }

    long pings() {
        return pings.get();
    }

    /** Classes of slow work seen on the FX thread while a ping waited more than 250 ms. */
    List<String> slowWorkOnFxThread() {
        return List.copyOf(slowWorkOnFxThread);
    }

    @Override
    public void close() {
        pinger.shutdownNow();
    }
}
