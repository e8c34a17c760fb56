package vn.counterdesk.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.counterdesk.testkit.upstream.Fault;
import vn.counterdesk.testkit.upstream.FaultPlan;
import vn.counterdesk.testkit.upstream.SimOutcome;
import vn.counterdesk.testkit.upstream.TestTaxAuthority;
import vn.counterdesk.testkit.upstream.UpstreamSimulator;

/** Acceptance: a forged 202 is rejected and the invoice is not marked CODED. */
class ForgedAnswerTest {

    @Test
    void a202SignedByAnUntrustedKeyNeverCodesTheInvoice() throws Exception {
        TestTaxAuthority trusted = TestTaxAuthority.shared();
        TestTaxAuthority impostor = TestTaxAuthority.sharedImpostor();
        InMemorySyncQueue queue = new InMemorySyncQueue();
        EngineFixture.addInvoices(queue, 3, 0);
        try (UpstreamSimulator sim = UpstreamSimulator.start(0, impostor, FaultPlan.none());
                SyncEngine engine = EngineFixture.engine(queue, sim.endpoint(), List.of(trusted.certificate()))) {
            CycleReport report = engine.runUntilIdle();

            assertThat(report.forgedAnswersRejected()).isEqualTo(3);
            assertThat(engine.status().coded()).isZero();
            assertThat(engine.status().forgedAnswersRejected()).isEqualTo(3);
            assertThat(queue.find("inv-1").orElseThrow().status()).isEqualTo(SyncStatus.ACKNOWLEDGED);
            assertThat(queue.taxAuthorityCode("inv-1")).isEmpty();
        }
    }

    @Test
    void forgedAnswersAheadOfTheGenuineOneAreDroppedAndTheGenuineCodeIsStored() throws Exception {
        TestTaxAuthority cqt = TestTaxAuthority.shared();
        InMemorySyncQueue queue = new InMemorySyncQueue();
        EngineFixture.addInvoices(queue, 8, 0);
        try (UpstreamSimulator sim =
                        UpstreamSimulator.start(0, cqt, FaultPlan.always(Fault.FORGED_202, Duration.ZERO));
                SyncEngine engine = EngineFixture.engine(queue, sim, cqt)) {
            SyncStatusReport status = EngineFixture.drain(engine, Duration.ofSeconds(30));

            assertThat(status.coded()).isEqualTo(8);
            assertThat(status.forgedAnswersRejected())
                    .isEqualTo(sim.stats().forgedAnswersPublished())
                    .isEqualTo(8);
            for (int n = 1; n <= 8; n++) {
                OutboxEntry entry = queue.find("inv-" + n).orElseThrow();
                String genuine = ((SimOutcome.Coded)
                                sim.outcome(entry.messageId().orElseThrow().value())
                                        .orElseThrow())
                        .taxAuthorityCode();
                assertThat(queue.taxAuthorityCode("inv-" + n)).contains(genuine);
            }
        }
    }
}
