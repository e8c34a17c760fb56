package vn.counterdesk.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.counterdesk.sync.tdiep.ErrorItem;
import vn.counterdesk.testkit.upstream.Fault;
import vn.counterdesk.testkit.upstream.FaultPlan;
import vn.counterdesk.testkit.upstream.SimOutcome;
import vn.counterdesk.testkit.upstream.TestTaxAuthority;
import vn.counterdesk.testkit.upstream.UpstreamSimulator;

class SyncEngineTest {

    private static final TestTaxAuthority CQT = TestTaxAuthority.shared();

    private UpstreamSimulator sim;
    private SyncEngine engine;

    @AfterEach
    void stop() {
        if (engine != null) {
            engine.close();
        }
        if (sim != null) {
            sim.close();
        }
    }

    @Test
    void codesValidInvoicesAndStoresTheRejectionsOfWrongOnes() throws Exception {
        sim = UpstreamSimulator.start(0, CQT, FaultPlan.none());
        InMemorySyncQueue queue = new InMemorySyncQueue();
        EngineFixture.addInvoices(queue, 20, 5);
        engine = EngineFixture.engine(queue, sim, CQT);

        SyncStatusReport status = EngineFixture.drain(engine, Duration.ofSeconds(30));

        assertThat(status.coded()).isEqualTo(16);
        assertThat(status.rejected()).isEqualTo(4);
        OutboxEntry coded = queue.find("inv-1").orElseThrow();
        assertThat(queue.taxAuthorityCode("inv-1"))
                .contains(((SimOutcome.Coded)
                                sim.outcome(coded.messageId().orElseThrow().value())
                                        .orElseThrow())
                        .taxAuthorityCode());
        assertThat(new String(queue.codedInvoice("inv-1").orElseThrow(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("<MCCQT Id=")
                .contains("<CQT><Signature");
        assertThat(queue.errors("inv-5")).extracting(ErrorItem::code).containsExactly("30001");
        assertThat(queue.errors("inv-5").getFirst().howToFix()).isPresent();
    }

    @Test
    void connectionDroppedAfterProcessingIsResentUnderTheSameMessageIdAndCodedOnce() throws Exception {
        sim = UpstreamSimulator.start(0, CQT, FaultPlan.always(Fault.DROP_AFTER_PROCESSING, Duration.ZERO));
        InMemorySyncQueue queue = new InMemorySyncQueue();
        EngineFixture.addInvoices(queue, 10, 0);
        engine = EngineFixture.engine(queue, sim, CQT);

        SyncStatusReport status = EngineFixture.drain(engine, Duration.ofSeconds(30));

        // The 999 never arrives, yet the 202s on the feed complete every invoice.
        assertThat(status.coded()).isEqualTo(10);
        assertThat(sim.stats().uniqueMessages()).isEqualTo(10);
        assertThat(sim.stats().duplicateAcceptances()).isZero();
    }

    @Test
    void withoutAnswersTheClientResendsTheSameMessageAndTheUpstreamCodesEachInvoiceOnce() throws Exception {
        sim = UpstreamSimulator.start(0, CQT, FaultPlan.always(Fault.DROP_AFTER_PROCESSING, Duration.ZERO));
        sim.withholdAnswers(true);
        InMemorySyncQueue queue = new InMemorySyncQueue();
        EngineFixture.addInvoices(queue, 5, 0);
        engine = EngineFixture.engine(queue, sim, CQT);

        while (sim.stats().resentMessages() < 5) {
            engine.runOnce();
            Thread.sleep(50);
        }
        sim.setFaults(FaultPlan.none());
        sim.withholdAnswers(false);
        SyncStatusReport status = EngineFixture.drain(engine, Duration.ofSeconds(30));

        assertThat(status.coded()).isEqualTo(5);
        assertThat(sim.stats().uniqueMessages())
                .as("every resend reused its MTDiep")
                .isEqualTo(5);
        assertThat(sim.stats().duplicateAcceptances()).isZero();
        for (int n = 1; n <= 5; n++) {
            assertThat(queue.find("inv-" + n).orElseThrow().attempts()).isGreaterThan(1);
        }
    }

    @Test
    void aLateDuplicateAnswerNeverMovesAnInvoiceBack() throws Exception {
        sim = UpstreamSimulator.start(0, CQT, FaultPlan.always(Fault.DUPLICATE_ANSWER, Duration.ZERO));
        InMemorySyncQueue queue = new InMemorySyncQueue();
        EngineFixture.addInvoices(queue, 5, 0);
        engine = EngineFixture.engine(queue, sim, CQT);
        EngineFixture.drain(engine, Duration.ofSeconds(30));
        var id = queue.find("inv-1").orElseThrow().messageId().orElseThrow();

        assertThat(queue.acknowledge(id, java.time.Instant.now())).isFalse();
        assertThat(queue.markRejected(id, List.of(ErrorItem.of("1", "late")), java.time.Instant.now()))
                .isFalse();
        assertThat(queue.find("inv-1").orElseThrow().status()).isEqualTo(SyncStatus.CODED);
        assertThat(engine.status().coded()).isEqualTo(5);
    }

    @Test
    void unreachableUpstreamLeavesInvoicesRetryingAndOpensTheBreaker() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        InMemorySyncQueue queue = new InMemorySyncQueue();
        EngineFixture.addInvoices(queue, 6, 0);
        engine = EngineFixture.engine(
                queue, URI.create("http://127.0.0.1:" + closedPort + "/"), List.of(CQT.certificate()));

        CycleReport report = engine.runOnce();

        assertThat(report.upstreamReached()).isFalse();
        assertThat(engine.upstreamState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(engine.status().failing() + engine.status().queued()).isEqualTo(6);
        assertThat(queue.find("inv-1").orElseThrow().messageId()).isPresent();
    }

    @Test
    void anOldUnsyncedInvoiceRaisesTheAlarm() {
        InMemorySyncQueue queue = new InMemorySyncQueue();
        queue.addIssued(
                "old",
                "0100000001",
                new byte[] {'<', 'x', '/', '>'},
                java.time.Instant.now().minus(Duration.ofHours(13)));

        SyncStatusReport report = SyncStatusReport.of(
                queue.counts(), java.time.Instant.now(), Duration.ofHours(12), java.util.Optional.empty(), 0);

        assertThat(report.alarm()).isTrue();
        assertThat(report.oldestUnsyncedAge().orElseThrow()).isGreaterThan(Duration.ofHours(12));
        assertThat(report.queued()).isEqualTo(1);
    }
}
