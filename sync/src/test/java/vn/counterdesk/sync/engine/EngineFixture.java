package vn.counterdesk.sync.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import vn.counterdesk.sync.connector.HttpConnectorConfig;
import vn.counterdesk.sync.connector.HttpUpstreamConnector;
import vn.counterdesk.sync.tdiep.Envelopes;
import vn.counterdesk.sync.tdiep.PartyCode;
import vn.counterdesk.sync.verify.XmlDsigCqtVerifier;
import vn.counterdesk.testkit.upstream.SampleInvoices;
import vn.counterdesk.testkit.upstream.TestTaxAuthority;
import vn.counterdesk.testkit.upstream.UpstreamSimulator;

/** Wiring shared by the engine tests and the crash-restart client process: short timings for tests. */
public final class EngineFixture {

    public static final LocalDate ISSUE_DATE = LocalDate.of(2026, 11, 27);

    private EngineFixture() {}

    public static SyncSettings testSettings() {
        return testSettings(8);
    }

    /** Short timings so faults and kills resolve in seconds, not the production minutes. */
    public static SyncSettings testSettings(int concurrency) {
        return new SyncSettings(
                concurrency,
                100,
                200,
                Duration.ofMillis(50),
                Duration.ofSeconds(4),
                Duration.ofSeconds(10),
                new Backoff(Duration.ofMillis(20), Duration.ofMillis(500)),
                5,
                Duration.ofMillis(200),
                Duration.ofHours(12));
    }

    public static SyncEngine engine(
            SyncQueue queue, java.net.URI endpoint, List<java.security.cert.X509Certificate> trusted) {
        return engine(queue, endpoint, trusted, testSettings());
    }

    public static SyncEngine engine(
            SyncQueue queue,
            java.net.URI endpoint,
            List<java.security.cert.X509Certificate> trusted,
            SyncSettings settings) {
        HttpConnectorConfig config =
                HttpConnectorConfig.of(endpoint).withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(1500));
        return new SyncEngine(
                queue,
                new HttpUpstreamConnector(config),
                new XmlDsigCqtVerifier(trusted),
                new Envelopes(new PartyCode(SampleInvoices.PROVIDER_TAX_CODE), new PartyCode("V0100000000")),
                settings,
                Clock.systemUTC(),
                new SplittableRandom());
    }

    public static SyncEngine engine(SyncQueue queue, UpstreamSimulator sim, TestTaxAuthority trusted) {
        return engine(queue, sim.endpoint(), List.of(trusted.certificate()));
    }

    /** Invoice ids "inv-1"…; every {@code wrongEvery}-th invoice has a wrong total (0 = none). */
    public static void addInvoices(SyncQueue queue, int count, int wrongEvery) {
        for (int n = 1; n <= count; n++) {
            byte[] invoice = wrongEvery > 0 && n % wrongEvery == 0
                    ? SampleInvoices.withWrongTotal(n, ISSUE_DATE)
                    : SampleInvoices.valid(n, ISSUE_DATE);
            queue.addIssued("inv-" + n, SampleInvoices.SELLER_TAX_CODE, invoice, Instant.now());
        }
    }

    /** Runs cycles until every invoice is final or {@code max} has passed. */
    public static SyncStatusReport drain(SyncEngine engine, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < deadline) {
            engine.runOnce();
            SyncStatusReport status = engine.status();
            if (status.drained()) {
                return status;
            }
            Thread.sleep(20);
        }
        return engine.status();
    }
}
