package vn.counterdesk.app.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import vn.counterdesk.invoice.InvoiceBuilder;
import vn.counterdesk.invoice.model.Buyer;
import vn.counterdesk.invoice.model.GeneralInfo;
import vn.counterdesk.invoice.model.Invoice;
import vn.counterdesk.invoice.model.Seller;
import vn.counterdesk.invoice.pdf.InvoicePdfRenderer;
import vn.counterdesk.invoice.pdf.PaperFormat;
import vn.counterdesk.invoice.pdf.PrintableInvoice;
import vn.counterdesk.invoice.pdf.PrintableInvoiceReader;
import vn.counterdesk.invoice.sign.InvoiceSigner;
import vn.counterdesk.invoice.sign.Signer;
import vn.counterdesk.invoice.xml.InvoiceXmlWriter;
import vn.counterdesk.store.CounterStore;
import vn.counterdesk.store.audit.AccessContext;
import vn.counterdesk.store.invoice.InvoiceSeries;
import vn.counterdesk.store.invoice.InvoiceToIssue;
import vn.counterdesk.store.invoice.IssueOutcome;

/**
 * Issues one invoice: build the model → the store allocates the number, and inside the same transaction
 * the XML is written with that number and signed → stored and put in the store's outbox for upstream → PDF saved.
 * A failure before the commit leaves nothing behind and no number used. Blocking.
 */
public final class InvoiceIssuer {

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
        if (draft.lines().isEmpty()) {
            return new IssueResult.NotIssued(IssueResult.Reason.NO_LINES);
        }
        LocalDate today = LocalDate.now(clock);
        String symbol = seller.symbolFor(today);
        Invoice unnumbered;
        try {
            unnumbered = build(draft, today, symbol);
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
        IssueOutcome outcome = store.invoices().issue(clerk, toIssue, number -> {
            Invoice numbered = unnumbered.withGeneral(unnumbered.general().withNumber(number.number()));
            byte[] xml =
                    new InvoiceSigner(clock).sign(InvoiceXmlWriter.current().write(numbered), signer);
            signed.set(xml);
            return xml;
        });
        return switch (outcome) {
            case IssueOutcome.NotIssued notIssued -> new IssueResult.NotIssued(reasonOf(notIssued.cause()));
            case IssueOutcome.Issued issued -> {
                // The store queued it for upstream in the issuing transaction.
                yield new IssueResult.Issued(
                        issued.invoiceId(),
                        symbol,
                        issued.number().number(),
                        totals.payable(),
                        savePdf(symbol, issued.number().number(), signed.get()));
            }
        };
    }

    private Invoice build(InvoiceDraft draft, LocalDate today, String symbol) {
        Buyer buyer = Buyer.individual(draft.buyerName(), draft.buyerIdNumber());
        if (draft.buyerAddress().isPresent()) {
            buyer = buyer.withAddress(draft.buyerAddress().get());
        }
        InvoiceBuilder builder = new InvoiceBuilder(GeneralInfo.of(
                        INVOICE_NAME, seller.form(), symbol, today, PAYMENT_METHOD, seller.providerTaxCode()))
                .seller(Seller.of(seller.name(), seller.taxCode(), seller.address()))
                .buyer(buyer);
        DraftTotals.items(draft.lines()).forEach(builder::line);
        return builder.build();
    }

    /** The PDF is a convenience copy of the stored, signed XML: failing to write it loses nothing. */
    private Path savePdf(String symbol, long number, byte[] signedXml) {
        Path file = pdfDirectory.resolve(symbol + "-" + String.format("%08d", number) + ".pdf");
        try {
            PrintableInvoice printable = new PrintableInvoiceReader(clock).read(signedXml);
            byte[] pdf = new InvoicePdfRenderer(clock)
                    .render(printable, signedXml, PaperFormat.defaultFor(printable))
                    .pdf();
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
