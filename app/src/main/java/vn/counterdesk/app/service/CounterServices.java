package vn.counterdesk.app.service;

import java.util.List;
import java.util.Optional;
import vn.counterdesk.app.demo.DemoReader;
import vn.counterdesk.invoice.xml.InvoiceParseException;
import vn.counterdesk.invoice.xml.InvoiceXmlReader;
import vn.counterdesk.store.CounterStore;
import vn.counterdesk.store.audit.AccessContext;
import vn.counterdesk.store.invoice.Correction;
import vn.counterdesk.store.invoice.InvoiceDocument;
import vn.counterdesk.store.invoice.InvoiceQuery;
import vn.counterdesk.store.invoice.InvoiceSummary;

/**
 * The composition of the modules that the screens use. Every method blocks: view models call them
 * from background tasks only.
 */
public final class CounterServices implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(CounterServices.class.getName());

    private final CardReadService cardReads;
    private final InvoiceIssuer issuer;
    private final SyncService sync;
    private final CounterStore store;
    private final Optional<DemoReader> demoReader;
    private final List<AutoCloseable> resources;
    private final java.nio.file.Path dataDirectory;
    // Settable so that tests (and a kiosk set-up) print to a service they choose; the OS printers otherwise.
    private volatile Printing printing = PdfPrinting.system();

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
        AppLog.shared();
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

    public Printing printing() {
        return printing;
    }

    public void usePrinting(Printing printing) {
        this.printing = java.util.Objects.requireNonNull(printing);
    }

    /** A resource this composition owns, by type (e.g. the demo's upstream simulator). */
    public <T> Optional<T> resource(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /**
     * The detail of one invoice, read back from its legal original (audited: it carries the buyer). Empty
     * when the id is unknown or the stored XML cannot be read.
     */
    public Optional<InvoiceDetail> invoiceDetail(AccessContext clerk, long invoiceId) {
        Optional<InvoiceDocument> document = store.invoices().document(clerk, invoiceId);
        if (document.isEmpty()) {
            return Optional.empty();
        }
        Optional<byte[]> coded =
                sync.codedInvoice(invoiceId).or(() -> document.get().codedXml());
        byte[] legal = coded.orElse(document.get().signedXml());
        try {
            return Optional.of(new InvoiceDetail(
                    invoiceId,
                    new InvoiceXmlReader().read(legal).invoice(),
                    legal,
                    coded.isPresent(),
                    sync.entry(invoiceId),
                    document.get().rejectionErrors(),
                    store.invoices().correctionsOf(List.of(invoiceId))));
        } catch (InvoiceParseException e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "stored invoice {0} unreadable: {1}",
                    invoiceId,
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** The corrections (replacement / adjustment) of the listed invoices; ids and kinds only. */
    public List<Correction> correctionsOf(List<Long> invoiceIds) {
        return store.invoices().correctionsOf(invoiceIds);
    }

    /** The invoice's PDF, rendered from its legal XML. */
    public byte[] pdfOf(InvoiceDetail detail) throws java.io.IOException, InvoiceParseException {
        return issuer.pdfOf(detail.legalXml());
    }

    /** Writes the legal XML next to the PDF copies and returns the file (for "Open XML location"). */
    public java.nio.file.Path exportXml(InvoiceDetail detail) throws java.io.IOException {
        java.nio.file.Path directory = issuer.documentDirectory();
        java.nio.file.Files.createDirectories(directory);
        return java.nio.file.Files.write(directory.resolve(detail.fileStem() + ".xml"), detail.legalXml());
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
                cardReads.lastStatistics(),
                dataDirectory,
                java.nio.file.Files.isWritable(dataDirectory),
                sync.endpoint().toString(),
                UpstreamProbe.probe(sync.endpoint()),
                sync.upstreamState(),
                sync.report());
    }

    /**
     * Writes the diagnosis and the app's log (redacted, see {@link AppLog}) as one text file in the data
     * directory and returns its path.
     */
    public java.nio.file.Path exportDiagnosis(Diagnosis diagnosis) throws java.io.IOException {
        java.nio.file.Path file =
                dataDirectory.resolve("diagnosis-" + diagnosis.at().toString().replace(':', '-') + ".txt");
        String log = String.join(System.lineSeparator(), AppLog.shared().lines());
        return java.nio.file.Files.writeString(
                file, diagnosis.asText() + System.lineSeparator() + "--- log ---" + System.lineSeparator() + log);
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
