package vn.counterdesk.app.service;

import java.time.Clock;
import vn.counterdesk.invoice.pdf.InvoicePdfRenderer;
import vn.counterdesk.invoice.pdf.PaperFormat;
import vn.counterdesk.invoice.pdf.PrintableInvoice;
import vn.counterdesk.invoice.pdf.PrintableInvoiceReader;
import vn.counterdesk.invoice.xml.InvoiceParseException;

/** The human-readable copy of an invoice, always rendered from its signed (or coded) XML. Blocking. */
final class InvoicePdf {

    private InvoicePdf() {}

    static byte[] render(byte[] xml, Clock clock) throws InvoiceParseException, java.io.IOException {
        PrintableInvoice printable = new PrintableInvoiceReader(clock).read(xml);
        return new InvoicePdfRenderer(clock)
                .render(printable, xml, PaperFormat.defaultFor(printable))
                .pdf();
    }
}
