package vn.counterdesk.invoice.xml;

import java.util.Objects;

/**
 * The one error a reader throws on bad input: not XML, too large, a DTD, not an invoice, an unsupported version
 * or a value that cannot be read. The message names the problem and where it is; it never quotes personal data.
 */
public final class InvoiceParseException extends Exception {

    private final String xpath;

    public InvoiceParseException(String message, String xpath) {
        super(message);
        this.xpath = Objects.requireNonNull(xpath, "xpath");
    }

    public InvoiceParseException(String message, String xpath, Throwable cause) {
        super(message, cause);
        this.xpath = Objects.requireNonNull(xpath, "xpath");
    }

    /** Where the problem is ({@code /} for the document as a whole). */
    public String xpath() {
        return xpath;
    }
}
