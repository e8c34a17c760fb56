package vn.counterdesk.pcsc;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Watches the PC/SC readers from one daemon thread and publishes {@link ReaderEvent}s. It survives
 * no readers at start, readers coming and going, cards pulled at any moment and the PC/SC service
 * stopping and starting again: each outage drops the context and a fresh one is established with
 * backoff (the JDK's SunPCSC could not do this, see docs/pcsc.md).
 *
 * <p>Loop: establish a context if there is none; list readers (every round: a wait does not wake
 * up when a reader is plugged in); wait for a card change with a timeout, or sleep when there is
 * no reader; feed what was seen to the {@link ReaderTracker}; publish its events.
 */
public final class Readers implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Readers.class.getName());

    /**
     * Timing of the monitor.
     *
     * @param pollTimeout longest wait for a card change before the reader list is read again
     * @param debounce how long a card must stay present before it is announced
     */
    public record Options(Duration pollTimeout, Duration debounce) {
        public Options {
            Objects.requireNonNull(pollTimeout);
            Objects.requireNonNull(debounce);
        }

        public static Options defaults() {
            return new Options(Duration.ofMillis(500), Duration.ofMillis(200));
        }
    }

    private final PcscBackend backend;
    private final Options options;
    private final Backoff backoff;
    private final ReaderProfiles profiles;
    private final ReaderTracker tracker;
    private final List<ReaderListener> listeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Optional<PcscContext> context = Optional.empty();
    private boolean everConnected;

    private Readers(PcscBackend backend, Options options, Backoff backoff, ReaderProfiles profiles) {
        this.backend = backend;
        this.options = options;
        this.backoff = backoff;
        this.profiles = profiles;
        this.tracker = new ReaderTracker(options.debounce());
        this.thread = Thread.ofPlatform().daemon().name("pcsc-monitor").unstarted(this::run);
    }

    /** Starts watching the platform's PC/SC service. */
    public static Readers start() {
        return start(Options.defaults());
    }

    public static Readers start(Options options) {
        return start(PcscBackends.configured(), options, new Backoff(Backoff.STANDARD), ReaderProfiles.standard());
    }

    static Readers start(PcscBackend backend, Options options, Backoff backoff, ReaderProfiles profiles) {
        Readers readers = new Readers(backend, options, backoff, profiles);
        readers.thread.start();
        return readers;
    }

    /**
     * Adds a listener and replays the current state to it first (readers, cards, outage), so a
     * late subscriber sees the same world as an early one.
     */
    public void addListener(ReaderListener listener) {
        synchronized (lock) {
            tracker.replay().forEach(event -> deliver(listener, event));
            listeners.add(listener);
        }
    }

    public void removeListener(ReaderListener listener) {
        listeners.remove(listener);
    }

    /** The readers as last seen, for a UI; empty while the service is away. */
    public List<ReaderState> readers() {
        synchronized (lock) {
            return tracker.states();
        }
    }

    /** Why the service cannot be used right now, if it cannot. */
    public Optional<ReaderEvent.ServiceUnavailable> outage() {
        synchronized (lock) {
            return tracker.outage();
        }
    }

    /** For diagnostics: the PC/SC binding in use. */
    public String backendDescription() {
        return backend.description();
    }

    /** Opens a session with the card in {@code reader}; see {@link CardSession}. */
    public CardSession openSession(String reader) throws CardIoException {
        return CardSession.open(backend, reader, CardSession.Options.defaults(), profiles);
    }

    /** Stops the monitor thread; never throws. */
    @Override
    public void close() {
        running = false;
        context.ifPresent(PcscContext::cancel);
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (running) {
            try {
                round();
            } catch (ServiceUnavailableException e) {
                serviceLost(e.problem(), e.getMessage());
            } catch (PcscException e) {
                handle(e);
            } catch (RuntimeException e) {
                // A defect or an unexpected native failure must not kill the monitor.
                LOG.log(System.Logger.Level.ERROR, "PC/SC monitor round failed", e);
                serviceLost(ReaderSnapshot.ServiceProblem.SERVICE_FAILED, e.toString());
            }
        }
        context.ifPresent(PcscContext::close);
    }

    private void round() throws ServiceUnavailableException, PcscException {
        PcscContext ctx = currentContext();
        List<String> names = ctx.listReaders();
        List<ReaderStatus> statuses;
        if (names.isEmpty()) {
            statuses = List.of();
        } else {
            List<ReaderStatus> known;
            synchronized (lock) {
                known = tracker.known(names);
            }
            statuses = ctx.awaitChange(known, waitTime());
        }
        if (!running) {
            return;
        }
        backoff.reset();
        everConnected = true;
        publish(() -> tracker.observe(statuses, System.nanoTime()));
        if (names.isEmpty()) {
            pause(options.pollTimeout());
        }
    }

    private PcscContext currentContext() throws ServiceUnavailableException, PcscException {
        Optional<PcscContext> ctx = context;
        if (ctx.isPresent()) {
            return ctx.get();
        }
        PcscContext fresh = backend.establishContext();
        context = Optional.of(fresh);
        if (!running) {
            fresh.cancel();
        }
        return fresh;
    }

    /** The wait ends early when a pending insertion becomes due for its debounce check. */
    private Duration waitTime() {
        long deadline;
        synchronized (lock) {
            deadline = tracker.nextDeadline().orElse(Long.MAX_VALUE);
        }
        long untilDue = deadline == Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(0, deadline - System.nanoTime());
        return Duration.ofNanos(Math.min(untilDue, options.pollTimeout().toNanos()));
    }

    private void handle(PcscException e) {
        switch (e.kind()) {
            case SERVICE_LOST -> serviceLost(ReaderSnapshot.ServiceProblem.SERVICE_NOT_RUNNING, e.getMessage());
            case CANCELLED -> {
                // close() woke the wait
            }
            case READER_GONE, NO_READERS -> {
                // A reader vanished between listing and waiting: the next round lists again.
                pause(Duration.ofMillis(50));
            }
            default -> {
                LOG.log(System.Logger.Level.WARNING, "PC/SC monitor: {0}", e.getMessage());
                synchronized (lock) {
                    tracker.states().forEach(s -> tracker.recordError(s.name(), e.error()));
                }
                pause(Duration.ofMillis(200));
            }
        }
    }

    private void serviceLost(ReaderSnapshot.ServiceProblem problem, String detail) {
        context.ifPresent(PcscContext::close);
        context = Optional.empty();
        if (!running) {
            return;
        }
        Duration delay = backoff.next();
        // With a binding that cannot rebuild its context, only a restart of the process helps.
        boolean restartRequired = !backend.recoversWithinProcess() && everConnected && backoff.failures() >= 3;
        LOG.log(
                System.Logger.Level.WARNING,
                "PC/SC service unavailable ({0}): {1}; retry in {2} ms",
                problem,
                detail,
                delay.toMillis());
        publish(() -> tracker.serviceLost(problem, restartRequired));
        pause(delay);
    }

    private void publish(java.util.function.Supplier<List<ReaderEvent>> change) {
        synchronized (lock) {
            for (ReaderEvent event : change.get()) {
                LOG.log(System.Logger.Level.DEBUG, "reader event {0}", event);
                listeners.forEach(listener -> deliver(listener, event));
            }
        }
    }

    private static void deliver(ReaderListener listener, ReaderEvent event) {
        try {
            listener.onEvent(event);
        } catch (RuntimeException e) {
            LOG.log(
                    System.Logger.Level.ERROR,
                    "reader listener failed on " + event.getClass().getSimpleName(),
                    e);
        }
    }

    private void pause(Duration duration) {
        if (running) {
            LockSupport.parkNanos(duration.toNanos()); // close() interrupts, which unparks
        }
    }
}
