package vn.counterdesk.app.service;

import java.util.List;
import java.util.Optional;
import vn.counterdesk.app.demo.DemoReader;
import vn.counterdesk.store.CounterStore;
import vn.counterdesk.store.audit.AccessContext;
import vn.counterdesk.store.invoice.InvoiceQuery;
import vn.counterdesk.store.invoice.InvoiceSummary;

/**
 * The composition of the modules that the screens use. Every method blocks: view models call them
 * from background tasks only.
 */
public final class CounterServices implements AutoCloseable {

    private final CardReadService cardReads;
    private final InvoiceIssuer issuer;
    private final SyncService sync;
    private final CounterStore store;
    private final Optional<DemoReader> demoReader;
    private final List<AutoCloseable> resources;
    private final java.nio.file.Path dataDirectory;

    public CounterServices(
            CardReadService cardReads,
            InvoiceIssuer issuer,
            SyncService sync,
            CounterStore store,
            Optional<DemoReader> demoReader,
            java.nio.file.Path dataDirectory,
            List<AutoCloseable> resources) {
        this.dataDirectory = dataDirectory;
        this.cardReads = cardReads;
        this.issuer = issuer;
        this.sync = sync;
        this.store = store;
        this.demoReader = demoReader;
        this.resources = List.copyOf(resources);
    }

    public CardReadService cardReads() {
        return cardReads;
    }

    public InvoiceIssuer issuer() {
        return issuer;
    }

    public SyncService sync() {
        return sync;
    }

    /** The store, for what runs before and around the counter (sign-in, clerks); blocking like the rest. */
    public CounterStore store() {
        return store;
    }

    public java.nio.file.Path dataDirectory() {
        return dataDirectory;
    }

    public Optional<DemoReader> demoReader() {
        return demoReader;
    }

    /**
     * Finds invoices by what the clerk typed: a 12-digit ID number, an invoice number, or part of a
     * buyer's name (without diacritics is fine). Empty text lists the newest.
     */
    public List<InvoiceSummary> searchInvoices(AccessContext clerk, String typed) {
        String text = typed.strip();
        InvoiceQuery query = InvoiceQuery.all().limit(200);
        if (text.matches("\\d{12}")) {
            query = query.byBuyerIdNumber(text);
        } else if (text.matches("\\d{1,8}")) {
            query = query.byNumber(Long.parseLong(text));
        } else if (!text.isEmpty()) {
            query = query.byBuyerName(text);
        }
        return store.invoices().search(clerk, query);
    }

    /** The person's history: every invoice issued to this ID number. */
    public List<InvoiceSummary> invoicesOf(AccessContext clerk, String idNumber) {
        return store.invoices()
                .search(clerk, InvoiceQuery.all().byBuyerIdNumber(idNumber).limit(200));
    }

    /** Reader, data directory and upstream state; nothing personal. */
    public Diagnosis diagnose() {
        CardSource.Availability reader = cardReads.source().availability();
        String state = reader.getClass().getSimpleName();
        String name = switch (reader) {
            case CardSource.Availability.CardPresent present -> present.readerName();
            case CardSource.Availability.NoCard empty -> empty.readerName();
            case CardSource.Availability.NoReader none -> "";
            case CardSource.Availability.ServiceDown down -> "";
        };
        return new Diagnosis(
                java.time.Instant.now(),
                state,
                name,
                dataDirectory,
                java.nio.file.Files.isWritable(dataDirectory),
                sync.upstreamState(),
                sync.report());
    }

    /** Writes the diagnosis as a text file in the data directory and returns its path. */
    public java.nio.file.Path exportDiagnosis(Diagnosis diagnosis) throws java.io.IOException {
        java.nio.file.Path file =
                dataDirectory.resolve("diagnosis-" + diagnosis.at().toString().replace(':', '-') + ".txt");
        return java.nio.file.Files.writeString(file, diagnosis.asText());
    }

    @Override
    public void close() {
        sync.close();
        store.close();
        for (AutoCloseable resource : resources.reversed()) {
            try {
                resource.close();
            } catch (Exception e) {
                System.getLogger(CounterServices.class.getName())
                        .log(
                                System.Logger.Level.WARNING,
                                "closing failed: {0}",
                                e.getClass().getSimpleName());
            }
        }
    }
}
