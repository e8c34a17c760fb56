package vn.counterdesk.sync.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import vn.counterdesk.sync.engine.EngineFixture;
import vn.counterdesk.sync.engine.SqliteSyncQueue;
import vn.counterdesk.sync.engine.SyncEngine;
import vn.counterdesk.sync.engine.SyncStatusReport;
import vn.counterdesk.testkit.upstream.FaultPlan;
import vn.counterdesk.testkit.upstream.TestTaxAuthority;
import vn.counterdesk.testkit.upstream.UpstreamSimulator;

/**
 * End-to-end sync throughput on loopback (a benchmark, not a test): a SQLite outbox of N issued
 * invoices drained through the HTTP connector into the simulator, which checks, codes and signs
 * each one; the client verifies every CQT signature. Prints invoices/s. Run with the test class
 * path (see docs/benchmarks.md); arguments: [invoices] [concurrency].
 */
public final class SyncThroughputBenchmark {

    private SyncThroughputBenchmark() {}

    public static void main(String[] args) throws Exception {
        int invoices = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        TestTaxAuthority cqt = TestTaxAuthority.shared();
        Path dir = Files.createTempDirectory("sync-bench");
        run(cqt, dir.resolve("warmup.db"), 300, concurrency);
        double rate = run(cqt, dir.resolve("bench.db"), invoices, concurrency);
        System.out.printf(
                "sync end-to-end: %d invoices, concurrency %d: %.1f invoices/s%n", invoices, concurrency, rate);
    }

    private static double run(TestTaxAuthority cqt, Path database, int invoices, int concurrency) throws Exception {
        try (UpstreamSimulator sim = UpstreamSimulator.start(0, cqt, FaultPlan.none());
                SqliteSyncQueue queue = SqliteSyncQueue.open(database)) {
            EngineFixture.addInvoices(queue, invoices, 0);
            try (SyncEngine engine = EngineFixture.engine(
                    queue,
                    sim.endpoint(),
                    java.util.List.of(cqt.certificate()),
                    EngineFixture.testSettings(concurrency))) {
                long start = System.nanoTime();
                SyncStatusReport status = EngineFixture.drain(engine, Duration.ofMinutes(30));
                double seconds = (System.nanoTime() - start) / 1e9;
                if (status.coded() != invoices) {
                    throw new IllegalStateException("not all invoices coded: " + status);
                }
                return invoices / seconds;
            }
        }
    }
}
