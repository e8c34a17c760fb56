package vn.counterdesk.invoice.pdf;

/**
 * A rendered invoice: the PDF/A-3b bytes, how many pages they hold, and the name under which the
 * signed XML is attached.
 */
public record RenderedInvoice(byte[] pdf, int pageCount, String attachmentName) {

    public RenderedInvoice {
        pdf = pdf.clone();
    }

    @Override
    public byte[] pdf() {
        return pdf.clone();
    }
}
