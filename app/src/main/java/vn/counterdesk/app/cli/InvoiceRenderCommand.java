package vn.counterdesk.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.counterdesk.invoice.pdf.InvoicePdfRenderer;
import vn.counterdesk.invoice.pdf.PaperFormat;
import vn.counterdesk.invoice.pdf.PrintableInvoice;
import vn.counterdesk.invoice.pdf.PrintableInvoiceReader;
import vn.counterdesk.invoice.pdf.RenderedInvoice;
import vn.counterdesk.invoice.xml.InvoiceParseException;

/** {@code counterdesk invoice render FILE.xml --pdf OUT.pdf}: the printable PDF/A-3b of a signed invoice. */
@Command(
        name = "render",
        mixinStandardHelpOptions = true,
        description = "Render a signed invoice XML as PDF/A-3b with the XML attached (A4, or 80 mm for"
                + " cash-register invoices).")
public final class InvoiceRenderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "FILE.xml",
            description = "Signed invoice: a bare HDon or a TDiep holding one.")
    Path input;

    @Option(names = "--pdf", required = true, paramLabel = "OUT.pdf", description = "Where to write the PDF.")
    Path output;

    @Option(names = "--receipt", description = "Force the 80 mm receipt layout (default: receipt for symbol letter M).")
    boolean receipt;

    @Option(names = "--a4", description = "Force the A4 layout.")
    boolean a4;

    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (receipt && a4) {
            err.println("--receipt and --a4 exclude each other");
            return ExitCode.BAD_INPUT;
        }
        byte[] xml;
        try {
            xml = Files.readAllBytes(input);
        } catch (IOException e) {
            err.println("FILE.xml: cannot read " + input);
            return ExitCode.BAD_INPUT;
        }
        PrintableInvoice invoice;
        try {
            invoice = new PrintableInvoiceReader(Clock.systemUTC()).read(xml);
        } catch (InvoiceParseException e) {
            err.println("FILE.xml: not a readable invoice (" + e.xpath() + "): " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        PaperFormat format = receipt ? PaperFormat.RECEIPT_80MM : a4 ? PaperFormat.A4 : PaperFormat.defaultFor(invoice);
        RenderedInvoice rendered = new InvoicePdfRenderer(Clock.systemUTC()).render(invoice, xml, format);
        try {
            Files.write(output, rendered.pdf());
        } catch (IOException e) {
            err.println("--pdf: cannot write " + output);
            return ExitCode.BAD_INPUT;
        }
        if (json) {
            var result = Json.object();
            result.put("pdf", output.toAbsolutePath().toString());
            result.put("layout", format.name());
            result.put("pages", rendered.pageCount());
            result.put("attachment", rendered.attachmentName());
            result.put("sellerSignature", invoice.sellerSignature().status().name());
            out.println(Json.write(result));
        } else {
            out.printf(
                    "%s: %d page(s), %s, signed XML attached as %s%n",
                    output, rendered.pageCount(), format, rendered.attachmentName());
        }
        return ExitCode.SUCCESS;
    }
}
