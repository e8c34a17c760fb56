package vn.counterdesk.sync.engine;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import vn.counterdesk.sync.connector.AnswerPage;
import vn.counterdesk.sync.connector.ConnectorResult;
import vn.counterdesk.sync.connector.TransportFailure;
import vn.counterdesk.sync.connector.UpstreamConnector;
import vn.counterdesk.sync.tdiep.Answer;
import vn.counterdesk.sync.tdiep.AnswerReader;
import vn.counterdesk.sync.tdiep.Envelopes;
import vn.counterdesk.sync.tdiep.TDiep;
import vn.counterdesk.sync.tdiep.TDiepParseException;
import vn.counterdesk.sync.tdiep.TDiepWriter;
import vn.counterdesk.sync.verify.CqtSignatureVerifier;
import vn.counterdesk.sync.verify.CqtVerification;

/**
 * Drains the outbox to the upstream. One cycle: wrap newly issued invoices in a 200 (fixing their
 * MTDiep), submit everything due with bounded concurrency, then poll answers and apply them. Exactly
 * once rests on three rules: the MTDiep is stored before the first send and every resend uses the
 * same bytes; status changes are monotonic; a 202 counts only after its CQT signature is verified.
 */
public final class SyncEngine implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SyncEngine.class.getName());

    private final SyncQueue queue;
    private final UpstreamConnector connector;
    private final CqtSignatureVerifier verifier;
    private final Envelopes envelopes;
    private final SyncSettings settings;
    private final Clock clock;
    private final RandomGenerator random;
    private final CircuitBreaker breaker;
    private final AnswerReader answerReader = new AnswerReader();
    private final ExecutorService senders;
    private final AtomicLong forgedTotal = new AtomicLong();
    private final Object cycleLock = new Object();
    private Thread scheduler;

    public SyncEngine(
            SyncQueue queue,
            UpstreamConnector connector,
            CqtSignatureVerifier verifier,
            Envelopes envelopes,
            SyncSettings settings,
            Clock clock,
            RandomGenerator random) {
        this.queue = queue;
        this.connector = connector;
        this.verifier = verifier;
        this.envelopes = envelopes;
        this.settings = settings;
        this.clock = clock;
        this.random = random;
        this.breaker = new CircuitBreaker(settings.breakerThreshold(), settings.breakerCoolDown(), clock);
        this.senders = Executors.newFixedThreadPool(
                settings.concurrency(),
                Thread.ofPlatform().name("sync-sender-", 0).daemon(true).factory());
    }

    /**
     * Runs cycles on a background thread until {@link #close}: back to back while there is work,
     * {@code pollInterval} apart when idle.
     */
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Thread.ofPlatform().name("sync-engine").daemon(true).start(this::backgroundLoop);
    }

    private void backgroundLoop() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                CycleReport report = runOnce();
                if (!report.didWork()) {
                    Thread.sleep(settings.pollInterval());
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // Keep the loop alive: log (no personal data in our messages) and try again later.
                LOG.log(
                        System.Logger.Level.ERROR,
                        "sync cycle failed: " + e.getClass().getSimpleName(),
                        e);
                try {
                    Thread.sleep(settings.pollInterval());
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    /** Runs cycles until one finds nothing to do or the upstream cannot be reached; totals returned. */
    public CycleReport runUntilIdle() {
        CycleReport total = CycleReport.NOTHING;
        CycleReport last;
        do {
            last = runOnce();
            total = total.plus(last);
        } while (last.didWork() && last.upstreamReached());
        return total;
    }

    /** One cycle: prepare new invoices, submit one batch of what is due, collect all answers. */
    public CycleReport runOnce() {
        synchronized (cycleLock) {
            prepareIssued();
            Tally tally = new Tally();
            submitDue(tally);
            collectAnswers(tally);
            return tally.report();
        }
    }

    public SyncStatusReport status() {
        return SyncStatusReport.of(
                queue.counts(),
                clock.instant(),
                settings.unsyncedAlarm(),
                java.util.Optional.of(breaker.state()),
                forgedTotal.get());
    }

    public CircuitBreaker.State upstreamState() {
        return breaker.state();
    }

    private void prepareIssued() {
        List<OutboxEntry> issued;
        while (!(issued = queue.issued(settings.batchSize())).isEmpty()) {
            for (OutboxEntry entry : issued) {
                TDiep message = envelopes.codedInvoice(entry.taxCode(), entry.invoice());
                queue.markQueued(entry.invoiceId(), message.header().id(), TDiepWriter.write(message), clock.instant());
            }
        }
    }

    private void submitDue(Tally tally) {
        if (breaker.state() != CircuitBreaker.State.OPEN) {
            Instant now = clock.instant();
            List<OutboxEntry> due = queue.claimDue(now, now.plus(settings.submitLease()), settings.batchSize());
            List<Future<?>> inFlight = new ArrayList<>(due.size());
            for (OutboxEntry entry : due) {
                inFlight.add(senders.submit(() -> submit(entry, tally)));
            }
            for (Future<?> f : inFlight) {
                try {
                    f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (java.util.concurrent.ExecutionException e) {
                    LOG.log(System.Logger.Level.ERROR, "submission task failed", e.getCause());
                }
            }
        }
    }

    private void submit(OutboxEntry entry, Tally tally) {
        if (entry.envelope().isEmpty() || !breaker.tryAcquire()) {
            queue.recordFailure(entry.invoiceId(), "upstream circuit open", breaker.reopensAt());
            return;
        }
        tally.submitted.incrementAndGet();
        switch (connector.submit(entry.envelope().get())) {
            case ConnectorResult.Ok<Answer.TechnicalAck>(Answer.TechnicalAck ack) -> {
                breaker.onSuccess();
                tally.reached = true;
                if (!entry.messageId().map(ack.answers()::equals).orElse(false)) {
                    retryLater(entry, "999 answers another message");
                    return;
                }
                tally.acknowledged.incrementAndGet();
                apply(ack, tally);
            }
            case ConnectorResult.Failed<Answer.TechnicalAck>(TransportFailure failure) -> {
                tally.transportFailures.incrementAndGet();
                if (failure.kind() != TransportFailure.Kind.CLIENT_ERROR) {
                    breaker.onFailure();
                } else {
                    tally.reached = true;
                }
                retryLater(entry, failure.kind().name());
            }
        }
    }

    private void retryLater(OutboxEntry entry, String reason) {
        Instant retryAt = clock.instant().plus(settings.backoff().delay(entry.attempts(), random));
        queue.recordFailure(entry.invoiceId(), reason, retryAt);
    }

    private void collectAnswers(Tally tally) {
        while (true) {
            String cursor = queue.answerCursor();
            switch (connector.fetchAnswers(cursor, settings.answerPageSize())) {
                case ConnectorResult.Failed<AnswerPage>(TransportFailure failure) -> {
                    tally.transportFailures.incrementAndGet();
                    breaker.onFailure();
                    return;
                }
                case ConnectorResult.Ok<AnswerPage>(AnswerPage page) -> {
                    breaker.onSuccess();
                    tally.reached = true;
                    for (TDiep message : page.messages()) {
                        interpretAndApply(message, tally);
                    }
                    // Saved only after applying: a crash in between re-reads the page, which is harmless.
                    queue.saveAnswerCursor(page.nextCursor());
                    if (page.messages().isEmpty()) {
                        return;
                    }
                }
            }
        }
    }

    private void interpretAndApply(TDiep message, Tally tally) {
        try {
            apply(answerReader.interpret(message), tally);
        } catch (TDiepParseException e) {
            tally.ignored.incrementAndGet();
            LOG.log(System.Logger.Level.WARNING, "unreadable answer {0} ignored: {1}", message, e.getMessage());
        }
    }

    private void apply(Answer answer, Tally tally) {
        Instant now = clock.instant();
        boolean changed = switch (answer) {
            case Answer.TechnicalAck ack
            when ack.accepted() -> queue.acknowledge(ack.answers(), now.plus(settings.answerTimeout()));
            case Answer.TechnicalAck ack -> queue.markRejected(ack.answers(), ack.errors(), now);
            case Answer.CodedInvoice coded -> applyCoded(coded, tally);
            case Answer.CheckResult check
            when check.rejects() -> queue.markRejected(check.answers(), check.errors(), now);
            case Answer.CheckResult check -> false;
            case Answer.ErrorNoticeResult result -> false;
        };
        (changed ? tally.applied : tally.ignored).incrementAndGet();
    }

    private boolean applyCoded(Answer.CodedInvoice coded, Tally tally) {
        var entry = queue.findByMessageId(coded.answers());
        if (entry.isEmpty() || entry.get().status().isFinal()) {
            return false;
        }
        CqtVerification verification = verifier.verify(entry.get().invoice(), coded.invoice());
        if (verification instanceof CqtVerification.Verified(String code) && code.equals(coded.claimedCode())) {
            return queue.markCoded(coded.answers(), code, coded.invoice(), clock.instant());
        }
        tally.forged.incrementAndGet();
        forgedTotal.incrementAndGet();
        LOG.log(System.Logger.Level.WARNING, "202 for {0} rejected: {1}", coded.answers(), verification);
        return false;
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.interrupt();
        }
        senders.shutdownNow();
    }

    private static final class Tally {
        final AtomicInteger submitted = new AtomicInteger();
        final AtomicInteger acknowledged = new AtomicInteger();
        final AtomicInteger transportFailures = new AtomicInteger();
        final AtomicInteger applied = new AtomicInteger();
        final AtomicInteger ignored = new AtomicInteger();
        final AtomicInteger forged = new AtomicInteger();
        volatile boolean reached;

        CycleReport report() {
            return new CycleReport(
                    submitted.get(),
                    acknowledged.get(),
                    transportFailures.get(),
                    applied.get(),
                    ignored.get(),
                    forged.get(),
                    reached);
        }
    }
}
