package vn.counterdesk.invoice.pdf;

/** The bytes are not a readable invoice: not well-formed XML, or a required field missing or malformed. */
public final class UnreadableInvoiceException extends Exception {

    public UnreadableInvoiceException(String message) {
        super(message);
    }

    public UnreadableInvoiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
