package vn.counterdesk.invoice.sign;

/**
 * Supplies a password or PIN when it is needed (a dialog, a prompt, a test constant). The caller owns the returned
 * array and zeroes it right after use, so the secret lives as briefly as possible.
 */
@FunctionalInterface
public interface PinSource {

    char[] pin() throws SigningException;

    /** A fixed secret; each call hands out a fresh copy, since callers zero what they get. */
    static PinSource of(char[] secret) {
        char[] copy = secret.clone();
        return copy::clone;
    }
}
