package vn.counterdesk.app.service;

import java.net.URI;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import vn.counterdesk.sync.connector.HttpConnectorConfig;
import vn.counterdesk.sync.connector.HttpUpstreamConnector;
import vn.counterdesk.sync.engine.Backoff;
import vn.counterdesk.sync.engine.OutboxEntry;
import vn.counterdesk.sync.engine.SqliteSyncQueue;
import vn.counterdesk.sync.engine.SyncEngine;
import vn.counterdesk.sync.engine.SyncSettings;
import vn.counterdesk.sync.engine.SyncStatus;
import vn.counterdesk.sync.engine.SyncStatusReport;
import vn.counterdesk.sync.tdiep.Envelopes;
import vn.counterdesk.sync.tdiep.PartyCode;
import vn.counterdesk.sync.verify.XmlDsigCqtVerifier;

/** The sync engine running in the background against one upstream, and what it knows per invoice. */
public final class SyncService implements AutoCloseable {

    public static final String DATABASE = "sync.db";

    private final SqliteSyncQueue queue;
    private final SyncEngine engine;

    public SyncService(
            Path dataDirectory,
            URI endpoint,
            List<X509Certificate> taxAuthority,
            String providerTaxCode,
            String receiverCode,
            Clock clock) {
        this(dataDirectory, HttpConnectorConfig.of(endpoint), taxAuthority, providerTaxCode, receiverCode, clock);
    }

    /** With the connector as configured (credentials, TLS trust) by the counter's settings. */
    public SyncService(
            Path dataDirectory,
            HttpConnectorConfig connector,
            List<X509Certificate> taxAuthority,
            String providerTaxCode,
            String receiverCode,
            Clock clock) {
        this.queue = SqliteSyncQueue.open(dataDirectory.resolve(DATABASE));
        // A counter works with a person waiting: poll often, retry quickly.
        SyncSettings defaults = SyncSettings.defaults();
        SyncSettings settings = new SyncSettings(
                defaults.concurrency(),
                defaults.batchSize(),
                defaults.answerPageSize(),
                Duration.ofMillis(500),
                Duration.ofSeconds(5),
                Duration.ofMinutes(1),
                new Backoff(Duration.ofMillis(200), Duration.ofSeconds(30)),
                defaults.breakerThreshold(),
                Duration.ofSeconds(2),
                defaults.unsyncedAlarm());
        this.engine = new SyncEngine(
                queue,
                new HttpUpstreamConnector(connector.withTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(10))),
                new XmlDsigCqtVerifier(taxAuthority),
                new Envelopes(new PartyCode(providerTaxCode), new PartyCode(receiverCode)),
                settings,
                clock,
                new SplittableRandom());
    }

    public void start() {
        engine.start();
    }

    /** Key of an invoice in the sync queue: the store's invoice id. */
    static String queueKey(long invoiceId) {
        return "inv-" + invoiceId;
    }

    void enqueue(long invoiceId, String sellerTaxCode, byte[] signedXml) {
        queue.addIssued(queueKey(invoiceId), sellerTaxCode, signedXml, Instant.now());
    }

    public Optional<SyncStatus> status(long invoiceId) {
        return queue.find(queueKey(invoiceId)).map(OutboxEntry::status);
    }

    public Optional<String> authorityCode(long invoiceId) {
        return queue.taxAuthorityCode(queueKey(invoiceId));
    }

    public String upstreamState() {
        return engine.upstreamState().name();
    }

    public SyncStatusReport report() {
        return engine.status();
    }

    @Override
    public void close() {
        engine.close();
        queue.close();
    }
}
