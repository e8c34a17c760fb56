package vn.counterdesk.sync.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.counterdesk.sync.engine.EngineFixture;
import vn.counterdesk.sync.engine.OutboxEntry;
import vn.counterdesk.sync.engine.SqliteSyncQueue;
import vn.counterdesk.sync.engine.SyncStatus;
import vn.counterdesk.testkit.upstream.Fault;
import vn.counterdesk.testkit.upstream.FaultPlan;
import vn.counterdesk.testkit.upstream.SampleInvoices;
import vn.counterdesk.testkit.upstream.SimOutcome;
import vn.counterdesk.testkit.upstream.SimulatorStats;
import vn.counterdesk.testkit.upstream.TestTaxAuthority;
import vn.counterdesk.testkit.upstream.UpstreamSimulator;

/**
 * Acceptance (issue 10): 10,000 invoices through the simulator with every fault mixed in while the
 * client process is killed (SIGKILL) and restarted 10 times: every invoice ends CODED or REJECTED
 * exactly once on both sides, none accepted twice, none lost. {@code -Dsync.it.invoices=N} shrinks
 * the run for local iteration.
 */
class SyncCrashRestartIT {

    private static final int INVOICES = Integer.getInteger("sync.it.invoices", 10_000);
    private static final int KILLS = 10;
    private static final int WRONG_EVERY = 20;

    @TempDir
    Path dir;

    @Test
    void everyInvoiceEndsCodedOrRejectedExactlyOnceDespiteFaultsAndKills() throws Exception {
        TestTaxAuthority cqt = TestTaxAuthority.shared();
        Path certificate = dir.resolve("cqt.pem");
        cqt.writeCertificatePem(certificate);
        Path database = dir.resolve("outbox.db");
        try (SqliteSyncQueue queue = SqliteSyncQueue.open(database)) {
            List<OutboxEntry> issued = new ArrayList<>(INVOICES);
            for (int n = 1; n <= INVOICES; n++) {
                byte[] invoice = n % WRONG_EVERY == 0
                        ? SampleInvoices.withWrongTotal(n, EngineFixture.ISSUE_DATE)
                        : SampleInvoices.valid(n, EngineFixture.ISSUE_DATE);
                issued.add(new OutboxEntry(
                        "inv-" + n,
                        SampleInvoices.SELLER_TAX_CODE,
                        SyncStatus.ISSUED,
                        invoice,
                        java.util.Optional.empty(),
                        java.util.Optional.empty(),
                        0,
                        Instant.now()));
            }
            queue.addIssued(issued, Instant.now());
        }

        SplittableRandom random = new SplittableRandom(20261127);
        try (UpstreamSimulator sim =
                UpstreamSimulator.start(0, cqt, FaultPlan.mixed(0.03, Duration.ofMillis(2500), 42))) {
            int killedWhileWorking = 0;
            // During the first half of the kills the answers lag: overdue messages get resent.
            sim.withholdAnswers(true);
            for (int kill = 1; kill <= KILLS; kill++) {
                if (kill == KILLS / 2 + 1) {
                    sim.withholdAnswers(false);
                }
                Client client = Client.start(database, sim, certificate);
                client.awaitStarted(Duration.ofMinutes(2));
                Thread.sleep(1500 + random.nextInt(3000));
                if (client.process.isAlive()) {
                    killedWhileWorking++;
                }
                client.process.destroyForcibly(); // SIGKILL: no shutdown hooks, no cleanup
                client.process.waitFor();
            }
            Client last = Client.start(database, sim, certificate);
            boolean finished = last.process.waitFor(20, TimeUnit.MINUTES);
            if (!finished) {
                last.process.destroyForcibly();
            }

            assertThat(killedWhileWorking).as("kills that hit a working client").isEqualTo(KILLS);
            assertThat(finished).as("client drained the outbox").isTrue();
            assertThat(last.process.exitValue()).isZero();
            assertBothSidesAgree(database, sim);
        }
    }

    private static void assertBothSidesAgree(Path database, UpstreamSimulator sim) {
        int coded = 0;
        int rejected = 0;
        try (SqliteSyncQueue queue = SqliteSyncQueue.open(database)) {
            for (int n = 1; n <= INVOICES; n++) {
                String id = "inv-" + n;
                OutboxEntry entry = queue.find(id).orElseThrow();
                SimOutcome upstream = sim.outcome(
                                entry.messageId().orElseThrow().value())
                        .orElseThrow(() -> new AssertionError(id + " never reached the upstream"));
                switch (entry.status()) {
                    case CODED -> {
                        coded++;
                        assertThat(upstream).isInstanceOf(SimOutcome.Coded.class);
                        assertThat(queue.taxAuthorityCode(id))
                                .contains(((SimOutcome.Coded) upstream).taxAuthorityCode());
                    }
                    case REJECTED -> {
                        rejected++;
                        assertThat(upstream).isInstanceOf(SimOutcome.Rejected.class);
                        assertThat(queue.errors(id)).isNotEmpty();
                    }
                    default -> throw new AssertionError(id + " ended " + entry.status());
                }
            }
        }
        SimulatorStats stats = sim.stats();
        assertThat(rejected).isEqualTo(INVOICES / WRONG_EVERY);
        assertThat(coded).isEqualTo(INVOICES - INVOICES / WRONG_EVERY);
        assertThat(stats.duplicateAcceptances()).as("invoices accepted twice").isZero();
        assertThat(stats.uniqueMessages()).as("resends reuse the MTDiep").isEqualTo(INVOICES);
        assertThat(stats.resentMessages()).as("the run exercised resends").isPositive();
        assertThat(sim.ledgerSize()).isEqualTo(INVOICES);
        assertThat(stats.coded()).isEqualTo(coded);
        assertThat(stats.rejected()).isEqualTo(rejected);
        assertThat(stats.faultsInjected().keySet()).containsExactlyInAnyOrder(Fault.values());
        System.out.println("crash-restart run: " + stats);
    }

    /** A client JVM on the test's own class path. */
    private record Client(Process process, CountDownLatch started) {

        static Client start(Path database, UpstreamSimulator sim, Path certificate) throws Exception {
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(
                            java,
                            "-Xmx256m",
                            "-cp",
                            System.getProperty("java.class.path"),
                            SyncClientProcess.class.getName(),
                            database.toString(),
                            sim.endpoint().toString(),
                            certificate.toString())
                    .redirectErrorStream(true)
                    .start();
            CountDownLatch started = new CountDownLatch(1);
            Thread.ofPlatform().daemon(true).start(() -> {
                try (BufferedReader out =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = out.readLine()) != null) {
                        if (line.equals("started")) {
                            started.countDown();
                        } else if (line.startsWith("Exception")
                                || line.startsWith("\tat ")
                                || line.contains("SEVERE")) {
                            System.out.println("[client] " + line);
                        }
                    }
                } catch (java.io.IOException e) {
                    // the process was killed
                }
            });
            return new Client(process, started);
        }

        void awaitStarted(Duration max) throws InterruptedException {
            if (!started.await(max.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("client process did not start");
            }
        }
    }
}
