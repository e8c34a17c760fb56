package vn.counterdesk.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.counterdesk.app.config.BadInput;
import vn.counterdesk.app.config.CounterSettings;
import vn.counterdesk.app.config.SigningKeys;
import vn.counterdesk.app.config.StoreAccess;
import vn.counterdesk.invoice.InvoiceBuilder;
import vn.counterdesk.invoice.model.GeneralInfo;
import vn.counterdesk.invoice.model.Invoice;
import vn.counterdesk.invoice.model.Seller;
import vn.counterdesk.invoice.pdf.InvoicePdfRenderer;
import vn.counterdesk.invoice.pdf.PaperFormat;
import vn.counterdesk.invoice.pdf.PrintableInvoice;
import vn.counterdesk.invoice.pdf.PrintableInvoiceReader;
import vn.counterdesk.invoice.sign.InvoiceSigner;
import vn.counterdesk.invoice.sign.Signer;
import vn.counterdesk.invoice.sign.SigningException;
import vn.counterdesk.invoice.xml.InvalidInvoiceException;
import vn.counterdesk.invoice.xml.InvoiceParseException;
import vn.counterdesk.invoice.xml.InvoiceXmlWriter;
import vn.counterdesk.store.CounterStore;
import vn.counterdesk.store.audit.AccessContext;
import vn.counterdesk.store.invoice.InvoiceSeries;
import vn.counterdesk.store.invoice.InvoiceToIssue;
import vn.counterdesk.store.invoice.IssueOutcome;
import vn.counterdesk.store.invoice.Totals;

/**
 * {@code counterdesk invoice issue --input FILE.json}: numbers, signs, stores and queues one invoice for sync in
 * one database transaction (a failure leaves no number used and nothing stored), then writes the XML and PDF.
 */
@Command(
        name = "issue",
        mixinStandardHelpOptions = true,
        description = "Issue an invoice from a JSON file with the configured seller and signing key.")
public final class InvoiceIssueCommand implements Callable<Integer> {

    private static final AccessContext CLI = new AccessContext("cli", "invoice-issue");

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE.json", description = "What was sold, to whom.")
    Path input;

    @Option(names = "--out-xml", paramLabel = "FILE", description = "Write the signed XML here.")
    Optional<Path> outXml;

    @Option(names = "--out-pdf", paramLabel = "FILE", description = "Write the PDF/A-3b (XML attached) here.")
    Optional<Path> outPdf;

    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Path dataDirectory = RootOptions.dataDirectory(spec);
        CounterSettings settings;
        InvoiceInput order;
        try {
            settings = CounterSettings.load(dataDirectory);
            order = InvoiceInput.read(input);
        } catch (BadInput e) {
            err.println("invoice issue: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        LocalDate date = order.issueDate().orElseGet(() -> LocalDate.now(Clock.systemDefaultZone()));
        Invoice draft = draft(settings, order, date);
        InvoiceSeries series;
        try {
            series = new InvoiceSeries(
                    settings.seller().taxCode(),
                    settings.invoice().form(),
                    settings.invoice().symbol(),
                    date.getYear());
        } catch (IllegalArgumentException e) {
            err.println("invoice issue: invoice.symbol: does not fit form "
                    + settings.invoice().form() + " and the issue year " + date.getYear());
            return ExitCode.BAD_INPUT;
        }
        try (Signer signer = SigningKeys.open(settings.requireSigning(), System.getenv());
                CounterStore store = StoreAccess.open(dataDirectory, settings, System.getenv())) {
            InvoiceSigner invoiceSigner = new InvoiceSigner(Clock.systemUTC());
            IssueOutcome outcome = store.invoices()
                    .issue(
                            CLI,
                            toIssue(series, date, order, draft),
                            number -> invoiceSigner.sign(
                                    InvoiceXmlWriter.current()
                                            .write(draft.withGeneral(
                                                    draft.general().withNumber(number.number()))),
                                    signer));
            return switch (outcome) {
                case IssueOutcome.Issued issued -> written(issued, store, date, draft);
                case IssueOutcome.NotIssued(InvalidInvoiceException invalid) -> {
                    invalid.problems().forEach(p -> err.println("invoice issue: " + p.xpath() + ": " + p.message()));
                    yield ExitCode.BAD_INPUT;
                }
                case IssueOutcome.NotIssued(Exception cause) -> {
                    err.println("invoice issue: not issued (" + cause.getClass().getSimpleName() + ")");
                    yield ExitCode.UNEXPECTED_ERROR;
                }
            };
        } catch (BadInput e) {
            err.println("invoice issue: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (SigningException e) {
            err.println("invoice issue: signing: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
    }

    private static Invoice draft(CounterSettings settings, InvoiceInput order, LocalDate date) {
        var profile = settings.invoice();
        var seller = settings.seller();
        Seller nban = Seller.of(seller.name(), seller.taxCode(), seller.address());
        if (seller.phone().isPresent() || seller.email().isPresent()) {
            nban = nban.withContact(seller.phone().orElse(""), seller.email().orElse(""));
        }
        InvoiceBuilder builder = new InvoiceBuilder(GeneralInfo.of(
                        profile.name(),
                        profile.form(),
                        profile.symbol(),
                        date,
                        order.paymentMethod().orElse(profile.paymentMethod()),
                        settings.sync().sender()))
                .seller(nban)
                .buyer(order.buyer());
        order.lines().forEach(builder::line);
        return builder.build();
    }

    private static InvoiceToIssue toIssue(InvoiceSeries series, LocalDate date, InvoiceInput order, Invoice draft) {
        var buyer = order.buyer();
        var totals = draft.totals();
        return new InvoiceToIssue(
                series,
                date,
                new vn.counterdesk.store.invoice.Buyer(
                        buyer.name(), buyer.idNumber(), buyer.taxCode(), buyer.address()),
                new Totals(
                        totals.totalBeforeTax().orElse(BigDecimal.ZERO),
                        totals.totalTax().orElse(BigDecimal.ZERO),
                        totals.totalPayable(),
                        draft.general().currency()));
    }

    private int written(IssueOutcome.Issued issued, CounterStore store, LocalDate date, Invoice draft)
            throws IOException, InvoiceParseException {
        byte[] signed =
                store.invoices().document(CLI, issued.invoiceId()).orElseThrow().signedXml();
        if (outXml.isPresent()) {
            Files.write(outXml.get(), signed);
        }
        if (outPdf.isPresent()) {
            PrintableInvoice printable = new PrintableInvoiceReader(Clock.systemUTC()).read(signed);
            Files.write(
                    outPdf.get(),
                    new InvoicePdfRenderer(Clock.systemUTC())
                            .render(printable, signed, PaperFormat.defaultFor(printable))
                            .pdf());
        }
        PrintWriter out = spec.commandLine().getOut();
        var number = issued.number();
        if (json) {
            var result = Json.object()
                    .put("invoiceId", issued.invoiceId())
                    .put("form", number.series().form())
                    .put("symbol", number.series().symbol())
                    .put("number", number.number())
                    .put("date", date.toString())
                    .put("totalPayable", draft.totals().totalPayable())
                    .put("messageId", issued.messageId())
                    .put("status", "QUEUED");
            outXml.ifPresent(p -> result.put("xml", p.toAbsolutePath().toString()));
            outPdf.ifPresent(p -> result.put("pdf", p.toAbsolutePath().toString()));
            out.println(Json.write(result));
        } else {
            out.println(RootOptions.text(spec)
                    .getString("cli.invoice.issued")
                    .formatted(
                            number.series().form(),
                            number.series().symbol(),
                            number.number(),
                            draft.totals().totalPayable().toPlainString(),
                            draft.general().currency()));
        }
        return ExitCode.SUCCESS;
    }
}
