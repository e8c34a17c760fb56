package vn.counterdesk.pcsc;

/**
 * The reader (or protocol) cannot carry this APDU, e.g. an extended-length command on a reader that
 * refuses extended length, or any extended APDU under T=0. Nothing was lost: the caller re-plans
 * with {@link ApduTransport#capabilities()}, which already reflects what was learned.
 */
public final class LinkLimitException extends CardIoException {

    public LinkLimitException(String message) {
        super(message);
    }

    public LinkLimitException(String message, Throwable cause) {
        super(message, cause);
    }
}
