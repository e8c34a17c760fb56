package vn.counterdesk.card.verify.trust;

/** The trust store cannot be read or written, or an imported file is not a certificate, CRL or master list. */
public final class TrustStoreException extends Exception {

    public TrustStoreException(String message) {
        super(message);
    }

    public TrustStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
