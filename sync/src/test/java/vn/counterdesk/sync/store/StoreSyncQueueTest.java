package vn.counterdesk.sync.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.counterdesk.store.CounterStore;
import vn.counterdesk.store.audit.AccessContext;
import vn.counterdesk.store.invoice.InvoiceStatus;
import vn.counterdesk.sync.engine.EngineFixture;
import vn.counterdesk.sync.engine.SyncEngine;
import vn.counterdesk.sync.engine.SyncStatus;
import vn.counterdesk.sync.engine.SyncStatusReport;
import vn.counterdesk.testkit.upstream.Fault;
import vn.counterdesk.testkit.upstream.FaultPlan;
import vn.counterdesk.testkit.upstream.SimOutcome;
import vn.counterdesk.testkit.upstream.TestTaxAuthority;
import vn.counterdesk.testkit.upstream.UpstreamSimulator;

/** The engine draining the real store's outbox (a SQLite file) against the upstream simulator on loopback. */
class StoreSyncQueueTest {

    private static final TestTaxAuthority CQT = TestTaxAuthority.shared();
    private static final AccessContext CLERK = new AccessContext("clerk-1", "issue");

    @TempDir
    Path dir;

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : open.reversed()) {
            c.close();
        }
    }

    @Test
    void codesIssuedInvoicesAndKeepsTheAuthorityAnswersInTheStore() throws Exception {
        CounterStore store = openStore();
        List<Long> ids = issue(store, 12, 4);
        UpstreamSimulator sim = keep(UpstreamSimulator.start(0, CQT, FaultPlan.none()));
        StoreSyncQueue queue = queue(store);
        SyncEngine engine = keep(EngineFixture.engine(queue, sim, CQT));

        SyncStatusReport status = EngineFixture.drain(engine, Duration.ofSeconds(30));

        assertThat(status.coded()).isEqualTo(9);
        assertThat(status.rejected()).isEqualTo(3);
        assertThat(store.outbox().countsByStatus().get(InvoiceStatus.CODED)).isEqualTo(9);
        String first = String.valueOf(ids.getFirst());
        String messageId = store.outbox().messageId(ids.getFirst()).orElseThrow();
        assertThat(queue.taxAuthorityCode(first))
                .contains(((SimOutcome.Coded) sim.outcome(messageId).orElseThrow()).taxAuthorityCode());
        assertThat(store.invoices()
                        .document(CLERK, ids.getFirst())
                        .orElseThrow()
                        .codedXml())
                .hasValueSatisfying(xml -> assertThat(new String(xml, java.nio.charset.StandardCharsets.UTF_8))
                        .contains("<MCCQT Id="));
        String wrong = String.valueOf(ids.get(3));
        assertThat(queue.find(wrong).orElseThrow().status()).isEqualTo(SyncStatus.REJECTED);
        assertThat(queue.errors(wrong)).isNotEmpty();
    }

    @Test
    void resendAfterADroppedConnectionUsesTheMessageIdFixedAtIssueAndCodesOnce() throws Exception {
        CounterStore store = openStore();
        List<Long> ids = issue(store, 3, 0);
        String fixedAtIssue = store.outbox().messageId(ids.getFirst()).orElseThrow();
        UpstreamSimulator sim =
                keep(UpstreamSimulator.start(0, CQT, FaultPlan.always(Fault.DROP_AFTER_PROCESSING, Duration.ZERO)));
        sim.withholdAnswers(true);
        SyncEngine engine = keep(EngineFixture.engine(queue(store), sim, CQT));
        while (sim.stats().resentMessages() < 3) {
            engine.runOnce();
            Thread.sleep(50);
        }
        sim.setFaults(FaultPlan.none());
        sim.withholdAnswers(false);

        SyncStatusReport status = EngineFixture.drain(engine, Duration.ofSeconds(30));

        assertThat(status.coded()).isEqualTo(3);
        assertThat(sim.stats().uniqueMessages())
                .as("every resend reused the MTDiep fixed at issue")
                .isEqualTo(3);
        assertThat(sim.stats().duplicateAcceptances()).isZero();
        assertThat(sim.outcome(fixedAtIssue)).get().isInstanceOf(SimOutcome.Coded.class);
        assertThat(store.outbox().find(ids.getFirst()).orElseThrow().attempts()).isGreaterThan(1);
    }

    /**
     * Regression: the store fixes MTDiep at issue with its own sender code (here the placeholder of
     * {@code StoreSettings.defaults()}, as the demo and the redaction test had it) while the engine's envelopes
     * are configured with the provider's code. The envelope's MNGui must be the MTDiep's prefix, or the upstream
     * answers 999 with 90001 (malformed envelope) and the invoice ends REJECTED instead of CODED.
     */
    @Test
    void codesInvoicesWhoseMessageIdWasFixedUnderAnotherSenderCode() throws Exception {
        CounterStore store = keep(TestCounterStore.open(dir, "K0000000000"));
        List<Long> ids = issue(store, 2, 0);
        String messageId = store.outbox().messageId(ids.getFirst()).orElseThrow();
        UpstreamSimulator sim = keep(UpstreamSimulator.start(0, CQT, FaultPlan.none()));
        SyncEngine engine = keep(EngineFixture.engine(queue(store), sim, CQT));

        SyncStatusReport status = EngineFixture.drain(engine, Duration.ofSeconds(30));

        assertThat(queue(store).errors(String.valueOf(ids.getFirst()))).isEmpty();
        assertThat(status.coded()).isEqualTo(2);
        assertThat(sim.outcome(messageId)).get().isInstanceOf(SimOutcome.Coded.class);
    }

    @Test
    void unreachableUpstreamLeavesTheInvoicesRetryingInTheStore() throws Exception {
        CounterStore store = openStore();
        issue(store, 2, 0);
        SyncEngine engine = keep(EngineFixture.engine(
                queue(store), java.net.URI.create("http://127.0.0.1:" + freePort() + "/"), List.of(CQT.certificate())));

        engine.runOnce();

        assertThat(store.outbox().countsByStatus().get(InvoiceStatus.FAILED_RETRYING))
                .isEqualTo(2);
        assertThat(engine.status().failing()).isEqualTo(2);
    }

    @Test
    void aClerksRetryMakesFailingInvoicesDueNowUnderTheSameMessageId() throws Exception {
        CounterStore store = openStore();
        List<Long> ids = issue(store, 2, 0);
        String first = String.valueOf(ids.getFirst());
        String fixedAtIssue = store.outbox().messageId(ids.getFirst()).orElseThrow();
        StoreSyncQueue queue = queue(store);
        SyncEngine unreachable = keep(EngineFixture.engine(
                queue, java.net.URI.create("http://127.0.0.1:" + freePort() + "/"), List.of(CQT.certificate())));
        unreachable.runOnce();
        unreachable.close();
        // The engine's test backoff is milliseconds; a failure as the engine records it after many attempts
        // (backoff capped at minutes) is what makes a clerk's retry matter.
        for (long id : ids) {
            queue.recordFailure(
                    String.valueOf(id),
                    "CONNECT_FAILED",
                    java.time.Instant.now().plusSeconds(600));
        }

        assertThat(queue.withStatus(java.util.EnumSet.of(SyncStatus.FAILED_RETRYING), 10))
                .extracting(vn.counterdesk.sync.engine.OutboxEntry::invoiceId)
                .containsExactlyElementsOf(ids.stream().map(String::valueOf).toList());
        assertThat(queue.lastFailure(first)).as("the transport failure kind").isPresent();
        assertThat(queue.find(first).orElseThrow().nextAttemptAt()).isAfter(java.time.Instant.now());

        assertThat(queue.retryNow(CLERK, first)).isTrue();
        assertThat(queue.find(first).orElseThrow().nextAttemptAt()).isBeforeOrEqualTo(java.time.Instant.now());
        assertThat(queue.retryAllFailing(CLERK)).as("both are still failing").isEqualTo(2);

        UpstreamSimulator sim = keep(UpstreamSimulator.start(0, CQT, FaultPlan.none()));
        SyncEngine engine = keep(EngineFixture.engine(queue, sim, CQT));
        assertThat(EngineFixture.drain(engine, Duration.ofSeconds(30)).coded()).isEqualTo(2);
        assertThat(sim.outcome(fixedAtIssue)).get().isInstanceOf(SimOutcome.Coded.class);
        assertThat(queue.retryNow(CLERK, first))
                .as("a coded invoice is not failing")
                .isFalse();
        assertThat(queue.withStatus(java.util.EnumSet.of(SyncStatus.FAILED_RETRYING), 10))
                .isEmpty();
    }

    private static StoreSyncQueue queue(CounterStore store) {
        return TestCounterStore.queue(store);
    }

    private CounterStore openStore() {
        return keep(TestCounterStore.open(dir));
    }

    /** Issues {@code count} invoices through the store; every {@code wrongEvery}-th has a wrong total. */
    private static List<Long> issue(CounterStore store, int count, int wrongEvery) {
        return TestCounterStore.issue(store, count, n -> wrongEvery > 0 && n % wrongEvery == 0);
    }

    private <T extends AutoCloseable> T keep(T closeable) {
        open.add(closeable);
        return closeable;
    }

    private static int freePort() throws java.io.IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
