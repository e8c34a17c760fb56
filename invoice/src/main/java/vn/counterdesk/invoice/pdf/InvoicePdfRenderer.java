package vn.counterdesk.invoice.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Renders the printable view of a signed invoice as PDF/A-3b, with the signed XML attached unchanged.
 * Stateless apart from the clock (used for the PDF's creation date only).
 */
public final class InvoicePdfRenderer {

    private static final System.Logger LOG = System.getLogger(InvoicePdfRenderer.class.getName());

    private final Clock clock;

    public InvoicePdfRenderer(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param invoice what to print, read from {@code signedXml}
     * @param signedXml the exact signed bytes; attached to the PDF as they are
     */
    public RenderedInvoice render(PrintableInvoice invoice, byte[] signedXml, PaperFormat format) {
        Calendar created = GregorianCalendar.from(clock.instant()
                .truncatedTo(ChronoUnit.SECONDS)
                .atZone(TimeZone.getTimeZone("UTC").toZoneId()));
        String qrPayload = InvoiceQrPayload.of(invoice);
        try (PDDocument document = new PDDocument()) {
            InvoiceFonts fonts = InvoiceFonts.load(document);
            switch (format) {
                case A4 ->
                    A4Layout.draw(
                            new PageWriter(document, fonts, A4Layout.PAGE, A4Layout.MARGIN, false), invoice, qrPayload);
                case RECEIPT_80MM ->
                    ReceiptLayout.draw(
                            new PageWriter(document, fonts, ReceiptLayout.PAGE, ReceiptLayout.MARGIN, true),
                            invoice,
                            qrPayload);
            }
            PdfA3.apply(document, title(invoice), created);
            String attachment = attachmentName(invoice);
            PdfA3.attachSourceXml(document, attachment, signedXml.clone(), created);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            // symbol and page count only: names and ID numbers never reach a log
            LOG.log(
                    System.Logger.Level.DEBUG,
                    "rendered invoice {0} as {1}: {2} page(s), {3} bytes",
                    invoice.heading().symbol(),
                    format,
                    document.getNumberOfPages(),
                    out.size());
            return new RenderedInvoice(out.toByteArray(), document.getNumberOfPages(), attachment);
        } catch (IOException e) {
            throw new UncheckedIOException("PDF could not be written", e);
        }
    }

    /** e.g. "Hóa đơn giá trị gia tăng 1C25TAA số 123" (no personal data in document metadata). */
    static String title(PrintableInvoice invoice) {
        var heading = invoice.heading();
        return heading.name() + " " + heading.formDigit() + heading.symbol()
                + heading.number().map(n -> " số " + n).orElse("");
    }

    /** ASCII file name of the attachment, e.g. {@code 1C25TAA-123.xml}. */
    public static String attachmentName(PrintableInvoice invoice) {
        var heading = invoice.heading();
        String stem = heading.formDigit()
                + heading.symbol()
                + heading.number().map(n -> "-" + n).orElse("");
        return stem.replaceAll("[^A-Za-z0-9-]", "_") + ".xml";
    }
}
