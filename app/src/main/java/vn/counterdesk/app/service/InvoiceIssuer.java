package vn.counterdesk.app.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import vn.counterdesk.invoice.InvoiceBuilder;
import vn.counterdesk.invoice.model.Buyer;
import vn.counterdesk.invoice.model.GeneralInfo;
import vn.counterdesk.invoice.model.Invoice;
import vn.counterdesk.invoice.model.RelatedInvoice;
import vn.counterdesk.invoice.model.Seller;
import vn.counterdesk.invoice.sign.InvoiceSigner;
import vn.counterdesk.invoice.sign.Signer;
import vn.counterdesk.invoice.xml.InvoiceXmlWriter;
import vn.counterdesk.store.CounterStore;
import vn.counterdesk.store.audit.AccessContext;
import vn.counterdesk.store.invoice.Correction;
import vn.counterdesk.store.invoice.InvoiceSeries;
import vn.counterdesk.store.invoice.InvoiceToIssue;
import vn.counterdesk.store.invoice.IssueOutcome;
import vn.counterdesk.store.invoice.SignedXmlSource;

/**
 * Issues one invoice: build the model → the store allocates the number, and inside the same transaction
 * the XML is written with that number and signed → stored and put in the store's outbox for upstream → PDF saved.
 * A failure before the commit leaves nothing behind and no number used. Blocking.
 */
public final class InvoiceIssuer {

    private static final System.Logger LOG = System.getLogger(InvoiceIssuer.class.getName());

    private static final String INVOICE_NAME = "Hóa đơn giá trị gia tăng";
    private static final String PAYMENT_METHOD = "TM/CK";

    private final CounterStore store;
    private final SellerProfile seller;
    private final Signer signer;
    private final Path pdfDirectory;
    private final Clock clock;

    public InvoiceIssuer(CounterStore store, SellerProfile seller, Signer signer, Path pdfDirectory, Clock clock) {
        this.store = store;
        this.seller = seller;
        this.signer = signer;
        this.pdfDirectory = pdfDirectory;
        this.clock = clock;
    }

    public IssueResult issue(AccessContext clerk, InvoiceDraft draft) {
        return issue(clerk, draft, Optional.empty());
    }

    /**
     * Issues the replacement or adjustment: the new invoice carries the reference to the original
     * ({@code TTHDLQuan}) and goes through the same numbering, signing and sync as any invoice; the store
     * links it to the original in the same transaction.
     */
    public IssueResult issueCorrection(AccessContext clerk, CorrectionRequest correction) {
        if (correction.reason().isBlank()) {
            return new IssueResult.NotIssued(IssueResult.Reason.NO_REASON);
        }
        return issue(clerk, correction.draft(), Optional.of(correction));
    }

    private IssueResult issue(AccessContext clerk, InvoiceDraft draft, Optional<CorrectionRequest> correction) {
        if (draft.lines().isEmpty()) {
            return new IssueResult.NotIssued(IssueResult.Reason.NO_LINES);
        }
        LocalDate today = LocalDate.now(clock);
        String symbol = seller.symbolFor(today);
        Invoice unnumbered;
        try {
            unnumbered = build(draft, today, symbol, correction.map(CorrectionRequest::related));
        } catch (RuntimeException e) {
            return new IssueResult.NotIssued(IssueResult.Reason.INVALID_INVOICE);
        }
        DraftTotals totals = DraftTotals.of(draft.lines());
        InvoiceToIssue toIssue = new InvoiceToIssue(
                new InvoiceSeries(seller.taxCode(), seller.form(), symbol, today.getYear()),
                today,
                new vn.counterdesk.store.invoice.Buyer(
                        java.util.Optional.of(draft.buyerName()),
                        java.util.Optional.of(draft.buyerIdNumber()),
                        java.util.Optional.empty(),
                        draft.buyerAddress()),
                new vn.counterdesk.store.invoice.Totals(
                        totals.beforeTax(), totals.tax(), totals.payable(), DraftTotals.CURRENCY));
        AtomicReference<byte[]> signed = new AtomicReference<>();
        SignedXmlSource source = number -> {
            Invoice numbered = unnumbered.withGeneral(unnumbered.general().withNumber(number.number()));
            byte[] xml =
                    new InvoiceSigner(clock).sign(InvoiceXmlWriter.current().write(numbered), signer);
            signed.set(xml);
            return xml;
        };
        IssueOutcome outcome = correction.isPresent()
                ? store.invoices()
                        .issueCorrection(
                                clerk,
                                toIssue,
                                source,
                                correction.get().originalId(),
                                correction.get().relation() == RelatedInvoice.Relation.REPLACEMENT
                                        ? Correction.Kind.REPLACED
                                        : Correction.Kind.ADJUSTED)
                : store.invoices().issue(clerk, toIssue, source);
        return switch (outcome) {
            case IssueOutcome.NotIssued notIssued -> new IssueResult.NotIssued(reasonOf(notIssued.cause()));
            case IssueOutcome.Issued issued -> {
                // The store queued it for upstream in the issuing transaction.
                LOG.log(
                        System.Logger.Level.INFO,
                        "invoice {0} issued as {1} no. {2}{3}",
                        issued.invoiceId(),
                        symbol,
                        issued.number().number(),
                        correction
                                .map(c -> " (" + c.relation() + " of invoice " + c.originalId() + ")")
                                .orElse(""));
                yield new IssueResult.Issued(
                        issued.invoiceId(),
                        symbol,
                        issued.number().number(),
                        totals.payable(),
                        savePdf(symbol, issued.number().number(), signed.get()));
            }
        };
    }

    private Invoice build(InvoiceDraft draft, LocalDate today, String symbol, Optional<RelatedInvoice> related) {
        Buyer buyer = Buyer.individual(draft.buyerName(), draft.buyerIdNumber());
        if (draft.buyerAddress().isPresent()) {
            buyer = buyer.withAddress(draft.buyerAddress().get());
        }
        GeneralInfo general =
                GeneralInfo.of(INVOICE_NAME, seller.form(), symbol, today, PAYMENT_METHOD, seller.providerTaxCode());
        InvoiceBuilder builder = new InvoiceBuilder(
                        related.map(general::withRelated).orElse(general))
                .seller(Seller.of(seller.name(), seller.taxCode(), seller.address()))
                .buyer(buyer);
        DraftTotals.items(draft.lines()).forEach(builder::line);
        return builder.build();
    }

    /** The PDF of an issued invoice, rendered from its XML the same way issuing does. Blocking. */
    public byte[] pdfOf(byte[] xml) throws IOException, vn.counterdesk.invoice.xml.InvoiceParseException {
        return InvoicePdf.render(xml, clock);
    }

    /** Where issued invoices' PDF (and exported XML) copies go. */
    public Path documentDirectory() {
        return pdfDirectory;
    }

    /** The PDF is a convenience copy of the stored, signed XML: failing to write it loses nothing. */
    private Path savePdf(String symbol, long number, byte[] signedXml) {
        Path file = pdfDirectory.resolve(symbol + "-" + String.format("%08d", number) + ".pdf");
        try {
            byte[] pdf = InvoicePdf.render(signedXml, clock);
            Files.createDirectories(pdfDirectory);
            Files.write(file, pdf);
        } catch (IOException | vn.counterdesk.invoice.xml.InvoiceParseException e) {
            System.getLogger(InvoiceIssuer.class.getName())
                    .log(
                            System.Logger.Level.WARNING,
                            "PDF not written: {0}",
                            e.getClass().getSimpleName());
        }
        return file;
    }

    private static IssueResult.Reason reasonOf(Exception cause) {
        return switch (cause) {
            case vn.counterdesk.invoice.sign.SigningException e -> IssueResult.Reason.SIGNING_FAILED;
            case vn.counterdesk.invoice.xml.InvalidInvoiceException e -> IssueResult.Reason.INVALID_INVOICE;
            default -> IssueResult.Reason.STORAGE_FAILED;
        };
    }
}
