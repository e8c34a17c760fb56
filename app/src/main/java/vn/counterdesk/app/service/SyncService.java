package vn.counterdesk.app.service;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import vn.counterdesk.invoice.xml.InvoiceParseException;
import vn.counterdesk.invoice.xml.InvoiceXmlReader;
import vn.counterdesk.store.CounterStore;
import vn.counterdesk.store.audit.AccessContext;
import vn.counterdesk.sync.connector.HttpConnectorConfig;
import vn.counterdesk.sync.connector.HttpUpstreamConnector;
import vn.counterdesk.sync.engine.Backoff;
import vn.counterdesk.sync.engine.CycleReport;
import vn.counterdesk.sync.engine.OutboxEntry;
import vn.counterdesk.sync.engine.SyncEngine;
import vn.counterdesk.sync.engine.SyncSettings;
import vn.counterdesk.sync.engine.SyncStatus;
import vn.counterdesk.sync.engine.SyncStatusReport;
import vn.counterdesk.sync.store.StoreSyncQueue;
import vn.counterdesk.sync.tdiep.Envelopes;
import vn.counterdesk.sync.tdiep.PartyCode;
import vn.counterdesk.sync.verify.InvoiceCqtVerifier;

/**
 * The sync engine running in the background against one upstream, draining the store's outbox
 * (issuing an invoice enqueues it in the same transaction), and what it knows per invoice.
 */
public final class SyncService implements AutoCloseable {

    private final StoreSyncQueue queue;
    private final SyncEngine engine;
    private final URI endpoint;
    private final Map<String, InvoiceName> names = new ConcurrentHashMap<>();

    public SyncService(
            CounterStore store,
            String sellerTaxCode,
            URI endpoint,
            List<X509Certificate> taxAuthority,
            String providerTaxCode,
            String receiverCode,
            Clock clock) {
        this(
                store,
                sellerTaxCode,
                HttpConnectorConfig.of(endpoint),
                taxAuthority,
                providerTaxCode,
                receiverCode,
                clock);
    }

    /** With the connector as configured (credentials, TLS trust) by the counter's settings. */
    public SyncService(
            CounterStore store,
            String sellerTaxCode,
            HttpConnectorConfig connector,
            List<X509Certificate> taxAuthority,
            String providerTaxCode,
            String receiverCode,
            Clock clock) {
        Envelopes envelopes = new Envelopes(new PartyCode(providerTaxCode), new PartyCode(receiverCode));
        this.queue = new StoreSyncQueue(store, envelopes, sellerTaxCode);
        this.endpoint = connector.endpoint();
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
                new InvoiceCqtVerifier(taxAuthority, clock),
                envelopes,
                settings,
                clock,
                new SplittableRandom());
    }

    public void start() {
        engine.start();
    }

    /** Key of an invoice in the sync queue: the store's invoice id. */
    static String queueKey(long invoiceId) {
        return Long.toString(invoiceId);
    }

    public Optional<SyncStatus> status(long invoiceId) {
        return queue.find(queueKey(invoiceId)).map(OutboxEntry::status);
    }

    public Optional<String> authorityCode(long invoiceId) {
        return queue.taxAuthorityCode(queueKey(invoiceId));
    }

    /** The sync history of one stored invoice, if it was ever queued. */
    public Optional<SyncEntry> entry(long invoiceId) {
        return queue.find(queueKey(invoiceId)).map(this::describe);
    }

    /** What needs a clerk's attention: invoices failing in transport and invoices the authority rejected. */
    public List<SyncEntry> problems() {
        return queue.withStatus(EnumSet.of(SyncStatus.FAILED_RETRYING, SyncStatus.REJECTED), 500).stream()
                .map(this::describe)
                .toList();
    }

    /**
     * Sends a failing invoice again now instead of after its backoff (audited as {@code clerk}'s action);
     * {@code false} if it is not failing.
     */
    public boolean retry(AccessContext clerk, String queueKey) {
        return queue.retryNow(clerk, queueKey);
    }

    /** {@link #retry} for every failing invoice; returns how many. */
    public int retryAllFailing(AccessContext clerk) {
        return queue.retryAllFailing(clerk);
    }

    /** Runs one sync cycle now (blocking): send what is due and collect answers. */
    public CycleReport syncNow() {
        return engine.runOnce();
    }

    /** The invoice as the tax authority returned it with its code, once CODED. */
    public Optional<byte[]> codedInvoice(long invoiceId) {
        return queue.codedInvoice(queueKey(invoiceId));
    }

    public URI endpoint() {
        return endpoint;
    }

    private SyncEntry describe(OutboxEntry entry) {
        // Queued bytes never change: parse each invoice's symbol and number once, not on every poll.
        InvoiceName name = names.computeIfAbsent(entry.invoiceId(), key -> nameOf(entry.invoice()));
        return new SyncEntry(
                entry.invoiceId(),
                invoiceIdOf(entry.invoiceId()),
                name.symbol(),
                name.number(),
                entry.status(),
                entry.attempts(),
                entry.nextAttemptAt(),
                queue.lastFailure(entry.invoiceId()),
                entry.status() == SyncStatus.REJECTED ? queue.errors(entry.invoiceId()) : List.of(),
                queue.taxAuthorityCode(entry.invoiceId()));
    }

    private record InvoiceName(String symbol, long number) {}

    private static InvoiceName nameOf(byte[] invoice) {
        try {
            var general = new InvoiceXmlReader().read(invoice).invoice().general();
            return new InvoiceName(general.symbol(), general.number().orElse(0L));
        } catch (InvoiceParseException e) {
            // Listed anyway: an unreadable invoice in the queue is itself worth a clerk's attention.
            return new InvoiceName("", 0);
        }
    }

    private static OptionalLong invoiceIdOf(String queueKey) {
        return queueKey.matches("\\d{1,18}") ? OptionalLong.of(Long.parseLong(queueKey)) : OptionalLong.empty();
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
    }
}
