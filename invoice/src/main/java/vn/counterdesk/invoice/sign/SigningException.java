package vn.counterdesk.invoice.sign;

/**
 * Signing could not happen: key store unreadable, wrong password or PIN, token absent, no suitable key. The
 * message says which, never the PIN or key material.
 */
public final class SigningException extends Exception {
    public SigningException(String message) {
        super(message);
    }

    public SigningException(String message, Throwable cause) {
        super(message, cause);
    }
}
